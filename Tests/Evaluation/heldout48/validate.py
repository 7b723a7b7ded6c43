#!/usr/bin/env python3
"""Validator for the heldout48 ("cy") blind evaluation set.

Checks:
  * file names and counts (cases/cy001..cy030, clean/cyc001..cyc012);
  * every marker ⟦category|text⟧ is well formed, single-line and uses a known category;
  * front matter parses as YAML once markers are removed, and has title, summary,
    tags (non-empty list) and status;
  * no marker in clean files; no marker inside authors/author/published/references;
  * body length 500-1500 words (markers removed);
  * simple sanity checks on some categories (ages >= 90, dates not a bare year,
    e-mail and URL domains clearly fictional);
  * totals: >= 380 identifiers over the cases, >= 8 in each category;
and prints the count per category.

Usage: python3 validate.py [--verbose]
Exit status 0 when everything passes, 1 otherwise.
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
PREFIX = "cy"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 380
MIN_PER_CATEGORY = 8
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
PROTECTED_KEYS = {"authors", "author", "published", "references"}
REQUIRED_KEYS = ["title", "summary", "tags", "status"]

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CASE_RE = re.compile(rf"^{PREFIX}(\d{{3}})-({SLUG})\.md$")
CLEAN_RE = re.compile(rf"^{PREFIX}c(\d{{3}})-({SLUG})\.md$")
FICTIONAL_DOMAIN = re.compile(r"\.(example|invalid|test)(\.[a-z]{2,})?$|\.example\.[a-z.]+$")

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with a '---' front-matter line")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed with '---'")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def minimal_yaml_keys(fm):
    """Very small fallback when PyYAML is missing: top-level keys only."""
    data = {}
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m:
            data[m.group(1)] = m.group(2) or True
    return data


def protected_line_ranges(fm_lines):
    """Indices of front-matter lines that belong to a protected key."""
    protected = set()
    current = None
    for i, line in enumerate(fm_lines):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
        elif line and not line[0].isspace() and not line.startswith("-"):
            current = None
        if current in PROTECTED_KEYS:
            protected.add(i)
    return protected


def check_marker_sanity(path, cat, text):
    t = text.strip()
    if not t:
        err(path, f"empty marker text for category {cat!r}")
        return
    if t != text:
        err(path, f"marker text has leading/trailing space: {text!r}")
    if cat == "age":
        m = re.search(r"\d+", t)
        if m and int(m.group()) < 90:
            err(path, f"age marker below 90: {t!r}")
    if cat == "date" and re.fullmatch(r"(19|20)\d\d", t):
        err(path, f"date marker is a bare year: {t!r}")
    if cat == "email":
        if "@" not in t:
            err(path, f"email marker without '@': {t!r}")
        elif not FICTIONAL_DOMAIN.search(t.split("@", 1)[1].lower()):
            err(path, f"email domain not clearly fictional: {t!r}")
    if cat == "url":
        host = re.sub(r"^[a-z]+://", "", t.lower()).split("/", 1)[0].split(":")[0]
        if not FICTIONAL_DOMAIN.search(host):
            err(path, f"url host not clearly fictional: {t!r}")


def check_file(path, is_clean, counts, verbose):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    # malformed markers: any bracket that is not part of a full marker
    leftovers = MARKER.sub("", raw)
    for ch in "⟦⟧":
        if ch in leftovers:
            line = raw[: raw.find(ch)].count("\n") + 1 if ch in raw else "?"
            err(path, f"stray or malformed marker bracket {ch!r} (first near line {line})")
    markers = list(MARKER.finditer(raw))
    if is_clean and markers:
        err(path, f"clean file contains {len(markers)} marker(s)")
    file_counts = Counter()
    for m in markers:
        cat, text = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, f"unknown category {cat!r} in marker {m.group(0)!r}")
            continue
        check_marker_sanity(path, cat, text)
        file_counts[cat] += 1

    fm, body, _ = split_front_matter(path, raw)
    if fm is None:
        return file_counts
    # markers inside protected keys
    fm_lines = fm.splitlines()
    for i in sorted(protected_line_ranges(fm_lines)):
        if MARKER.search(fm_lines[i]):
            err(path, f"marker inside a protected front-matter key (line {i + 2}): {fm_lines[i].strip()[:60]}")
    clean_fm = strip_markers(fm)
    if yaml is not None:
        try:
            data = yaml.safe_load(clean_fm)
        except yaml.YAMLError as exc:
            err(path, f"front matter does not parse as YAML: {exc}")
            return file_counts
    else:
        data = minimal_yaml_keys(clean_fm)
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return file_counts
    for key in REQUIRED_KEYS:
        if key not in data or data[key] in (None, "", []):
            err(path, f"front matter lacks {key!r}")
    if yaml is not None:
        if not isinstance(data.get("tags"), list) or not data.get("tags"):
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status should be 'published'")
        for im in data.get("images") or []:
            if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                err(path, "every image needs file and alt")
    words = len(re.findall(r"\S+", strip_markers(body)))
    if not 500 <= words <= 1500:
        err(path, f"body has {words} words (want 500-1500)")
    if verbose:
        tot = sum(file_counts.values())
        print(f"  {os.path.basename(path):60s} words={words:5d} ids={tot:3d}")
    counts.update(file_counts)
    return file_counts


def check_folder(sub, regex, n, is_clean, counts, verbose):
    folder = os.path.join(HERE, sub)
    if not os.path.isdir(folder):
        err(folder, "missing folder")
        return
    names = sorted(os.listdir(folder))
    numbers = []
    for name in names:
        m = regex.match(name)
        if not m:
            err(os.path.join(folder, name), "unexpected file name")
            continue
        numbers.append(int(m.group(1)))
    if sorted(numbers) != list(range(1, n + 1)):
        err(folder, f"expected numbers 1..{n}, found {sorted(numbers)}")
    per_file_min = None
    for name in names:
        if regex.match(name):
            fc = check_file(os.path.join(folder, name), is_clean, counts, verbose)
            if not is_clean:
                t = sum(fc.values())
                per_file_min = t if per_file_min is None else min(per_file_min, t)
                if t == 0:
                    err(os.path.join(folder, name), "case has no identifiers")


def main():
    verbose = "--verbose" in sys.argv or "-v" in sys.argv
    counts = Counter()
    if verbose:
        print("cases:")
    check_folder("cases", CASE_RE, N_CASES, False, counts, verbose)
    if verbose:
        print("clean:")
    check_folder("clean", CLEAN_RE, N_CLEAN, True, Counter(), verbose)

    total = sum(counts.values())
    print("identifiers per category:")
    for cat in CATEGORIES:
        flag = "" if counts[cat] >= MIN_PER_CATEGORY else f"   <-- below {MIN_PER_CATEGORY}"
        print(f"  {cat:12s} {counts[cat]:4d}{flag}")
        if counts[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat!r} has {counts[cat]} identifiers (< {MIN_PER_CATEGORY})")
    print(f"  {'total':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total identifiers {total} < {MIN_TOTAL}")

    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
