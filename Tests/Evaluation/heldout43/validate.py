#!/usr/bin/env python3
"""Validator for the ct (heldout43) blind evaluation set.

Checks file names and counts, front matter (after marker removal), marker
syntax and categories, forbidden marker locations, clean files, body length
and the identifier totals.  Prints counts per category.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "ct"
N_CASES, N_CLEAN = 30, 12
MIN_TOTAL, MIN_PER_CAT = 380, 8
CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
FORBIDDEN_KEYS = {"authors", "author", "published", "references"}
MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


def parse_yaml(path, fm):
    if yaml is not None:
        try:
            data = yaml.safe_load(fm)
        except yaml.YAMLError as e:
            err(path, f"front matter YAML error: {e}")
            return None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return None
        return data
    # minimal fallback: top-level keys only
    data = {}
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m:
            data[m.group(1)] = m.group(2) or True
    return data


def top_level_blocks(fm):
    """Yield (key, block_text) for each top-level key of the raw front matter."""
    key, buf = None, []
    for line in fm.splitlines(keepends=True):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            if key is not None:
                yield key, "".join(buf)
            key, buf = m.group(1), [line]
        else:
            buf.append(line)
    if key is not None:
        yield key, "".join(buf)


def check_common(path, text, data, body):
    if data is None:
        return
    for k in ("title", "summary", "tags", "status"):
        if k not in data or data[k] in (None, "", []):
            err(path, f"front matter lacks '{k}'")
    if yaml is not None:
        if not isinstance(data.get("tags"), list) or not data.get("tags"):
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status must be 'published'")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                err(path, "image entry without file/alt")
    words = len(re.findall(r"\S+", body))
    if not 500 <= words <= 1500:
        err(path, f"body has {words} words (want 500-1500)")


def check_case(path, counts, per_file):
    raw = open(path, encoding="utf-8").read()
    # every bracket must belong to a well-formed marker
    leftover = MARKER.sub("", raw)
    if "⟦" in leftover or "⟧" in leftover:
        for i, line in enumerate(raw.splitlines(), 1):
            if "⟦" in MARKER.sub("", line) or "⟧" in MARKER.sub("", line):
                err(path, f"line {i}: malformed or unbalanced marker")
    n = 0
    for m in MARKER.finditer(raw):
        cat, txt = m.group(1), m.group(2)
        line = raw.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: unknown category '{cat}'")
            continue
        if not txt or txt != txt.strip():
            err(path, f"line {line}: empty marker text or surrounding spaces: {m.group(0)!r}")
        counts[cat] += 1
        n += 1
    per_file[os.path.basename(path)] = n
    fm_raw, _ = split_front_matter(path, raw)
    if fm_raw is not None:
        for key, block in top_level_blocks(fm_raw):
            if key in FORBIDDEN_KEYS and "⟦" in block:
                err(path, f"marker inside forbidden front-matter key '{key}'")
    text = strip(raw)
    fm, body = split_front_matter(path, text)
    data = parse_yaml(path, fm) if fm is not None else None
    check_common(path, text, data, body)
    if n == 0:
        err(path, "case has no markers")


def check_clean(path):
    raw = open(path, encoding="utf-8").read()
    if "⟦" in raw or "⟧" in raw:
        err(path, "clean file contains marker brackets")
    fm, body = split_front_matter(path, raw)
    data = parse_yaml(path, fm) if fm is not None else None
    check_common(path, raw, data, body)


def check_names(folder, pat, n_expected):
    d = os.path.join(HERE, folder)
    if not os.path.isdir(d):
        err(d, "missing folder")
        return []
    files = sorted(os.listdir(d))
    nums = []
    for f in files:
        m = re.fullmatch(pat, f)
        if not m:
            err(os.path.join(d, f), "unexpected file name")
            continue
        nums.append(int(m.group(1)))
    if sorted(nums) != list(range(1, n_expected + 1)):
        err(d, f"expected numbers 1..{n_expected}, got {sorted(nums)}")
    return [os.path.join(d, f) for f in files if re.fullmatch(pat, f)]


def main():
    extra = [f for f in os.listdir(HERE) if f not in ("cases", "clean", "validate.py", "__pycache__")]
    for f in extra:
        err(os.path.join(HERE, f), "unexpected entry in folder")
    cases = check_names("cases", rf"{PREFIX}(\d{{3}})-{SLUG}\.md", N_CASES)
    cleans = check_names("clean", rf"{PREFIX}c(\d{{3}})-{SLUG}\.md", N_CLEAN)
    counts, per_file = Counter(), {}
    for p in cases:
        check_case(p, counts, per_file)
    for p in cleans:
        check_clean(p)
    total = sum(counts.values())
    if total < MIN_TOTAL:
        errors.append(f"total identifiers {total} < {MIN_TOTAL}")
    for c in CATEGORIES:
        if counts[c] < MIN_PER_CAT:
            errors.append(f"category '{c}' has {counts[c]} < {MIN_PER_CAT}")
    wrapped = 0
    for p in cases + cleans:
        body = split_front_matter(p, strip(open(p, encoding="utf-8").read()))[1]
        lines = [l for l in body.splitlines() if not l.startswith("|")]
        if lines and max(len(l) for l in lines) <= 100:
            wrapped += 1
    print("identifiers per category:")
    for c in CATEGORIES:
        print(f"  {c:12s} {counts[c]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print("identifiers per case:")
    for f in sorted(per_file):
        print(f"  {f}: {per_file[f]}")
    print(f"cases: {len(cases)}, clean: {len(cleans)}, hard-wrapped files: {wrapped}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
