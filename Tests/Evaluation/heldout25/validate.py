#!/usr/bin/env python3
"""Validate the heldout25 blind evaluation set (prefix c).

Checks marker syntax, categories, ages, dates, clean files, protected keys,
front matter, file names, slugs, per-category minimums and file counts.
Prints per-category counts and the number of hard-wrapped files.
Exits 1 on any error, prints OK otherwise.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # optional
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "c"
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
MIN_PER_CAT = 8
MIN_STRONG = {"name": 15, "date": 15, "location": 15, "initials": 15, "id": 15}
MIN_TOTAL = 380
N_CASES, N_CLEAN = 30, 12
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]
OPEN, CLOSE = "\u27e6", "\u27e7"
MARKER = re.compile(OPEN + r"([^" + OPEN + CLOSE + r"|]*)\|([^" + OPEN + CLOSE + r"]*)" + CLOSE)
CASE_RE = re.compile(r"^" + PREFIX + r"(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$")
CLEAN_RE = re.compile(r"^" + PREFIX + r"c(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$")
BARE_YEAR = re.compile(
    r"^\s*(?:(?:1[89]|20)\d\d|'\d\d|(?:nineteen|twenty)\s+[a-z]+(?:-[a-z]+)?)\s*$", re.I)
MONTHISH = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|twent|thirt|eleventh|twelfth|teenth|"
    r"th[aá]ng|marca|de |listopad|janvier|enero|agosto", re.I)

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def check_syntax(path, text):
    """Balance, no nesting, well-formed markers. Returns list of (cat, span)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == OPEN:
            depth += 1
            if depth > 1:
                line = text.count("\n", 0, i) + 1
                err(path, f"nested marker at line {line}")
                return []
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                line = text.count("\n", 0, i) + 1
                err(path, f"unbalanced closing marker at line {line}")
                return []
    if depth != 0:
        err(path, "unbalanced markers (unclosed)")
        return []
    found = []
    rest = MARKER.sub("", text)
    if OPEN in rest or CLOSE in rest:
        err(path, "malformed marker (missing category or '|')")
    for m in MARKER.finditer(text):
        cat, span = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: unknown category {cat!r}")
        if not span:
            err(path, f"line {line}: empty marker")
        elif span != span.strip():
            err(path, f"line {line}: leading/trailing whitespace in {span!r}")
        if "|" in span:
            err(path, f"line {line}: '|' inside marker")
        if cat == "age":
            if not span.isdigit() or int(span) <= 89:
                err(path, f"line {line}: age marker must be a number > 89: {span!r}")
        if cat == "date":
            if BARE_YEAR.match(span) or not MONTHISH.search(span):
                err(path, f"line {line}: date marker looks like a bare year: {span!r}")
        found.append((cat, span, line))
    return found


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        err(path, "missing front matter opening ---")
        return None, None
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    err(path, "missing front matter closing ---")
    return None, None


def check_protected(path, fm_raw):
    """No markers in authors/author/published/references (incl. list items)."""
    current = None
    for ln in fm_raw.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", ln)
        if m and not ln.startswith((" ", "\t", "-")):
            current = m.group(1)
        if current in PROTECTED and (OPEN in ln or CLOSE in ln):
            err(path, f"marker inside protected key {current!r}: {ln.strip()[:60]}")


def check_front_matter(path, fm_raw):
    clean = strip_markers(fm_raw)
    if yaml is None:
        keys = {m.group(1) for m in re.finditer(r"^([A-Za-z_][\w-]*)\s*:", clean, re.M)}
        for k in REQUIRED:
            if k not in keys:
                err(path, f"front matter missing key {k!r}")
        return
    try:
        data = yaml.safe_load(clean)
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse: {str(e).splitlines()[0]}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for k in REQUIRED:
        if k not in data:
            err(path, f"front matter missing key {k!r}")
    if not isinstance(data.get("tags"), list):
        err(path, "tags must be a list")
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    for k in ("authors", "system", "modality", "references"):
        if k in data and not isinstance(data[k], list):
            err(path, f"{k} must be a list")
    if "images" in data:
        if not isinstance(data["images"], list):
            err(path, "images must be a list")
        else:
            for im in data["images"]:
                if not isinstance(im, dict) or "file" not in im:
                    err(path, "each image needs at least a file key")
    if "published" in data:
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data["published"])):
            err(path, "published must be YYYY-MM-DD")


def slug_conflicts(slug, spans):
    words = set(slug.split("-"))
    for cat, span, _ in spans:
        norm = re.sub(r"[^a-z0-9]+", "-", span.lower()).strip("-")
        if len(norm) >= 4 and norm in slug:
            return span
        if cat in ("name", "relative", "initials", "location", "postal-code", "id",
                   "vehicle", "device", "email", "url", "ip", "biometric", "phone"):
            for tok in norm.split("-"):
                if len(tok) >= 3 and tok in words and cat in ("name", "relative", "initials"):
                    return span
    return None


def is_hard_wrapped(text):
    stripped = strip_markers(text)
    lines = stripped.split("\n")
    return all(len(ln) <= 80 for ln in lines)


def main():
    counts = Counter()
    wrapped_cases = wrapped_clean = 0
    case_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    case_files = sorted(os.listdir(case_dir)) if os.path.isdir(case_dir) else []
    clean_files = sorted(os.listdir(clean_dir)) if os.path.isdir(clean_dir) else []

    numbers = []
    for fn in case_files:
        path = os.path.join(case_dir, fn)
        m = CASE_RE.match(fn)
        if not m:
            err(path, "file name does not match cNNN-slug.md")
            continue
        numbers.append(int(m.group(1)))
        text = open(path, encoding="utf-8").read()
        spans = check_syntax(path, text)
        if not spans:
            err(path, "case file has no markers")
        for cat, _, _ in spans:
            counts[cat] += 1
        fm, _ = split_front_matter(path, text)
        if fm is not None:
            check_protected(path, fm)
            check_front_matter(path, fm)
        bad = slug_conflicts(m.group(2), spans)
        if bad:
            err(path, f"slug contains marked text {bad!r}")
        if is_hard_wrapped(text):
            wrapped_cases += 1
    if sorted(numbers) != list(range(1, N_CASES + 1)):
        err(case_dir, f"expected cases numbered 001..{N_CASES:03d}, got {len(numbers)} files")

    numbers = []
    for fn in clean_files:
        path = os.path.join(clean_dir, fn)
        m = CLEAN_RE.match(fn)
        if not m:
            err(path, "file name does not match ccNNN-slug.md")
            continue
        numbers.append(int(m.group(1)))
        text = open(path, encoding="utf-8").read()
        if OPEN in text or CLOSE in text:
            err(path, "clean file contains markers")
        fm, _ = split_front_matter(path, text)
        if fm is not None:
            check_front_matter(path, fm)
        if is_hard_wrapped(text):
            wrapped_clean += 1
    if sorted(numbers) != list(range(1, N_CLEAN + 1)):
        err(clean_dir, f"expected clean files numbered 001..{N_CLEAN:03d}, got {len(numbers)} files")

    total = sum(counts.values())
    print("Per-category counts:")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {counts[cat]}")
        need = MIN_STRONG.get(cat, MIN_PER_CAT)
        if counts[cat] < need:
            errors.append(f"category {cat}: {counts[cat]} < minimum {need}")
    print(f"  {'TOTAL':12s} {total}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    print(f"Hard-wrapped (<=80 cols): {wrapped_cases} cases, {wrapped_clean} clean")

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
