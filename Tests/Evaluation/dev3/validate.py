#!/usr/bin/env python3
"""Validate the dev3 privacy evaluation set.

Checks every case in cases/ and clean/:
  * markers have the form ⟦category|text⟧ with a known category and non-empty text;
  * no stray ⟦ or ⟧ remain after the markers are stripped;
  * the front matter (after stripping) parses as YAML and has the required fields;
  * nothing is marked inside the front matter's authors, published or references;
  * clean cases contain no markers at all;
  * body length is 150-350 words.
Prints per-category counts for cases/ and the totals.

Usage: python3 validate.py [folder]   (default: the folder holding this script)
"""
import collections
import pathlib
import re
import sys

import yaml

MARKER = re.compile(r"⟦([a-z-]+)\|([^⟧]*)⟧")
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
REQUIRED = ["title", "summary", "tags", "specialty", "age", "sex", "authors", "published", "references"]
FORBIDDEN_MARKED_KEYS = ("authors:", "published:", "references:")


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, None
    return text[4:end], text[end + 5:]


def check_file(path, clean, counts, errors):
    raw = path.read_text(encoding="utf-8")
    found = MARKER.findall(raw)
    for cat, ident in found:
        if cat not in CATEGORIES:
            errors.append(f"{path.name}: unknown category {cat!r}")
        if not ident.strip():
            errors.append(f"{path.name}: empty marker of category {cat!r}")
        elif ident != ident.strip():
            errors.append(f"{path.name}: marker text has outer whitespace: {ident!r}")
    if clean and found:
        errors.append(f"{path.name}: clean case has {len(found)} marker(s)")
    stripped = MARKER.sub(r"\2", raw)
    if "⟦" in stripped or "⟧" in stripped:
        errors.append(f"{path.name}: malformed marker (stray ⟦ or ⟧)")
    raw_fm, _ = split_front_matter(raw)
    fm, body = split_front_matter(stripped)
    if fm is None:
        errors.append(f"{path.name}: no front matter")
        return
    # markers in protected front-matter fields
    section = None
    for line in raw_fm.splitlines():
        if re.match(r"^[a-z_]+:", line):
            section = line.split(":", 1)[0] + ":"
        if section in FORBIDDEN_MARKED_KEYS and MARKER.search(line):
            errors.append(f"{path.name}: marker inside {section}")
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError as exc:
        errors.append(f"{path.name}: front matter is not valid YAML: {exc}")
        return
    if not isinstance(data, dict):
        errors.append(f"{path.name}: front matter is not a mapping")
        return
    for key in REQUIRED:
        if key not in data:
            errors.append(f"{path.name}: missing front-matter field {key!r}")
    for key in ("tags", "authors", "references"):
        if key in data and not isinstance(data[key], list):
            errors.append(f"{path.name}: {key!r} must be a list")
    age = str(data.get("age", ""))
    if not re.fullmatch(r"(\d0s|90\+|neonate|infant|child|adolescent)", age):
        errors.append(f"{path.name}: age {age!r} is not an age band")
    words = len(re.findall(r"\S+", body))
    if not 150 <= words <= 350:
        errors.append(f"{path.name}: body has {words} words (want 150-350)")
    if not clean:
        if not found:
            errors.append(f"{path.name}: case has no identifiers")
        for cat, _ in found:
            counts[cat] += 1


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent
    counts = collections.Counter()
    errors = []
    case_files = sorted((root / "cases").glob("*.md"))
    clean_files = sorted((root / "clean").glob("*.md"))
    for path in case_files:
        check_file(path, False, counts, errors)
    for path in clean_files:
        check_file(path, True, counts, errors)
    print(f"cases: {len(case_files)}  clean: {len(clean_files)}  identifiers: {sum(counts.values())}")
    for cat in sorted(CATEGORIES, key=lambda c: (-counts[c], c)):
        print(f"  {cat:12} {counts[cat]}")
    for err in errors:
        print("ERROR:", err)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
