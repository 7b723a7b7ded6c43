#!/usr/bin/env python3
"""Validate the heldout79 blind evaluation set (prefix 'ed').

Checks file names and counts, marker syntax, front matter, word counts,
fictional e-mail / URL hosts, and prints totals per category.
Exit code 0 when everything passes, 1 otherwise.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # optional
except Exception:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "ed"
N_CASES = 30
N_CLEAN = 12
MIN_WORDS, MAX_WORDS = 500, 1500
MIN_TOTAL, MAX_TOTAL = 700, 900
MIN_PER_CAT = 10

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
NO_MARKER_KEYS = {"authors", "author", "published", "references"}
SEX = {"female", "male", "other", "not-stated"}
CERTAINTY = {"possible", "probable", "almost-certain", "certain"}
STATUS = {"draft", "review", "published"}
CONSENT = {"obtained", "not-required"}
AGE_BAND = re.compile(r"^(?:\d{1,2}-\d{1,2}|\d0s|90\+)$")

MARKER = re.compile(r"⟦([^⟦⟧|\n]+)\|([^⟦⟧\n]+)⟧")
FICTIONAL_HOST = re.compile(
    r"(?:^|\.)(?:example\.(?:org|com|net))$|\.(?:test|invalid|example)$|^(?:test|invalid|example)$",
    re.I,
)
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL = re.compile(r"\b(?:https?|ftp)://([^/\s:)\]>\"'`]+)", re.I)
WWW = re.compile(r"(?<![/@\w.])www\.([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", re.I)

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with front matter '---'")
        return None, text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def top_level_blocks(fm):
    """Map top-level key -> list of (line_no, line) belonging to it."""
    blocks = {}
    current = None
    for i, line in enumerate(fm.split("\n"), start=2):
        m = re.match(r"^([A-Za-z_][\w-]*):(?:\s|$)", line)
        if m:
            current = m.group(1)
            blocks.setdefault(current, []).append((i, line))
        elif current is not None:
            blocks[current].append((i, line))
    return blocks


def check_markers(path, text, clean):
    counts = Counter()
    for ln, line in enumerate(text.split("\n"), start=1):
        matches = list(MARKER.finditer(line))
        # remove well-formed markers, then look for leftovers
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {ln}: malformed, unclosed or nested marker: {line.strip()[:120]}")
        for m in matches:
            cat, val = m.group(1), m.group(2)
            if clean:
                err(path, f"line {ln}: marker in clean file: {m.group(0)}")
                continue
            if cat not in CATEGORIES:
                err(path, f"line {ln}: unknown category '{cat}'")
                continue
            if val != val.strip() or not val.strip():
                err(path, f"line {ln}: marker text has surrounding whitespace or is empty: {m.group(0)}")
            counts[cat] += 1
    return counts


def check_front_matter(path, fm, clean):
    blocks = top_level_blocks(fm)
    for key in REQUIRED_KEYS:
        if key not in blocks:
            err(path, f"front matter missing key '{key}'")
    for key, lines in blocks.items():
        if key in NO_MARKER_KEYS:
            for ln, line in lines:
                if "⟦" in line or "⟧" in line:
                    err(path, f"line {ln}: marker inside '{key}' (never marked)")
    data = None
    if yaml is not None:
        try:
            data = yaml.safe_load(strip_markers(fm))
        except Exception as e:  # noqa: BLE001
            err(path, f"front matter is not valid YAML: {e}")
            return
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return
        if not isinstance(data.get("tags"), list) or not data.get("tags"):
            err(path, "tags must be a non-empty list")
        for k in ("system", "modality", "authors", "references", "images"):
            if k in data and not isinstance(data[k], list):
                err(path, f"'{k}' must be a list")
        if str(data.get("sex")) not in SEX:
            err(path, f"bad sex value {data.get('sex')!r}")
        if str(data.get("certainty")) not in CERTAINTY:
            err(path, f"bad certainty value {data.get('certainty')!r}")
        if str(data.get("status")) not in STATUS:
            err(path, f"bad status value {data.get('status')!r}")
        if str(data.get("consent")) not in CONSENT:
            err(path, f"bad consent value {data.get('consent')!r}")
        if not AGE_BAND.match(str(data.get("age"))):
            err(path, f"bad age band {data.get('age')!r}")
        if not isinstance(data.get("quiz"), bool):
            err(path, "quiz must be a boolean")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                err(path, f"image entry needs file and alt: {img!r}")
                continue
            for a in img.get("annotations") or []:
                if not isinstance(a, dict) or not {"x", "y", "label"} <= set(a):
                    err(path, f"annotation needs x, y, label: {a!r}")


def check_hosts(path, text):
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        host = m.group(1).rstrip(".")
        if not FICTIONAL_HOST.search(host):
            err(path, f"non-fictional e-mail host: {m.group(0)}")
    for rx in (URL, WWW):
        for m in rx.finditer(plain):
            host = m.group(1).rstrip(".").lower()
            if rx is WWW:
                host = "www." + host
            if re.fullmatch(r"[\d.]+", host) or host.startswith("["):
                continue  # literal IP host
            if not FICTIONAL_HOST.search(host):
                err(path, f"non-fictional URL host: {m.group(0)}")


def check_dir(sub, pattern, expected, clean):
    folder = os.path.join(HERE, sub)
    totals = Counter()
    if not os.path.isdir(folder):
        err(folder, "missing folder")
        return totals
    files = sorted(f for f in os.listdir(folder) if not f.startswith("."))
    numbers = []
    for f in files:
        m = re.fullmatch(pattern, f)
        if not m:
            err(os.path.join(folder, f), "bad file name")
            continue
        numbers.append(int(m.group(1)))
    if sorted(numbers) != list(range(1, expected + 1)):
        err(folder, f"expected files numbered 001..{expected:03d}, found {sorted(numbers)}")
    for f in files:
        path = os.path.join(folder, f)
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        fm, body, _ = split_front_matter(path, text)
        counts = check_markers(path, text, clean)
        if fm is not None:
            check_front_matter(path, fm, clean)
        words = len(strip_markers(text).split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(path, f"word count {words} outside {MIN_WORDS}-{MAX_WORDS}")
        check_hosts(path, text)
        if not clean and sum(counts.values()) == 0:
            err(path, "case without any marker")
        totals.update(counts)
        print(f"  {sub}/{f}: {words} words, {sum(counts.values())} markers")
    return totals


def main():
    print("cases:")
    totals = check_dir("cases", rf"{PREFIX}(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md", N_CASES, False)
    print("clean:")
    check_dir("clean", rf"{PREFIX}c(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md", N_CLEAN, True)
    print("\nTotals per category:")
    for cat in CATEGORIES:
        n = totals.get(cat, 0)
        print(f"  {cat:12s} {n:4d}")
        if n < MIN_PER_CAT:
            err(HERE, f"category '{cat}' has {n} markers (< {MIN_PER_CAT})")
    total = sum(totals.values())
    print(f"  {'TOTAL':12s} {total:4d}")
    if not MIN_TOTAL <= total <= MAX_TOTAL:
        err(HERE, f"total markers {total} outside {MIN_TOTAL}-{MAX_TOTAL}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
