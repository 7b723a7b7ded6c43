#!/usr/bin/env python3
"""Validate the heldout47 evaluation set (prefix cx).

Checks:
  * file names and counts (30 cases, 12 clean);
  * every marker is well formed: ⟦category|text⟧ with a known category;
  * no stray ⟦ or ⟧, no nested or multi-line markers;
  * front matter parses as YAML after markers are removed, and has
    title, summary, tags (non-empty list) and status;
  * no markers in clean files;
  * no markers inside the authors/author, published or references keys;
  * body length 500-1,500 words (markers removed);
  * at least 380 markers over the cases and at least 8 per category;
and prints the counts per category and per file.

Usage: python3 validate.py [-v]
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
PREFIX = "cx"
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
N_CASES, N_CLEAN = 30, 12
MIN_TOTAL, MIN_PER_CATEGORY = 380, 8
MIN_WORDS, MAX_WORDS = 500, 1500
NON_IDENTIFYING_KEYS = ("authors", "author", "published", "references")

MARKER = re.compile(r"⟦([^|⟦⟧\n]*)\|([^⟦⟧\n]*)⟧")
ANY_BRACKET = re.compile(r"[⟦⟧]")
CASE_NAME = re.compile(r"^%s(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
CLEAN_NAME = re.compile(r"^%sc(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with a front-matter fence")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def parse_yaml(path, fm):
    if yaml is not None:
        try:
            data = yaml.safe_load(fm)
        except yaml.YAMLError as e:
            err(path, "front matter does not parse: %s" % e)
            return None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return None
        return data
    # Minimal fallback: top-level keys only.
    data = {}
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m:
            data[m.group(1)] = m.group(2) or True
    return data


def key_blocks(fm):
    """Yield (key, text) for every top-level key of the raw front matter."""
    blocks, key, buf = [], None, []
    for line in fm.splitlines(True):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            if key is not None:
                blocks.append((key, "".join(buf)))
            key, buf = m.group(1), [line]
        else:
            buf.append(line)
    if key is not None:
        blocks.append((key, "".join(buf)))
    return blocks


def check_markers(path, text):
    counts = Counter()
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, "unknown category %r in %r" % (cat, m.group(0)))
        if not val.strip():
            err(path, "empty marker %r" % m.group(0))
        elif val != val.strip():
            err(path, "marker text has surrounding spaces: %r" % m.group(0))
        counts[cat] += 1
    leftover = ANY_BRACKET.findall(MARKER.sub("", text))
    if leftover:
        for lineno, line in enumerate(text.splitlines(), 1):
            if ANY_BRACKET.search(MARKER.sub("", line)):
                err(path, "line %d: malformed, nested or multi-line marker" % lineno)
    return counts


def check_file(path, clean):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        err(path, "contains carriage returns")
    counts = check_markers(path, text)
    if clean and sum(counts.values()):
        err(path, "clean file contains %d marker(s)" % sum(counts.values()))
    if clean and ANY_BRACKET.search(text):
        err(path, "clean file contains a marker bracket")
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return counts
    for key, block in key_blocks(fm):
        if key in NON_IDENTIFYING_KEYS and MARKER.search(block):
            err(path, "marker inside front-matter key %r" % key)
    data = parse_yaml(path, strip_markers(fm))
    if data is not None:
        for key in ("title", "summary", "tags", "status"):
            if key not in data or data[key] in (None, "", []):
                err(path, "front matter lacks %r" % key)
        if yaml is not None:
            if not isinstance(data.get("tags"), list) or not data.get("tags"):
                err(path, "tags must be a non-empty list")
            if data.get("status") != "published":
                err(path, "status is %r, expected 'published'" % data.get("status"))
            for img in data.get("images") or []:
                if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                    err(path, "image entry lacks file or alt")
    words = len(re.findall(r"\S+", strip_markers(body)))
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, "body has %d words (want %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
    return counts, words


def main():
    verbose = "-v" in sys.argv[1:]
    total = Counter()
    per_file = []
    for sub, pattern, expected, clean in (
        ("cases", CASE_NAME, N_CASES, False),
        ("clean", CLEAN_NAME, N_CLEAN, True),
    ):
        folder = os.path.join(HERE, sub)
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        numbers = []
        for name in names:
            m = pattern.match(name)
            if not m:
                err(os.path.join(folder, name), "bad file name")
                continue
            numbers.append(int(m.group(1)))
        if sorted(numbers) != list(range(1, expected + 1)):
            err(folder, "expected numbers 001-%03d, found %s" % (expected, sorted(numbers)))
        for name in names:
            if not pattern.match(name):
                continue
            result = check_file(os.path.join(folder, name), clean)
            if isinstance(result, tuple):
                counts, words = result
            else:
                counts, words = result, 0
            if not clean:
                total.update(counts)
                if sum(counts.values()) < 1:
                    err(os.path.join(folder, name), "case has no markers")
            per_file.append((sub + "/" + name, sum(counts.values()), words))

    if verbose:
        for name, n, words in per_file:
            print("%-70s %4d markers %5d words" % (name, n, words))
        print()
    grand = sum(total.values())
    print("identifiers per category (cases):")
    for cat in CATEGORIES:
        flag = "" if total[cat] >= MIN_PER_CATEGORY else "   <-- below %d" % MIN_PER_CATEGORY
        print("  %-12s %4d%s" % (cat, total[cat], flag))
        if total[cat] < MIN_PER_CATEGORY:
            errors.append("category %s has %d markers (need %d)" % (cat, total[cat], MIN_PER_CATEGORY))
    print("  %-12s %4d" % ("total", grand))
    if grand < MIN_TOTAL:
        errors.append("only %d markers in total (need %d)" % (grand, MIN_TOTAL))

    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
