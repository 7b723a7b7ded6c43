#!/usr/bin/env python3
"""Validator for the heldout51 blind evaluation set (prefix db).

Checks file names and counts, front matter (after markers are removed),
marker syntax and categories, forbidden marker locations, body length,
and the totals per category. Exit status 0 when everything passes.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CLEAN = os.path.join(HERE, "clean")

CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
MIN_TOTAL = 380
MIN_PER_CATEGORY = 8
N_CASES = 30
N_CLEAN = 12
MIN_WORDS, MAX_WORDS = 500, 1500
FORBIDDEN_KEYS = {"authors", "author", "published", "references"}

CASE_RE = re.compile(r"^db(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
CLEAN_RE = re.compile(r"^dbc(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
MARKER_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧]*)⟧")

try:
    import yaml  # optional
except ImportError:  # pragma: no cover
    yaml = None

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def split_front_matter(text):
    """Return (front_matter, body, fm_start_line) or None."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), 1
    return None


def minimal_yaml_keys(fm):
    """Fallback when PyYAML is missing: top-level keys and crude values."""
    data = {}
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):\s*(.*)$", line)
        if m:
            data[m.group(1)] = m.group(2).strip() or "<block>"
    return data


def check_front_matter(path, fm_clean):
    if yaml is not None:
        try:
            data = yaml.safe_load(fm_clean)
        except yaml.YAMLError as e:
            err(path, f"front matter is not valid YAML: {e}")
            return None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return None
    else:
        data = minimal_yaml_keys(fm_clean)
    for key in ("title", "summary", "tags", "status"):
        if key not in data or data[key] in (None, "", []):
            err(path, f"front matter lacks required key '{key}'")
    if yaml is not None:
        if "tags" in data and not (isinstance(data["tags"], list) and data["tags"]):
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status must be 'published'")
        age = data.get("age")
        if age is not None and not re.fullmatch(r"(\d0s|\d{1,2}-\d{1,2}|90\+|<1|infant|neonate)", str(age)):
            err(path, f"age '{age}' is not a band")
        imgs = data.get("images") or []
        for im in imgs:
            if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                err(path, "every image needs file and alt")
    return data


def forbidden_marker_lines(path, fm_raw):
    current = None
    for n, line in enumerate(fm_raw.split("\n"), start=2):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):", line)
        if m:
            current = m.group(1)
        if current in FORBIDDEN_KEYS and ("⟦" in line or "⟧" in line):
            err(path, f"line {n}: marker inside '{current}'")


def check_markers(path, text):
    found = []
    for m in MARKER_RE.finditer(text):
        cat, val = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: unknown category '{cat}'")
            continue
        if not val or val != val.strip():
            err(path, f"line {line}: empty or padded marker text '{val}'")
        if "\n" in val:
            err(path, f"line {line}: marker spans lines")
        found.append((cat, val, line))
    rest = MARKER_RE.sub("", text)
    for ch in "⟦⟧":
        if ch in rest:
            line = text.count("\n", 0, text.index(ch)) + 1
            err(path, f"stray '{ch}' (malformed marker) near line {line}")
    return found


def unmarked_repeats(path, text, found):
    """Warn when a marked string also appears unmarked (outside allowed keys)."""
    holed = MARKER_RE.sub("\u2591", text)
    fm = split_front_matter(holed)
    lines = holed.split("\n")
    allowed = set()
    if fm:
        current = None
        for n, line in enumerate(lines[1:], start=1):
            if line.strip() == "---":
                break
            m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):", line)
            if m:
                current = m.group(1)
            if current in FORBIDDEN_KEYS:
                allowed.add(n)
    seen = set()
    for cat, val, _ in found:
        if cat == "age" or (cat, val) in seen or len(val) < 2:
            continue
        seen.add((cat, val))
        pat = re.compile(r"(?<![\w])" + re.escape(val) + r"(?![\w])")
        for n, line in enumerate(lines):
            if n in allowed:
                continue
            if pat.search(line):
                warn(path, f"line {n + 1}: '{val}' ({cat}) also appears unmarked")


def body_words(body):
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    return len(re.findall(r"\S+", body))


def is_wrapped(body):
    lines = [l for l in body.split("\n") if l.strip() and not l.lstrip().startswith("|")]
    return bool(lines) and max(len(l) for l in lines) <= 90


def list_dir(folder, rx, expected, label):
    if not os.path.isdir(folder):
        err(folder, "missing folder")
        return []
    names = sorted(os.listdir(folder))
    good = []
    numbers = []
    for name in names:
        m = rx.match(name)
        if not m:
            err(os.path.join(folder, name), f"bad {label} file name")
            continue
        good.append(name)
        numbers.append(int(m.group(1)))
    if sorted(numbers) != list(range(1, expected + 1)):
        err(folder, f"expected {label} numbers 1..{expected}, got {sorted(numbers)}")
    return good


def main():
    totals = Counter()
    per_file = {}
    wrapped = 0
    case_files = list_dir(CASES, CASE_RE, N_CASES, "case")
    clean_files = list_dir(CLEAN, CLEAN_RE, N_CLEAN, "clean")

    for name in case_files:
        path = os.path.join(CASES, name)
        text = open(path, encoding="utf-8").read()
        found = check_markers(path, text)
        parts = split_front_matter(text)
        if not parts:
            err(path, "no front matter")
            continue
        fm_raw, body_raw, _ = parts
        forbidden_marker_lines(path, fm_raw)
        clean_text = strip_markers(text)
        fm_clean, body_clean, _ = split_front_matter(clean_text)
        check_front_matter(path, fm_clean)
        w = body_words(body_clean)
        if not MIN_WORDS <= w <= MAX_WORDS:
            err(path, f"body has {w} words (want {MIN_WORDS}-{MAX_WORDS})")
        if is_wrapped(body_clean):
            wrapped += 1
        c = Counter(cat for cat, _, _ in found)
        per_file[name] = (sum(c.values()), w, c)
        totals.update(c)
        unmarked_repeats(path, text, found)

    for name in clean_files:
        path = os.path.join(CLEAN, name)
        text = open(path, encoding="utf-8").read()
        if "⟦" in text or "⟧" in text:
            err(path, "clean case contains a marker")
        parts = split_front_matter(text)
        if not parts:
            err(path, "no front matter")
            continue
        fm, body, _ = parts
        check_front_matter(path, fm)
        w = body_words(body)
        if not MIN_WORDS <= w <= MAX_WORDS:
            err(path, f"body has {w} words (want {MIN_WORDS}-{MAX_WORDS})")
        if is_wrapped(body):
            wrapped += 1

    total = sum(totals.values())
    print("per file (markers, body words):")
    for name, (n, w, c) in per_file.items():
        print(f"  {name:60s} {n:4d} {w:5d}  " + " ".join(f"{k}={v}" for k, v in sorted(c.items())))
    print("\nper category:")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {totals[cat]:4d}")
        if totals[cat] < MIN_PER_CATEGORY:
            err(HERE, f"category '{cat}' has {totals[cat]} markers (< {MIN_PER_CATEGORY})")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"\nhard-wrapped files: {wrapped} of {len(case_files) + len(clean_files)}")
    if total < MIN_TOTAL:
        err(HERE, f"only {total} markers (< {MIN_TOTAL})")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("\nOK" if not errors else f"\nFAILED with {len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
