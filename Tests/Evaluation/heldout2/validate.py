#!/usr/bin/env python3
"""Validate the heldout2 synthetic privacy evaluation set.

Checks every case in cases/ (planted identifiers) and clean/ (no identifiers):
  * markers have the form ⟦category|text⟧ with a known category,
  * no stray ⟦ / ⟧ remain once markers are stripped,
  * the front matter (after stripping markers) is valid YAML with the expected keys,
  * nothing is marked inside authors, published or references,
  * `age:` is a band, and any planted age over 89 is matched by `age: 90+`,
  * the clinical prose is 200-450 words,
  * file names follow the pattern and contain no marked text,
  * clean files contain no markers,
  * marked texts (and the tokens of marked names) do not also occur unmarked (warning),
and prints the number of planted identifiers per category.

Usage: python3 validate.py            (exit status 1 on any error)
Only the standard library and PyYAML are used.
"""
import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = re.compile(r"⟦([a-z-]+)\|([^⟧]*)⟧")
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
MIN_PER_CATEGORY = 5
MIN_MAJOR = {"name": 15, "date": 15, "phone": 15, "id": 15, "location": 15}
MIN_TOTAL = 150
REQUIRED_KEYS = [
    "title", "summary", "tags", "specialty", "age", "sex", "diagnosis",
    "authors", "published", "images", "references",
]
NO_MARKER_KEYS = ["authors", "published", "references"]
AGE_BAND = re.compile(r"^(\d{1,2}s|\d{1,2}-\d{1,2}|teens|90\+)$")
WORDS_MIN, WORDS_MAX = 200, 450

errors = []
warnings = []


def err(path, msg):
    errors.append(f"ERROR {os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"warn  {os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    """Return (stripped text, [(category, text, start, end) in stripped text])."""
    out = []
    spans = []
    pos = 0
    cur = 0
    for m in MARKER.finditer(text):
        out.append(text[pos:m.start()])
        cur += m.start() - pos
        cat, val = m.group(1), m.group(2)
        spans.append((cat, val, cur, cur + len(val)))
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


def word_count(body):
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    return len(re.findall(r"[A-Za-z0-9À-ɏ][^\s|]*", body))


def check_unmarked(path, stripped, spans):
    """Warn when a marked text, or a token of a marked name, also occurs unmarked."""
    covered = [(s, e) for _, _, s, e in spans]

    def inside(a, b):
        return any(s <= a and b <= e for s, e in covered)

    needles = set()
    for cat, val, _, _ in spans:
        if len(val) >= 3:
            needles.add(val)
        if cat in ("name", "relative"):
            for tok in re.findall(r"[^\W\d_][\w'’-]{2,}", val):
                if tok[0].isupper() and tok not in ("Mrs", "Mme", "Baby"):
                    needles.add(tok)
    for n in sorted(needles):
        for m in re.finditer(r"(?<![\w])" + re.escape(n) + r"(?![\w])", stripped):
            if not inside(m.start(), m.end()):
                line = stripped.count("\n", 0, m.start()) + 1
                warn(path, f"'{n}' also appears unmarked (stripped line {line})")
                break


def check_file(path, clean):
    name = os.path.basename(path)
    prefix = "n" if clean else "g"
    if not re.fullmatch(prefix + r"\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.md", name):
        err(path, "bad file name")
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()

    for line_no, line in enumerate(raw.splitlines(), 1):
        for m in re.finditer(r"⟦[^⟧\n]*?⟧", line):
            if not MARKER.fullmatch(m.group(0)):
                err(path, f"line {line_no}: malformed marker {m.group(0)!r}")
    stripped, spans = strip_markers(raw)
    if "⟦" in stripped or "⟧" in stripped:
        err(path, "stray ⟦ or ⟧ after stripping markers (unbalanced or nested marker)")

    for cat, val, _, _ in spans:
        if cat not in CATEGORIES:
            err(path, f"unknown category {cat!r} ({val!r})")
        if not val or val != val.strip():
            err(path, f"empty marker text or surrounding whitespace: {val!r}")
        if "\n" in val:
            err(path, f"marker spans lines: {val!r}")
        if val and len(val) >= 4 and val.lower() in name.lower():
            err(path, f"file name contains identifier {val!r}")
        if cat == "age":
            nums = [int(x) for x in re.findall(r"\d+", val)]
            if not nums or max(nums) <= 89:
                err(path, f"age marker not over 89: {val!r}")

    if clean and spans:
        err(path, f"clean file contains {len(spans)} marker(s)")

    fm_raw, _ = split_front_matter(path, raw)
    fm_text, body = split_front_matter(path, stripped)
    if fm_text is None:
        return spans
    try:
        fm = yaml.safe_load(fm_text)
    except yaml.YAMLError as exc:
        err(path, f"front matter YAML error: {exc}")
        return spans
    if not isinstance(fm, dict):
        err(path, "front matter is not a mapping")
        return spans
    for key in REQUIRED_KEYS:
        if key not in fm:
            err(path, f"missing front matter key {key!r}")
    if not isinstance(fm.get("tags"), list):
        err(path, "tags is not a list")
    if not isinstance(fm.get("authors"), list):
        err(path, "authors is not a list")
    if not isinstance(fm.get("references"), list):
        err(path, "references is not a list")
    for img in fm.get("images") or []:
        if not isinstance(img, dict) or "file" not in img:
            err(path, f"bad image entry {img!r}")
    age = str(fm.get("age", ""))
    if not AGE_BAND.match(age):
        err(path, f"age {age!r} is not an age band")
    if any(c == "age" for c, *_ in spans) and age != "90+":
        err(path, "an age over 89 is planted but front matter age is not 90+")

    # nothing may be marked in authors / published / references
    try:
        fm_marked = yaml.safe_load(fm_raw) if fm_raw else {}
    except yaml.YAMLError as exc:
        err(path, f"front matter YAML error before stripping: {exc}")
        fm_marked = {}
    for key in NO_MARKER_KEYS:
        if "⟦" in str((fm_marked or {}).get(key, "")):
            err(path, f"marker inside {key!r}")

    words = word_count(body)
    if not WORDS_MIN <= words <= WORDS_MAX:
        err(path, f"body has {words} words (expected {WORDS_MIN}-{WORDS_MAX})")

    if not clean:
        check_unmarked(path, stripped, spans)
    return spans


def main():
    counts = collections.Counter()
    per_file = {}
    case_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    case_files = sorted(f for f in os.listdir(case_dir) if f.endswith(".md"))
    clean_files = sorted(f for f in os.listdir(clean_dir) if f.endswith(".md"))
    if len(case_files) != 30:
        errors.append(f"ERROR cases/: expected 30 files, found {len(case_files)}")
    if len(clean_files) != 10:
        errors.append(f"ERROR clean/: expected 10 files, found {len(clean_files)}")
    for i, f in enumerate(case_files, 1):
        if not f.startswith(f"g{i:03d}-"):
            errors.append(f"ERROR cases/{f}: expected prefix g{i:03d}-")
        spans = check_file(os.path.join(case_dir, f), clean=False)
        per_file[f] = len(spans)
        if not spans:
            errors.append(f"ERROR cases/{f}: no planted identifiers")
        counts.update(c for c, *_ in spans)
    for i, f in enumerate(clean_files, 1):
        if not f.startswith(f"n{i:03d}-"):
            errors.append(f"ERROR clean/{f}: expected prefix n{i:03d}-")
        check_file(os.path.join(clean_dir, f), clean=True)

    total = sum(counts.values())
    for cat in CATEGORIES:
        need = MIN_MAJOR.get(cat, MIN_PER_CATEGORY)
        if counts[cat] < need:
            errors.append(f"ERROR: category {cat!r} has {counts[cat]} < {need}")
    if total < MIN_TOTAL:
        errors.append(f"ERROR: {total} planted identifiers < {MIN_TOTAL}")

    print("Planted identifiers per category:")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {counts[cat]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"Case files: {len(case_files)} (identifiers per file "
          f"{min(per_file.values(), default=0)}-{max(per_file.values(), default=0)}); "
          f"clean files: {len(clean_files)}")
    for w in warnings:
        print(w)
    for e in errors:
        print(e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
