#!/usr/bin/env python3
"""Validate the heldout53 blind privacy evaluation set.

Checks file names and counts, marker syntax, front matter, forbidden marker
locations, clean files, body word counts, marked ages, fictional e-mail and
URL domains and the per-category totals.  Exits 0 when everything passes.
Python 3 standard library; PyYAML is used when it is installed.
"""
import os
import re
import sys
from collections import Counter, defaultdict

SET_NAME = "heldout53"
PREFIX = "dd"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500
CATEGORIES = ["name", "initials", "relative", "date", "age", "location", "postal-code",
              "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"]
REQUIRED_KEYS = ["title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
                 "diagnosis", "certainty", "authors", "published", "status", "license",
                 "consent", "quiz", "images", "references"]
FORBIDDEN_KEYS = {"authors", "author", "published", "references"}
MARKER = re.compile(r"⟦([^⟦⟧|\n]+)\|([^⟦⟧\n]+)⟧")
NUMBER_WORDS = {
    "ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
    "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98,
    "ninety-nine": 99, "one hundred": 100, "hundred": 100, "a hundred": 100,
    "one hundred and one": 101, "one hundred and two": 102, "one hundred and three": 103,
}
FICTIONAL_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
FICTIONAL_DOMAINS = ("example.org", "example.com", "example.net", "example")

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with YAML front matter")
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
        except yaml.YAMLError as exc:
            err(path, f"front matter does not parse: {exc}")
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


def check_markers(path, text):
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        spans = list(MARKER.finditer(line))
        for m in spans:
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if val != val.strip() or not val.strip():
                err(path, f"line {lineno}: marker text has surrounding spaces or is empty: {val!r}")
            found.append((cat, val, lineno))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray, nested or multi-line marker bracket: {line.strip()[:100]!r}")
    return found


def age_value(val):
    v = val.lower().strip()
    m = re.search(r"\d+", v)
    if m:
        return int(m.group(0))
    for words, num in sorted(NUMBER_WORDS.items(), key=lambda kv: -len(kv[0])):
        if words in v:
            return num
    return None


def check_domains(path, text):
    plain = strip_markers(text)
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", plain):
        dom = m.group(1).lower().rstrip(".")
        if not (dom in FICTIONAL_DOMAINS or dom.endswith(FICTIONAL_SUFFIXES)
                or any(dom.endswith("." + d) for d in FICTIONAL_DOMAINS)):
            err(path, f"e-mail with a non-fictional domain: {m.group(0)}")
    for m in re.finditer(r"\b(?:https?|ftp)://([^/\s)\]>\"'`]+)", plain, re.I):
        dom = m.group(1).lower().split("@")[-1].split(":")[0].rstrip(".")
        if not (dom in FICTIONAL_DOMAINS or dom.endswith(FICTIONAL_SUFFIXES)
                or any(dom.endswith("." + d) for d in FICTIONAL_DOMAINS)):
            err(path, f"URL with a non-fictional domain: {m.group(0)}")
    for m in re.finditer(r"\bwww\.([A-Za-z0-9.-]+)", plain):
        dom = ("www." + m.group(1)).lower().rstrip(".")
        if not (dom.endswith(FICTIONAL_SUFFIXES) or any(dom.endswith("." + d) for d in FICTIONAL_DOMAINS)):
            err(path, f"web address with a non-fictional domain: {m.group(0)}")


def forbidden_key_markers(path, fm):
    current = None
    for lineno, line in enumerate(fm.splitlines(), 2):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
        if current in FORBIDDEN_KEYS and "⟦" in line:
            err(path, f"line {lineno}: marker inside {current!r}, which must never be marked")


def is_wrapped(body):
    lines = [l for l in body.split("\n") if l.strip() and not l.lstrip().startswith("|")]
    return bool(lines) and max(len(strip_markers(l)) for l in lines) <= 90


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    markers = check_markers(path, text)
    if clean and markers:
        err(path, f"clean file contains {len(markers)} marker(s)")
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return markers, 0, False
    forbidden_key_markers(path, fm)
    data = parse_yaml(path, strip_markers(fm))
    if data is not None:
        for key in REQUIRED_KEYS:
            if key not in data:
                err(path, f"front matter lacks {key!r}")
        if yaml is not None:
            for key in ("title", "summary"):
                if key in data and not (isinstance(data[key], str) and data[key].strip()):
                    err(path, f"{key!r} must be a non-empty string")
            tags = data.get("tags")
            if not (isinstance(tags, list) and tags):
                err(path, "'tags' must be a non-empty list")
            if data.get("status") != "published":
                err(path, "'status' must be 'published'")
            age = str(data.get("age", ""))
            if not re.fullmatch(r"\d{1,2}s|\d{1,2}-\d{1,2}|90\+|\d{1,2}\+?", age):
                err(path, f"'age' is not an age band: {age!r}")
            images = data.get("images")
            if not isinstance(images, list):
                err(path, "'images' must be a list")
            else:
                for img in images:
                    if not (isinstance(img, dict) and img.get("file") and img.get("alt")):
                        err(path, f"image entry lacks file or alt: {img!r}")
            refs = data.get("references")
            if not isinstance(refs, list):
                err(path, "'references' must be a list")
    words = len(strip_markers(body).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    for cat, val, lineno in markers:
        if cat == "age":
            n = age_value(val)
            if n is None or n < 90:
                err(path, f"line {lineno}: marked age {val!r} is not 90 or more")
    check_domains(path, text)
    base = os.path.basename(path).lower()
    for cat, val, _ in markers:
        slug = re.sub(r"[^a-z0-9]+", "-", val.lower()).strip("-")
        if len(slug) >= 4 and slug in base:
            err(path, f"file name contains an identifier ({val!r})")
    return markers, words, is_wrapped(body)


def main():
    per_cat = Counter()
    per_file = {}
    wrapped = 0
    total_files = 0
    for sub, clean, pat, n in (("cases", False, rf"^{PREFIX}(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$", N_CASES),
                               ("clean", True, rf"^{PREFIX}c(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$", N_CLEAN)):
        folder = os.path.join(HERE, sub)
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        numbers = []
        for name in names:
            m = re.match(pat, name)
            if not m:
                err(os.path.join(folder, name), "bad file name")
                continue
            numbers.append(int(m.group(1)))
        if sorted(numbers) != list(range(1, n + 1)):
            err(folder, f"expected files numbered 001-{n:03d}, found {sorted(numbers)}")
        for name in names:
            if not name.endswith(".md"):
                continue
            path = os.path.join(folder, name)
            markers, words, wr = check_file(path, clean)
            total_files += 1
            wrapped += wr
            c = Counter(cat for cat, _, _ in markers)
            per_file[f"{sub}/{name}"] = (len(markers), words, wr, c)
            if not clean:
                per_cat.update(c)
    total = sum(per_cat.values())
    if total < MIN_MARKERS:
        err(HERE, f"only {total} markers (want at least {MIN_MARKERS})")
    for cat in CATEGORIES:
        if per_cat[cat] < MIN_PER_CATEGORY:
            err(HERE, f"category {cat!r} has {per_cat[cat]} markers (want at least {MIN_PER_CATEGORY})")

    print(f"Set: {SET_NAME}")
    print("Per file (markers, words, hard-wrapped):")
    for name, (n, words, wr, c) in per_file.items():
        detail = ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
        print(f"  {name:60s} {n:4d} {words:5d} {'wrapped' if wr else '':7s} {detail}")
    print("Per category:")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {per_cat[cat]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"Hard-wrapped files: {wrapped} of {total_files}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
