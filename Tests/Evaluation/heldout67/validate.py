#!/usr/bin/env python3
"""Validate the heldout67 blind evaluation set for casebook's privacy rules.

Checks file names and counts, marker syntax, front matter, word counts,
marked ages, fictional e-mail/URL domains and the required totals.
Prints counts per category and per file; exits 0 when everything passes.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # PyYAML
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dr"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500
WRAP_COLUMNS = 80

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
FRONT_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
NO_MARKER_KEYS = {"authors", "author", "published", "references"}

MARKER = re.compile(r"⟦([^|⟦⟧\n]*)\|([^⟦⟧\n]*)⟧")
FICTIONAL_DOMAIN = re.compile(
    r"(^|\.)(example\.(org|com|net)|example|test|invalid)$", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.I)
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
AGE_PHRASE = re.compile(
    r"\b(\d{2,3})(?:\s*|-)(?:year|yr)s?(?:\s*|-)old\b|\baged\s+(\d{2,3})\b|"
    r"\b(\d{2,3})\s+years\s+of\s+age\b|\b(\d{2,3})[- ]?(?:jarige|años|anos|歳)",
    re.I)

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
AGE_WORDS = re.compile(r"\b(?:one hundred(?: and [a-z-]+)?|ninety(?:-[a-z]+)?)\b", re.I)


def words_to_number(text):
    """Parse simple English number words ('ninety-three', 'one hundred and one')."""
    total, current = 0, 0
    for w in re.split(r"[\s-]+", text.lower()):
        if w in ("and", ""):
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        else:
            return None
    return total + current


def age_value(text):
    nums = [int(x) for x in re.findall(r"\d+", text)]
    if nums:
        return max(nums)
    return words_to_number(text)


errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text, 0
    front = text[4:end + 1]
    body = text[end + 5:]
    return front, body, front.count("\n") + 2


def check_markers(path, text, counts):
    """Marker syntax; returns list of (category, text, line)."""
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not val or val != val.strip():
                err(path, f"line {lineno}: empty or padded marker text {val!r}")
            found.append((cat, val, lineno))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray or nested marker bracket: {line.strip()[:100]}")
    for cat, _, _ in found:
        counts[cat] += 1
    return found


def check_front(path, front, is_case):
    # markers in forbidden keys (raw, line based)
    key = None
    for lineno, line in enumerate(front.split("\n"), 2):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):", line)
        if m:
            key = m.group(1)
        if key in NO_MARKER_KEYS and "⟦" in line:
            err(path, f"front matter line {lineno}: marker inside '{key}'")
    if yaml is None:
        warn(path, "PyYAML not installed; front matter only checked line by line")
        return {}
    try:
        data = yaml.safe_load(strip_markers(front))
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse: {e}")
        return {}
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return {}
    for k in ("title", "summary", "tags", "status"):
        if k not in data or data[k] in (None, "", []):
            err(path, f"front matter missing {k!r}")
    if not isinstance(data.get("tags"), list) or not data.get("tags"):
        err(path, "tags must be a non-empty list")
    for k in FRONT_KEYS:
        if k not in data:
            err(path, f"front matter lacks key {k!r}")
    for k in data:
        if k not in FRONT_KEYS and k != "author":
            err(path, f"unknown front matter key {k!r}")
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    imgs = data.get("images") or []
    if not isinstance(imgs, list):
        err(path, "images must be a list")
    else:
        for im in imgs:
            if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                err(path, f"image entry lacks file/alt: {im!r}")
    refs = data.get("references")
    if not isinstance(refs, list) or not refs:
        err(path, "references must be a non-empty list")
    age = str(data.get("age", ""))
    if not re.fullmatch(r"\d0s|\d{1,2}-\d{1,2}|90\+|\d0-\d9", age):
        err(path, f"age {age!r} is not an age band")
    return data


def check_domains(path, text):
    for m in EMAIL.finditer(text):
        if not FICTIONAL_DOMAIN.search(m.group(1)):
            err(path, f"e-mail with non-fictional domain: {m.group(0)}")
    for m in URL.finditer(text):
        host = m.group(1)
        if not FICTIONAL_DOMAIN.search(host):
            err(path, f"URL with non-fictional domain: {m.group(0)}")


def unmarked_checks(path, text, body, is_case):
    """Heuristics for identifiers left unmarked (errors for clear cases)."""
    plain = MARKER.sub(" ", text)
    plain_body = MARKER.sub(" ", body)
    for m in EMAIL.finditer(plain):
        err(path, f"unmarked e-mail address: {m.group(0)}")
    for m in IPV4.finditer(plain):
        err(path, f"unmarked IPv4-like address: {m.group(0)}")
    for m in AGE_PHRASE.finditer(plain):
        n = next(int(g) for g in m.groups() if g)
        if n >= 90:
            err(path, f"unmarked age of 90 or more: {m.group(0)!r}")
    for m in AGE_WORDS.finditer(plain):
        n = words_to_number(m.group(0))
        if n is not None and n >= 90:
            err(path, f"unmarked age in words of 90 or more: {m.group(0)!r}")
    if is_case:
        for m in re.finditer(r"https?://\S+", plain_body):
            warn(path, f"unmarked URL (check it does not point to the patient): {m.group(0)}")
        for m in re.finditer(r"(?<![\w.:/-])\d[\d \-]{7,}\d(?![\w.])", plain_body):
            warn(path, f"long unmarked digit run: {m.group(0)!r}")


def words(text):
    return len(strip_markers(text).split())


def check_file(path, is_case, counts):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        err(path, "CR characters")
    file_counts = Counter()
    found = check_markers(path, text, file_counts)
    front, body, body_start = split_front(path, text)
    if front is not None:
        check_front(path, front, is_case)
    n_words = words(body)
    if not (MIN_WORDS <= n_words <= MAX_WORDS):
        err(path, f"body has {n_words} words (want {MIN_WORDS}-{MAX_WORDS})")
    for cat, val, lineno in found:
        if cat == "age":
            n = age_value(val)
            if n is None or n < 90:
                err(path, f"line {lineno}: marked age {val!r} is not an age of 90 or more")
        if cat == "email" and not EMAIL.search(val):
            err(path, f"line {lineno}: email marker without an address: {val!r}")
        if cat == "ip" and not (IPV4.search(val) or ":" in val):
            err(path, f"line {lineno}: ip marker without an address: {val!r}")
    check_domains(path, text)
    unmarked_checks(path, text, body, is_case)
    if is_case and not found:
        err(path, "case file has no markers")
    if not is_case and (found or "⟦" in text or "⟧" in text):
        err(path, "clean file contains markers")
    body_lines = [l for l in body.split("\n") if l.strip()
                  and not l.lstrip().startswith(("|", "```", "<!--"))]
    # a marker is never split across lines, so measure lines with markers collapsed
    wrapped = bool(body_lines) and max(len(MARKER.sub("X", l)) for l in body_lines) <= WRAP_COLUMNS + 10
    counts.update(file_counts)
    return sum(file_counts.values()), n_words, wrapped, file_counts


def main():
    counts = Counter()
    total = 0
    rows = []
    wrapped_files = 0
    for sub, is_case, n, pat in (
            ("cases", True, N_CASES, rf"{PREFIX}(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md"),
            ("clean", False, N_CLEAN, rf"{PREFIX}c(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md")):
        d = os.path.join(HERE, sub)
        names = sorted(os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for name in names:
            p = os.path.join(d, name)
            m = re.fullmatch(pat, name)
            if not m:
                err(p, "bad file name")
                continue
            if "⟦" in name or "⟧" in name:
                err(p, "marker in file name")
            nums.append(int(m.group(1)))
            k, w, wr, fc = check_file(p, is_case, counts)
            wrapped_files += wr
            total += k
            rows.append((f"{sub}/{name}", k, w, wr, fc))
        if sorted(nums) != list(range(1, n + 1)):
            err(d, f"expected numbers 001..{n:03d}, got {sorted(nums)}")
    print("Per file (markers, words, hard-wrapped):")
    for name, k, w, wr, fc in rows:
        cats = ", ".join(f"{c}={fc[c]}" for c in CATEGORIES if fc[c])
        print(f"  {name:55s} {k:3d} {w:5d} {'wrapped' if wr else '       '}  {cats}")
    print("\nPer category:")
    for c in CATEGORIES:
        flag = "" if counts[c] >= MIN_PER_CATEGORY else "   <-- below minimum"
        print(f"  {c:12s} {counts[c]:4d}{flag}")
        if counts[c] < MIN_PER_CATEGORY:
            errors.append(f"category {c} has {counts[c]} markers (< {MIN_PER_CATEGORY})")
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_MARKERS:
        errors.append(f"only {total} markers (< {MIN_MARKERS})")
    n_files = N_CASES + N_CLEAN
    print(f"\nHard-wrapped files: {wrapped_files}/{n_files}")
    if not (n_files // 4 <= wrapped_files <= n_files // 2):
        errors.append(f"{wrapped_files} hard-wrapped files; want about a third")
    if warnings:
        print(f"\n{len(warnings)} warning(s):")
        for w in warnings:
            print("  WARN", w)
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  ERROR", e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
