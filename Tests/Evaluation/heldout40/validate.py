#!/usr/bin/env python3
"""Validator for the heldout40 ("cq") synthetic evaluation set.

Checks marker syntax, categories, front matter, file naming, slugs, clean files
and per-category minimums. Exits 1 on any error, prints OK otherwise.
"""
import os
import re
import sys
import unicodedata
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ("title", "summary", "tags", "status")
CASE_RE = re.compile(r"^cq(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^cqc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARKER_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧]*)⟧")
BARE_YEAR_RE = re.compile(
    r"^(?:(?:19|20)\d{2}|'\d{2}|(?:19|20)\d{2}\s*(?:年|r\.?|m\.|р\.|року|рік|gada|metai|m)|"
    r"(?:令和|平成|昭和|大正|民國|民国)\s*\d{1,3}\s*年|[RHSTrhst]\s?\d{1,2}年?)$"
)
MIN_PER_CAT = 8
MIN_TOTAL = 380
N_CASES = 30
N_CLEAN = 12

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 4)
    if end == -1:
        return None, text
    return text[4:end + 1], text[end + 5:]


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def check_marker_syntax(path, text):
    """Scan character by character for balance / nesting, then validate each marker."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1:
                line = text.count("\n", 0, i) + 1
                err(path, f"nested marker at line {line}")
                depth = 1
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                line = text.count("\n", 0, i) + 1
                err(path, f"unbalanced closing marker at line {line}")
                depth = 0
    if depth != 0:
        err(path, "unclosed marker at end of file")
    markers = []
    for m in re.finditer(r"⟦([^⟦⟧]*)⟧", text):
        inner = m.group(1)
        line = text.count("\n", 0, m.start()) + 1
        if inner.count("|") != 1:
            err(path, f"line {line}: marker must contain exactly one '|': {inner!r}")
            continue
        cat, span = inner.split("|")
        if cat not in CATEGORIES:
            err(path, f"line {line}: unknown category {cat!r}")
            continue
        if not span or span != span.strip():
            err(path, f"line {line}: empty span or leading/trailing whitespace in {span!r}")
            continue
        if cat == "age":
            if not span.isdigit() or int(span) <= 89:
                err(path, f"line {line}: age marker must be a number > 89: {span!r}")
        if cat == "date" and BARE_YEAR_RE.match(span.strip()):
            err(path, f"line {line}: bare year marked as date: {span!r}")
        markers.append((cat, span, line))
    return markers


def check_protected_keys(path, fm_raw):
    current = None
    for ln in fm_raw.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", ln)
        if m and not ln.startswith((" ", "\t", "-")):
            current = m.group(1)
        if current in PROTECTED and ("⟦" in ln or "⟧" in ln):
            err(path, f"marker inside protected key '{current}': {ln.strip()[:60]}")


def check_front_matter(path, fm_raw):
    if fm_raw is None:
        err(path, "missing YAML front matter")
        return
    stripped = strip_markers(fm_raw)
    if yaml is None:
        for key in REQUIRED:
            if not re.search(rf"^{key}\s*:", stripped, re.M):
                err(path, f"missing key {key}")
        return
    try:
        data = yaml.safe_load(stripped)
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse: {e}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for key in REQUIRED:
        if key not in data:
            err(path, f"missing key {key}")
    if "tags" in data and not isinstance(data["tags"], list):
        err(path, "tags must be a list")
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    for key in ("authors", "references", "system", "modality"):
        if key in data and not isinstance(data[key], list):
            err(path, f"{key} must be a list")
    if "published" in data and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data["published"])):
        err(path, "published must be YYYY-MM-DD")
    for img in data.get("images", []) or []:
        if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
            err(path, "each image needs file, alt, caption")


def norm_tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", s.lower()) if t]


def check_slug(path, slug, markers):
    slug_tokens = slug.split("-")
    for cat, span, line in markers:
        toks = norm_tokens(span)
        if not toks:
            continue
        n = len(toks)
        for i in range(len(slug_tokens) - n + 1):
            if slug_tokens[i:i + n] == toks:
                err(path, f"slug contains marked text {span!r} ({cat})")
                break


def display_width(line):
    """Column width, counting East Asian wide/full-width characters as 2."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def max_body_line(body):
    return max((display_width(ln) for ln in body.splitlines()), default=0)


def is_hard_wrapped(body):
    lines = body.splitlines()
    if max_body_line(body) > 80:
        return False
    # at least a few consecutive prose lines (paragraph broken over several lines)
    run = best = 0
    for ln in lines:
        if ln.strip() and not ln.lstrip().startswith(("|", "#", "```", "<!--")):
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best >= 3


def main():
    counts = Counter()
    wrapped = []
    case_dir = os.path.join(ROOT, "cases")
    clean_dir = os.path.join(ROOT, "clean")
    for d in (case_dir, clean_dir):
        if not os.path.isdir(d):
            err(d, "missing directory")
    if errors:
        report()
    case_files = sorted(os.listdir(case_dir))
    clean_files = sorted(os.listdir(clean_dir))

    seen = set()
    for fn in case_files:
        path = os.path.join(case_dir, fn)
        m = CASE_RE.match(fn)
        if not m:
            err(path, "file name does not match cqNNN-<slug>.md")
            continue
        n = int(m.group(1))
        if not 1 <= n <= N_CASES or n in seen:
            err(path, f"case number {n:03d} out of range or duplicated")
        seen.add(n)
        text = open(path, encoding="utf-8").read()
        fm_raw, body = split_front_matter(text)
        markers = check_marker_syntax(path, text)
        if fm_raw is not None:
            check_protected_keys(path, fm_raw)
        check_front_matter(path, fm_raw)
        check_slug(path, m.group(2), markers)
        if not markers:
            err(path, "case file has no markers")
        for cat, _, _ in markers:
            counts[cat] += 1
        if is_hard_wrapped(strip_markers(body)):
            wrapped.append(fn)
    if seen != set(range(1, N_CASES + 1)):
        missing = sorted(set(range(1, N_CASES + 1)) - seen)
        err(case_dir, f"expected cq001..cq{N_CASES:03d}; missing {missing}")

    seen = set()
    for fn in clean_files:
        path = os.path.join(clean_dir, fn)
        m = CLEAN_RE.match(fn)
        if not m:
            err(path, "file name does not match cqcNNN-<slug>.md")
            continue
        n = int(m.group(1))
        if not 1 <= n <= N_CLEAN or n in seen:
            err(path, f"clean number {n:03d} out of range or duplicated")
        seen.add(n)
        text = open(path, encoding="utf-8").read()
        if "⟦" in text or "⟧" in text:
            err(path, "clean file contains marker characters")
        fm_raw, body = split_front_matter(text)
        check_front_matter(path, fm_raw)
        if is_hard_wrapped(body):
            wrapped.append(fn)
    if seen != set(range(1, N_CLEAN + 1)):
        missing = sorted(set(range(1, N_CLEAN + 1)) - seen)
        err(clean_dir, f"expected cqc001..cqc{N_CLEAN:03d}; missing {missing}")

    total = sum(counts.values())
    for cat in sorted(CATEGORIES):
        if counts[cat] < MIN_PER_CAT:
            err(case_dir, f"category {cat} has {counts[cat]} markers (< {MIN_PER_CAT})")
    if total < MIN_TOTAL:
        err(case_dir, f"total markers {total} < {MIN_TOTAL}")

    print("Per-category counts:")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {counts[cat]}")
    print(f"  {'TOTAL':12s} {total}")
    print(f"Hard-wrapped files ({len(wrapped)}): {', '.join(wrapped)}")
    report()


def report():
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")
    sys.exit(0)


if __name__ == "__main__":
    main()
