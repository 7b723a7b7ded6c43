#!/usr/bin/env python3
"""Validate the heldout6 evaluation set.

Checks, for every Markdown file in cases/ and clean/:
  * file name pattern (n001-slug.md in cases/, nc001-slug.md in clean/)
  * markers are well formed: ⟦category|text⟧ with a known category, non-empty text,
    no nesting and no stray brackets
  * front matter exists, parses as YAML once markers are removed, and has the usual keys
  * no marker inside authors / published / references
  * clean/ files contain no markers at all
  * body length roughly 300-900 words
Prints per-file and per-category counts and checks the set-level minimums.
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
CATEGORIES = ["name", "initials", "relative", "date", "age", "location", "postal-code",
              "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"]
MARKER = re.compile(r"⟦([a-z-]+)\|([^⟦⟧]*)⟧")
REQUIRED = ["title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
            "diagnosis", "certainty", "authors", "published", "status"]
PROTECTED = {"authors", "author", "published", "references"}
MIN_TOTAL = 350
MIN_CASES, MIN_CLEAN = 30, 12
MIN_PER = {c: 10 for c in CATEGORIES}
for c in ["name", "date", "location", "id", "phone"]:
    MIN_PER[c] = 35
for c in ["initials", "age", "postal-code", "relative", "device"]:
    MIN_PER[c] = 15

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front(path, text):
    if not text.startswith("---\n"):
        err(path, "no front matter")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    counts = Counter()
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, f"unknown category {cat!r} in {m.group(0)!r}")
        if not val.strip() or val != val.strip():
            err(path, f"empty or padded marker text {m.group(0)!r}")
        counts[cat] += 1
    leftover = MARKER.sub("", text)
    if "⟦" in leftover or "⟧" in leftover:
        for i, line in enumerate(text.splitlines(), 1):
            l2 = MARKER.sub("", line)
            if "⟦" in l2 or "⟧" in l2:
                err(path, f"line {i}: stray or nested marker bracket")
    if clean and counts:
        err(path, f"clean file contains markers: {dict(counts)}")
    fm, body, _ = split_front(path, text)
    if fm is None:
        return counts
    # markers inside protected keys (line-based walk over top-level keys)
    key = None
    for i, line in enumerate(fm.splitlines(), 2):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            key = m.group(1)
        if key in PROTECTED and MARKER.search(line):
            err(path, f"line {i}: marker inside protected key {key!r}")
    stripped_fm = strip(fm)
    if yaml is not None:
        try:
            data = yaml.safe_load(stripped_fm)
        except yaml.YAMLError as e:
            err(path, f"front matter does not parse: {e}")
            data = None
        if isinstance(data, dict):
            for k in REQUIRED:
                if k not in data:
                    err(path, f"missing key {k!r}")
            if not isinstance(data.get("tags"), list) or not data.get("tags"):
                err(path, "tags must be a non-empty list")
            for k in ("system", "modality", "authors", "references"):
                if k in data and not isinstance(data[k], list):
                    err(path, f"{k} must be a list")
            pub = data.get("published")
            if pub is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(pub)):
                err(path, "published must be YYYY-MM-DD")
            if data.get("status") != "published":
                err(path, "status must be published")
            for img in data.get("images") or []:
                if not isinstance(img, dict) or not {"file", "alt"} <= set(img):
                    err(path, f"image entry lacks file/alt: {img!r}")
            age = str(data.get("age", ""))
            if re.fullmatch(r"\d+", age):
                err(path, "front-matter age must be a band, not an exact age")
        elif data is not None:
            err(path, "front matter is not a mapping")
    else:
        for line in stripped_fm.splitlines():
            if line.strip() and not re.match(r"^(\s+|-|[A-Za-z_][\w-]*\s*:)", line):
                err(path, f"suspicious front-matter line: {line!r}")
    words = len(re.findall(r"\S+", strip(body)))
    if not 300 <= words <= 900:
        err(path, f"body has {words} words (want 300-900)")
    return counts


def main():
    total = Counter()
    ncases = nclean = 0
    per_file = []
    for sub, clean, pat in (("cases", False, r"^n\d{3}-[a-z0-9-]+\.md$"),
                            ("clean", True, r"^nc\d{3}-[a-z0-9-]+\.md$")):
        d = os.path.join(HERE, sub)
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            if not re.match(pat, name):
                err(path, "file name does not follow the pattern")
            c = check_file(path, clean)
            if clean:
                nclean += 1
            else:
                ncases += 1
                total += c
                per_file.append((name, sum(c.values())))
                if not c:
                    err(path, "case without any marker")
    for name, n in per_file:
        print(f"  {name:<45} {n:3d}")
    print(f"\ncases: {ncases}   clean: {nclean}   identifiers: {sum(total.values())}")
    for cat in CATEGORIES:
        flag = "" if total[cat] >= MIN_PER[cat] else f"   < {MIN_PER[cat]} required"
        print(f"  {cat:<12} {total[cat]:4d}{flag}")
        if flag:
            errors.append(f"category {cat}: {total[cat]} < {MIN_PER[cat]}")
    if ncases < MIN_CASES:
        errors.append(f"only {ncases} cases (< {MIN_CASES})")
    if nclean < MIN_CLEAN:
        errors.append(f"only {nclean} clean cases (< {MIN_CLEAN})")
    if sum(total.values()) < MIN_TOTAL:
        errors.append(f"only {sum(total.values())} identifiers (< {MIN_TOTAL})")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
