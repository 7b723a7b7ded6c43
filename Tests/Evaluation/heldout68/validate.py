#!/usr/bin/env python3
"""Validate the heldout68 blind evaluation set (prefix "ds").

Checks file names and counts, marker syntax, front matter, marker placement,
clean files, body word counts, marked ages, fictional domains and totals.
Prints counts per category and per file; exits 0 when everything passes.
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
PREFIX = "ds"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 400
MIN_PER_CAT = 10
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
NO_MARKER_KEYS = ["authors", "author", "published", "references"]

MARKER = re.compile(r"⟦([^|⟦⟧\n]*)\|([^⟦⟧\n]*)⟧")
FICTIONAL = re.compile(
    r"(^|\.)(example\.(org|com|net)|example|test|invalid)$", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+)")
URL = re.compile(r"(?:https?|ftp)://([^/\s)>\]\"'|⟧:]+)", re.I)
WWW = re.compile(r"(?<![\w./@])www\.((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+)")

NUMBER_WORDS = {
    "ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93,
    "ninety-four": 94, "ninety-five": 95, "ninety-six": 96,
    "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99,
    "one hundred": 100, "a hundred": 100, "hundred": 100,
    "one hundred and one": 101, "one hundred and two": 102,
}

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def check_markers(path, text):
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER.finditer(line):
            cat, span = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not span.strip():
                err(path, f"line {lineno}: empty marker text")
            elif span != span.strip():
                err(path, f"line {lineno}: marker text has outer spaces {span!r}")
            found.append((cat, span, lineno))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray or nested marker bracket: {line.strip()[:90]}")
    return found


def age_value(span):
    s = span.strip().lower()
    m = re.search(r"\d+", s)
    if m:
        return int(m.group(0))
    for w, v in sorted(NUMBER_WORDS.items(), key=lambda kv: -len(kv[0])):
        if w in s:
            return v
    return None


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        dom = m.group(1).lower()
        if not FICTIONAL.search(dom):
            err(path, f"e-mail domain not fictional: {m.group(0)}")
    for m in URL.finditer(plain):
        host = m.group(1).lower().rstrip(".")
        host = host.split("@")[-1]
        if not FICTIONAL.search(host):
            err(path, f"URL host not fictional: {m.group(0)}")
    for m in WWW.finditer(plain):
        dom = m.group(1).lower()
        if not FICTIONAL.search(dom):
            err(path, f"www domain not fictional: {m.group(0)}")


def contains_marker(value):
    if isinstance(value, str):
        return "⟦" in value or "⟧" in value
    if isinstance(value, list):
        return any(contains_marker(v) for v in value)
    if isinstance(value, dict):
        return any(contains_marker(k) or contains_marker(v) for k, v in value.items())
    return False


def check_front_matter(path, fm):
    if yaml is None:
        # Minimal fallback: check required keys exist at column 0.
        keys = set(re.findall(r"^([A-Za-z_]+):", strip_markers(fm), re.M))
        for k in REQUIRED_KEYS:
            if k not in keys:
                err(path, f"front matter lacks {k}")
        for lineno, line in enumerate(fm.split("\n"), 2):
            pass
        return
    try:
        data = yaml.safe_load(strip_markers(fm))
    except yaml.YAMLError as e:
        err(path, f"front matter (markers removed) does not parse: {e}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for k in REQUIRED_KEYS:
        if k not in data or data[k] in (None, "", []):
            err(path, f"front matter lacks {k}")
    if not isinstance(data.get("tags"), list) or not data.get("tags"):
        err(path, "tags must be a non-empty list")
    try:
        raw = yaml.safe_load(fm)
    except yaml.YAMLError as e:
        err(path, f"front matter (markers kept) does not parse: {e}")
        raw = None
    if isinstance(raw, dict):
        for k in NO_MARKER_KEYS:
            if k in raw and contains_marker(raw[k]):
                err(path, f"marker inside front-matter key {k}")
    # line-based belt and braces: markers under authors/published/references
    current = None
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_]+):", line)
        if m:
            current = m.group(1)
        if current in NO_MARKER_KEYS and ("⟦" in line or "⟧" in line):
            err(path, f"marker in {current}: {line.strip()[:80]}")


def main():
    totals = Counter()
    per_file = {}
    word_counts = {}
    for sub, kind, n_expected in (("cases", "case", N_CASES), ("clean", "clean", N_CLEAN)):
        folder = os.path.join(HERE, sub)
        if not os.path.isdir(folder):
            err(folder, "missing folder")
            continue
        files = sorted(f for f in os.listdir(folder) if not f.startswith("."))
        pat = re.compile(
            rf"^{PREFIX}{'c' if kind == 'clean' else ''}(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
        numbers = []
        for f in files:
            m = pat.match(f)
            if not m:
                err(os.path.join(folder, f), "bad file name")
                continue
            numbers.append(int(m.group(1)))
        if sorted(numbers) != list(range(1, n_expected + 1)):
            err(folder, f"expected numbers 1..{n_expected}, got {sorted(numbers)}")
        for f in files:
            path = os.path.join(folder, f)
            if "⟦" in f or "⟧" in f:
                err(path, "marker in file name")
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            if "\r" in text:
                err(path, "carriage return in file")
            found = check_markers(path, text)
            fm, body, _ = split_front_matter(path, text)
            if fm is None:
                continue
            check_front_matter(path, fm)
            words = len(strip_markers(body).split())
            word_counts[f] = words
            if not (MIN_WORDS <= words <= MAX_WORDS):
                err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
            check_domains(path, text)
            if kind == "clean":
                if found:
                    err(path, f"clean file has {len(found)} markers")
                continue
            c = Counter(cat for cat, _, _ in found)
            per_file[f] = c
            totals.update(c)
            if not found:
                err(path, "case file has no markers")
            for cat, span, lineno in found:
                if cat == "age":
                    v = age_value(span)
                    if v is None:
                        err(path, f"line {lineno}: cannot read marked age {span!r}")
                    elif v < 90:
                        err(path, f"line {lineno}: marked age {v} is under 90")
    print("Markers per file:")
    for f in sorted(per_file):
        c = per_file[f]
        detail = ", ".join(f"{k} {c[k]}" for k in CATEGORIES if c[k])
        print(f"  {f}: {sum(c.values())} ({word_counts.get(f)} words) — {detail}")
    print("Clean files:")
    for f in sorted(word_counts):
        if f.startswith(PREFIX + "c"):
            print(f"  {f}: {word_counts[f]} words")
    print("Markers per category:")
    for k in CATEGORIES:
        print(f"  {k:12} {totals[k]}")
        if totals[k] < MIN_PER_CAT:
            errors.append(f"category {k} has {totals[k]} markers (< {MIN_PER_CAT})")
    total = sum(totals.values())
    print(f"  {'TOTAL':12} {total}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
