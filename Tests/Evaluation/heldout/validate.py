#!/usr/bin/env python3
"""Validate the held-out privacy evaluation set.

Usage:
    python3 validate.py [--json OUT.json] [--quiet]

Checks every file in cases/ (h001-*.md ... h030-*.md, with planted identifiers)
and clean/ (k001-*.md ... k010-*.md, with none):

* markers have the form ⟦category|identifier text⟧ with a known category,
  non-empty text without leading or trailing spaces, and no stray ⟦ or ⟧ remain;
* after the markers are stripped (regex ⟦([a-z-]+)\\|([^⟧]*)⟧ -> \\2) the file is
  Markdown with a YAML front matter block that PyYAML parses into a mapping
  with the required keys;
* no marker sits under the front-matter keys authors/author/published/references;
* the body is 200-500 words;
* clean files contain no markers;
* per-category totals meet the minimums of the brief.

Prints the counts per category. With --json, writes the expected findings
(file, category, text, start/end offsets into the stripped file, 1-based line
and column) so a scorer can compare them with the checks' output.
Exit status 0 when everything passes, 1 otherwise.
Only the standard library and PyYAML are used.
"""

import argparse
import collections
import json
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
MIN_EACH = 6
MIN_MAJOR = {"name": 15, "date": 15, "phone": 15, "id": 15, "location": 15}
MIN_TOTAL = 160
N_CASES = 30
N_CLEAN = 10
REQUIRED_KEYS = ["title", "summary", "tags", "specialty", "age", "sex",
                 "diagnosis", "authors", "published"]
FORBIDDEN_KEYS = {"authors", "author", "published", "references"}
WORDS_MIN, WORDS_MAX = 200, 500


def strip_markers(text):
    """Return (stripped text, list of (category, ident, start, end))."""
    out = []
    spans = []
    pos = 0
    length = 0
    for m in MARKER.finditer(text):
        before = text[pos:m.start()]
        out.append(before)
        length += len(before)
        ident = m.group(2)
        spans.append((m.group(1), ident, length, length + len(ident)))
        out.append(ident)
        length += len(ident)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def line_col(text, offset):
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def check_file(path, expect_markers):
    errors = []
    raw = open(path, encoding="utf-8").read()
    stripped, spans = strip_markers(raw)

    if "⟦" in stripped or "⟧" in stripped:
        errors.append("stray or malformed marker bracket after stripping")
    for cat, ident, _s, _e in spans:
        if cat not in CATEGORIES:
            errors.append("unknown category %r (%r)" % (cat, ident))
        if not ident or ident != ident.strip():
            errors.append("empty or space-padded marker text %r" % ident)
    if expect_markers and not spans:
        errors.append("no planted identifiers")
    if not expect_markers and spans:
        errors.append("clean file contains %d marker(s)" % len(spans))

    if not stripped.startswith("---\n"):
        errors.append("file does not start with a front-matter fence")
        return errors, spans, stripped
    end = stripped.find("\n---\n", 4)
    if end < 0:
        errors.append("front matter is not closed")
        return errors, spans, stripped
    fm_text = stripped[4:end + 1]
    body = stripped[end + 5:]
    try:
        fm = yaml.safe_load(fm_text)
    except yaml.YAMLError as exc:
        errors.append("YAML error: %s" % exc)
        return errors, spans, stripped
    if not isinstance(fm, dict):
        errors.append("front matter is not a mapping")
        return errors, spans, stripped
    for key in REQUIRED_KEYS:
        if key not in fm:
            errors.append("missing front-matter key %r" % key)
    if not isinstance(fm.get("tags"), list) or not fm.get("tags"):
        errors.append("tags must be a non-empty list")
    if not isinstance(fm.get("authors"), list):
        errors.append("authors must be a list")
    for img in fm.get("images") or []:
        if not isinstance(img, dict) or not img.get("file") or not img.get("alt"):
            errors.append("image entry without file or alt")
    refs = fm.get("references") or []
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        errors.append("references must be a list of strings")

    # Which top-level key does each front-matter offset belong to?
    fm_start, fm_end = 4, end + 1
    key_starts = []
    offset = fm_start
    for line in fm_text.splitlines(True):
        m = re.match(r"([A-Za-z_][\w-]*):", line)
        if m:
            key_starts.append((offset, m.group(1)))
        offset += len(line)
    for cat, ident, s, _e in spans:
        if fm_start <= s < fm_end:
            key = None
            for ks, name in key_starts:
                if ks <= s:
                    key = name
            if key in FORBIDDEN_KEYS:
                errors.append("marker %r in front-matter key %r" % (ident, key))

    words = len(re.findall(r"[A-Za-z0-9À-ÿ][\w'’.\-/]*", body))
    if not WORDS_MIN <= words <= WORDS_MAX:
        errors.append("body has %d words (expected %d-%d)" % (words, WORDS_MIN, WORDS_MAX))
    return errors, spans, stripped


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", help="write the expected findings to this file")
    ap.add_argument("--quiet", action="store_true", help="print only the summary")
    args = ap.parse_args()

    failures = 0
    counts = collections.Counter()
    per_file = {}
    expected = []
    for folder, prefix, n, expect in (("cases", "h", N_CASES, True), ("clean", "k", N_CLEAN, False)):
        d = os.path.join(HERE, folder)
        files = sorted(f for f in os.listdir(d) if f.endswith(".md"))
        pattern = re.compile(r"%s\d{3}-[a-z0-9-]+\.md$" % prefix)
        numbers = []
        for f in files:
            if not pattern.match(f):
                print("FAIL %s/%s: bad file name" % (folder, f))
                failures += 1
                continue
            numbers.append(int(f[1:4]))
        if numbers != list(range(1, n + 1)):
            print("FAIL %s: expected %s001..%s%03d, found %s" % (folder, prefix, prefix, n, numbers))
            failures += 1
        for f in files:
            path = os.path.join(d, f)
            errors, spans, stripped = check_file(path, expect)
            rel = "%s/%s" % (folder, f)
            per_file[rel] = len(spans)
            for cat, ident, s, e in spans:
                counts[cat] += 1
                line, col = line_col(stripped, s)
                expected.append({"file": rel, "category": cat, "text": ident,
                                 "start": s, "end": e, "line": line, "column": col})
            if errors:
                failures += 1
                for err in errors:
                    print("FAIL %s: %s" % (rel, err))
            elif not args.quiet:
                print("ok   %s (%d identifiers)" % (rel, len(spans)))

    total = sum(counts.values())
    print()
    print("%-12s %5s %5s" % ("category", "count", "min"))
    for cat in CATEGORIES:
        need = MIN_MAJOR.get(cat, MIN_EACH)
        flag = "" if counts[cat] >= need else "  <-- below minimum"
        if counts[cat] < need:
            failures += 1
        print("%-12s %5d %5d%s" % (cat, counts[cat], need, flag))
    flag = "" if total >= MIN_TOTAL else "  <-- below minimum"
    if total < MIN_TOTAL:
        failures += 1
    print("%-12s %5d %5d%s" % ("total", total, MIN_TOTAL, flag))
    stray = set(counts) - set(CATEGORIES)
    if stray:
        print("unknown categories: %s" % ", ".join(sorted(stray)))

    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(expected, fh, ensure_ascii=False, indent=1)
            fh.write("\n")

    print()
    print("PASS" if failures == 0 else "FAILED (%d problem(s))" % failures)
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
