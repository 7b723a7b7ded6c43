#!/usr/bin/env python3
"""Validate the heldout38 evaluation set (prefix `co`).

Checks marker syntax, categories, age/date rules, protected front-matter keys,
front matter parsing, file naming, slugs, per-category minimums and file counts.
Exits 1 on any error, prints OK otherwise.
"""
import os
import re
import sys
import unicodedata
from collections import Counter

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = {"title", "summary", "tags", "status"}
MIN_PER_CAT = 8
MIN_TOTAL = 380
CASE_RE = re.compile(r"^co(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^coc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARKER_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")
OPEN, CLOSE = "⟦", "⟧"

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, text
    return text[4:end + 1], text[end + 5:]


def check_syntax(path, text):
    """Scan for balanced, non-nested markers of the right shape."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == OPEN:
            depth += 1
            if depth > 1:
                line = text.count("\n", 0, i) + 1
                err(path, f"nested marker at line {line}")
                return False
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                line = text.count("\n", 0, i) + 1
                err(path, f"unbalanced closing marker at line {line}")
                return False
    if depth != 0:
        err(path, "unclosed marker")
        return False
    # every ⟦...⟧ must match the full pattern
    for m in re.finditer(r"⟦[^⟧]*⟧", text):
        if not MARKER_RE.fullmatch(m.group(0)):
            line = text.count("\n", 0, m.start()) + 1
            err(path, f"malformed marker {m.group(0)!r} at line {line}")
    return True


def protected_sections(fm_raw):
    """Return raw text of protected top-level keys in the front matter."""
    out = {}
    current = None
    for line in fm_raw.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
            out.setdefault(current, [])
        if current is not None:
            out[current].append(line)
    return {k: "\n".join(v) for k, v in out.items() if k in PROTECTED}


def is_bare_year(s):
    t = s.strip()
    return bool(re.fullmatch(r"[^\w]*(?:(?:in|the|year)\s+)?'?(\d{2}|\d{4})[^\w]*", t, re.I))


def slug_form(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def check_file(path, is_clean, all_markers):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if not check_syntax(path, text):
        return []
    markers = [(m.group(1), m.group(2), m.start()) for m in MARKER_RE.finditer(text)]
    if is_clean and markers:
        err(path, f"clean file contains {len(markers)} marker(s)")
    for cat, val, pos in markers:
        line = text.count("\n", 0, pos) + 1
        if cat not in CATEGORIES:
            err(path, f"unknown category {cat!r} at line {line}")
        if not val:
            err(path, f"empty marker at line {line}")
            continue
        if val != val.strip():
            err(path, f"leading/trailing whitespace in marker {val!r} at line {line}")
        if cat == "age":
            if not re.fullmatch(r"\d{2,3}", val) or int(val) <= 89:
                err(path, f"age marker must be a number > 89: {val!r} (line {line})")
        if cat == "date" and is_bare_year(val):
            err(path, f"bare-year date marker {val!r} at line {line}")
        if cat in ("name", "relative") and re.match(r"(?i)^(mr|mrs|ms|miss|dr|dra|prof|sr|sra|herr|frau)\.?\s", val):
            err(path, f"title inside name marker {val!r} at line {line}")

    fm_raw, body = split_front_matter(text)
    if fm_raw is None:
        err(path, "missing or unterminated front matter")
        return markers
    for key, section in protected_sections(fm_raw).items():
        if OPEN in section or CLOSE in section:
            err(path, f"marker inside protected key {key!r}")
    fm_clean = strip_markers(fm_raw)
    if yaml is not None:
        try:
            data = yaml.safe_load(fm_clean)
        except yaml.YAMLError as exc:
            err(path, f"front matter does not parse: {exc}")
            data = None
        if data is not None:
            if not isinstance(data, dict):
                err(path, "front matter is not a mapping")
            else:
                missing = REQUIRED - set(data)
                if missing:
                    err(path, f"missing keys {sorted(missing)}")
                if not isinstance(data.get("tags"), list):
                    err(path, "tags must be a list")
                if data.get("status") != "published":
                    err(path, "status must be 'published'")
                if "images" in data and data["images"] is not None:
                    for img in data["images"]:
                        if not isinstance(img, dict) or "file" not in img:
                            err(path, "image entries need a file key")
    else:
        for key in REQUIRED:
            if not re.search(rf"^{key}:", fm_clean, re.M):
                err(path, f"missing key {key}")
    if not body.strip():
        err(path, "empty body")
    return markers


def main():
    cases_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    case_files = sorted(os.listdir(cases_dir)) if os.path.isdir(cases_dir) else []
    clean_files = sorted(os.listdir(clean_dir)) if os.path.isdir(clean_dir) else []

    counts = Counter()
    all_marked = []
    slugs = []
    nums = []
    for fn in case_files:
        p = os.path.join(cases_dir, fn)
        m = CASE_RE.match(fn)
        if not m:
            err(p, "file name does not match coNNN-<slug>.md")
            continue
        nums.append(int(m.group(1)))
        slugs.append((p, m.group(2)))
        ms = check_file(p, False, all_marked)
        if not ms:
            err(p, "case file has no markers")
        for cat, val, _ in ms:
            counts[cat] += 1
            all_marked.append((cat, val))
    if sorted(nums) != list(range(1, 31)):
        err(cases_dir, f"expected co001..co030, found {sorted(nums)}")

    cnums = []
    for fn in clean_files:
        p = os.path.join(clean_dir, fn)
        m = CLEAN_RE.match(fn)
        if not m:
            err(p, "file name does not match cocNNN-<slug>.md")
            continue
        cnums.append(int(m.group(1)))
        slugs.append((p, m.group(2)))
        check_file(p, True, all_marked)
    if sorted(cnums) != list(range(1, 13)):
        err(clean_dir, f"expected coc001..coc012, found {sorted(cnums)}")

    # slugs must not contain marked text
    for p, slug in slugs:
        slug_words = set(slug.split("-"))
        for cat, val in all_marked:
            sf = slug_form(val)
            if len(sf) >= 3 and f"-{sf}-" in f"-{slug}-":
                err(p, f"slug contains marked text {val!r} ({cat})")
            if cat in ("name", "relative", "initials", "location"):
                for w in slug_form(val).split("-"):
                    if len(w) >= 4 and w in slug_words and cat != "location":
                        err(p, f"slug word {w!r} matches marked {cat} {val!r}")

    total = sum(counts.values())
    for cat in sorted(CATEGORIES):
        if counts[cat] < MIN_PER_CAT:
            err(HERE, f"category {cat} has {counts[cat]} markers (< {MIN_PER_CAT})")
    if total < MIN_TOTAL:
        err(HERE, f"only {total} markers (< {MIN_TOTAL})")

    print("Per-category counts:")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {counts[cat]}")
    print(f"  {'TOTAL':12s} {total}")
    print(f"Files: {len(case_files)} cases, {len(clean_files)} clean")

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
