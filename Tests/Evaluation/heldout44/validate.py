#!/usr/bin/env python3
"""Validate the cu evaluation set: layout, front matter, markers and totals."""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "cu"
CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
N_CASES, N_CLEAN = 30, 12
MIN_TOTAL, MIN_PER_CAT = 380, 8
MIN_WORDS, MAX_WORDS = 500, 1500
REQUIRED = ["title", "summary", "tags", "status"]
FORBIDDEN_KEYS = ["authors", "author", "published", "references"]

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"

try:
    import yaml  # optional
except ImportError:  # pragma: no cover
    yaml = None

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, None, text
    return text[4:end + 1], 4, text[end + 5:]


def minimal_top_keys(fm):
    keys = {}
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            keys[m.group(1)] = line[m.end():].strip()
    return keys


def check_file(path, clean):
    text = open(path, encoding="utf-8").read()
    counts = Counter()
    # marker well-formedness
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, f"unknown category {cat!r} in {m.group(0)!r}")
        if not val.strip() or val != val.strip():
            err(path, f"empty or padded marker text {m.group(0)!r}")
        counts[cat] += 1
    leftover = MARKER.sub("", text)
    for ch in "⟦⟧":
        if ch in leftover:
            line = text[:text.find(ch)].count("\n") + 1
            err(path, f"stray {ch!r} (malformed marker) near line {line}")
    if clean and counts:
        err(path, f"clean file contains {sum(counts.values())} markers")

    fm, _, body = split_front_matter(text)
    if fm is None:
        err(path, "no YAML front matter")
        return counts, 0, False
    # markers must not sit in authors/author/published/references
    current = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
        if current in FORBIDDEN_KEYS and MARKER.search(line):
            err(path, f"marker inside front-matter key {current!r}: {line.strip()}")
    plain_fm = strip_markers(fm)
    if yaml is not None:
        try:
            data = yaml.safe_load(plain_fm)
        except yaml.YAMLError as e:
            err(path, f"front matter does not parse: {e}")
            data = None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            data = {}
        for k in REQUIRED:
            if k not in data or data[k] in (None, "", []):
                err(path, f"missing required key {k!r}")
        if data.get("status") != "published":
            err(path, f"status is {data.get('status')!r}, expected 'published'")
        if "tags" in data and not isinstance(data["tags"], list):
            err(path, "tags is not a list")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                err(path, f"image entry without file/alt: {img!r}")
    else:
        keys = minimal_top_keys(plain_fm)
        for k in REQUIRED:
            if k not in keys:
                err(path, f"missing required key {k!r}")
    plain_body = strip_markers(body)
    words = len(re.findall(r"\S+", plain_body))
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, f"body has {words} words (expected {MIN_WORDS}-{MAX_WORDS})")
    prose, fence = [], False
    for l in plain_body.splitlines():
        if l.startswith("```"):
            fence = not fence
            continue
        if fence or not l.strip() or l.lstrip().startswith(("|", "`")):
            continue
        prose.append(len(l))
    wrapped = bool(prose) and sum(n <= 84 for n in prose) >= 0.95 * len(prose)
    return counts, words, wrapped


def check_dir(sub, pat, n, clean):
    d = os.path.join(HERE, sub)
    names = sorted(os.listdir(d)) if os.path.isdir(d) else []
    rx = re.compile(rf"^{pat}(\d{{3}})-{SLUG}\.md$")
    nums = []
    for f in names:
        m = rx.match(f)
        if not m:
            err(os.path.join(d, f), "unexpected file name")
            continue
        nums.append(int(m.group(1)))
    if sorted(nums) != list(range(1, n + 1)):
        err(d, f"expected numbers 001..{n:03d}, found {sorted(nums)}")
    total = Counter()
    per_file = {}
    wrapped = 0
    for f in names:
        if rx.match(f):
            c, w, wr = check_file(os.path.join(d, f), clean)
            total += c
            per_file[f] = (sum(c.values()), w)
            wrapped += bool(wr)
    return total, per_file, wrapped


def main():
    cases, case_files, wr1 = check_dir("cases", PREFIX, N_CASES, False)
    _, clean_files, wr2 = check_dir("clean", PREFIX + "c", N_CLEAN, True)
    total = sum(cases.values())
    print(f"cases: {len(case_files)}  clean: {len(clean_files)}  "
          f"hard-wrapped: {wr1} cases, {wr2} clean")
    for f, (n, w) in sorted(case_files.items()):
        print(f"  {f:60s} {n:3d} markers {w:5d} words")
        if n == 0:
            errors.append(f"cases/{f}: no markers")
    for f, (n, w) in sorted(clean_files.items()):
        print(f"  {f:60s} {w:5d} words")
    print("identifiers per category:")
    for c in CATEGORIES:
        flag = "" if cases[c] >= MIN_PER_CAT else f"   <-- below {MIN_PER_CAT}"
        print(f"  {c:12s} {cases[c]:4d}{flag}")
        if cases[c] < MIN_PER_CAT:
            errors.append(f"category {c}: {cases[c]} < {MIN_PER_CAT}")
    print(f"  {'total':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total {total} < {MIN_TOTAL}")
    if errors:
        print(f"\nFAILED ({len(errors)} problems):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
