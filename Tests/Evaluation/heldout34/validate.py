#!/usr/bin/env python3
"""Validator for the heldout34 blind evaluation set (prefix ck / ckc)."""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")
CLEAN = os.path.join(ROOT, "clean")

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
MIN_PER_CAT = 8
AIM_15 = {"name", "date", "location", "initials", "id"}
MIN_TOTAL = 380
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]

CASE_RE = re.compile(r"^ck(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^ckc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARK_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")
OPEN, CLOSE = "⟦", "⟧"

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "no front matter start")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "no front matter end")
        return None, text
    return text[4:end + 1], text[end + 5:]


def check_syntax(path, text):
    """Balance, nesting, category validity. Returns list of (cat, span)."""
    marks = []
    depth = 0
    for i, ch in enumerate(text):
        if ch == OPEN:
            depth += 1
            if depth > 1:
                line = text.count("\n", 0, i) + 1
                err(path, f"nested marker at line {line}")
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                line = text.count("\n", 0, i) + 1
                err(path, f"unbalanced close marker at line {line}")
                depth = 0
    if depth != 0:
        err(path, "unclosed marker")
    leftover = MARK_RE.sub("", text)
    if OPEN in leftover or CLOSE in leftover:
        idx = leftover.find(OPEN) if OPEN in leftover else leftover.find(CLOSE)
        err(path, f"malformed marker near: {leftover[max(0, idx-30):idx+40]!r}")
    for m in MARK_RE.finditer(text):
        cat, span = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: invalid category {cat!r}")
        if span != span.strip() or not span:
            err(path, f"line {line}: span has leading/trailing space or is empty: {span!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", span) or int(span) <= 89:
                err(path, f"line {line}: age marker must be a number > 89: {span!r}")
        if cat == "date":
            if re.fullmatch(r"\s*(?:in\s+|c\.\s*)?\d{4}s?\s*", span) or re.fullmatch(r"'\d{2}", span):
                err(path, f"line {line}: bare-year date marker: {span!r}")
        marks.append((cat, span))
    return marks


def top_level_blocks(fm_raw):
    """Map top-level key -> raw block text (key line plus indented continuation)."""
    blocks = {}
    key = None
    for line in fm_raw.split("\n"):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:", line)
        if m:
            key = m.group(1)
            blocks.setdefault(key, "")
            blocks[key] += line + "\n"
        elif key is not None:
            blocks[key] += line + "\n"
    return blocks


def slug_tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", s.lower()) if t]


def check_file(path, is_clean, slug):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    marks = check_syntax(path, text)
    if is_clean and marks:
        err(path, f"clean file contains {len(marks)} markers")
    if is_clean and (OPEN in text or CLOSE in text):
        err(path, "clean file contains marker brackets")
    fm_raw, body = split_front_matter(path, text)
    if fm_raw is None:
        return marks, text
    blocks = top_level_blocks(fm_raw)
    for k in PROTECTED:
        if k in blocks and MARK_RE.search(blocks[k]):
            err(path, f"marker inside protected key {k!r}")
    for variant, label in ((strip_markers(fm_raw), "stripped"), (fm_raw, "raw")):
        if yaml is None:
            continue
        try:
            data = yaml.safe_load(variant)
        except yaml.YAMLError as e:
            err(path, f"front matter ({label}) does not parse: {e}")
            continue
        if not isinstance(data, dict):
            err(path, f"front matter ({label}) is not a mapping")
            continue
        if label == "stripped":
            for k in REQUIRED:
                if k not in data:
                    err(path, f"missing required key {k!r}")
            if data.get("status") != "published":
                err(path, "status must be 'published'")
            if not isinstance(data.get("tags"), list):
                err(path, "tags must be a list")
            if "published" in data and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
                err(path, "published must be YYYY-MM-DD")
            for k in ("authors", "references", "system", "modality", "images"):
                if k in data and not isinstance(data[k], list):
                    err(path, f"{k} must be a list")
            if "images" in data and isinstance(data["images"], list):
                for im in data["images"]:
                    if not isinstance(im, dict) or not {"file", "alt", "caption"} <= set(im):
                        err(path, "each image needs file, alt, caption")
    # slug must not contain marked text
    stoks = set(slug_tokens(slug))
    sflat = "-".join(slug_tokens(slug))
    for cat, span in marks:
        flat = "-".join(slug_tokens(span))
        if flat and f"-{flat}-" in f"-{sflat}-":
            err(path, f"slug contains marked text {span!r}")
        for t in slug_tokens(span):
            if len(t) >= 4 and t in stoks:
                err(path, f"slug token {t!r} appears in marked text {span!r}")
    return marks, text


def main():
    counts = Counter()
    n_cases = n_clean = 0
    wrapped = 0
    seen_nums = {"case": set(), "clean": set()}
    for d, rx, kind in ((CASES, CASE_RE, "case"), (CLEAN, CLEAN_RE, "clean")):
        if not os.path.isdir(d):
            err(d, "missing directory")
            continue
        for fn in sorted(os.listdir(d)):
            p = os.path.join(d, fn)
            m = rx.match(fn)
            if not m:
                err(p, "file name does not match pattern")
                continue
            num = int(m.group(1))
            limit = 30 if kind == "case" else 12
            if not 1 <= num <= limit:
                err(p, f"number out of range 1..{limit}")
            if num in seen_nums[kind]:
                err(p, "duplicate number")
            seen_nums[kind].add(num)
            marks, text = check_file(p, kind == "clean", m.group(2))
            if kind == "case":
                n_cases += 1
                if not marks:
                    err(p, "case file has no markers")
                counts.update(c for c, _ in marks)
            else:
                n_clean += 1
            plain = strip_markers(text)
            lines = plain.split("\n")
            prose = [l for l in lines if not l.lstrip().startswith("|")]
            if max(len(l) for l in prose) <= 80 and sum(1 for l in prose if len(l) > 60) >= 10:
                wrapped += 1
        others = [f for f in os.listdir(d)] if os.path.isdir(d) else []
    if n_cases != 30:
        err(CASES, f"expected 30 case files, found {n_cases}")
    if n_clean != 12:
        err(CLEAN, f"expected 12 clean files, found {n_clean}")
    for c in CATEGORIES:
        if counts[c] < MIN_PER_CAT:
            errors.append(f"category {c}: {counts[c]} < {MIN_PER_CAT}")
        if c in AIM_15 and counts[c] < 15:
            errors.append(f"category {c}: {counts[c]} < 15 (aim)")
    total = sum(counts.values())
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    for c in CATEGORIES:
        print(f"{c:12s} {counts[c]}")
    print(f"{'TOTAL':12s} {total}")
    print(f"hard-wrapped files (<=80 cols): {wrapped}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
