#!/usr/bin/env python3
"""Validate the blind privacy evaluation set in this folder.

Checks file names and counts, marker syntax, front matter, word counts,
marked ages, fictional e-mail/URL domains and the category totals.
Exits 0 when everything passes.  Python 3 standard library (+ PyYAML if
installed).
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dx"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500
MIN_WRAPPED = 12          # "about a third" of 42 files
WRAP_COLS = 80

CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
EXPECTED_KEYS = ["title", "summary", "tags", "specialty", "system", "modality",
                 "age", "sex", "diagnosis", "certainty", "authors", "published",
                 "status", "license", "consent", "quiz", "images", "references"]
NO_MARKER_KEYS = ["authors", "author", "published", "references"]

MARKER_RE = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
FICTIONAL_SUFFIXES = (".example", ".test", ".invalid", "example.org",
                      "example.com", "example.net")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"\b(?:https?|ftp)://([^/\s:⟧)\]\"'>|]+)", re.I)
WWW_RE = re.compile(r"(?<![/\w.@-])www\.([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
AGE_WORDS = ("ninet", "noventa", "novanta", "quatre-vingt-di", "hundred",
             "centenar")

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def domain_ok(host):
    host = host.lower().rstrip(".")
    return any(host == s.lstrip(".") or host.endswith(s if s.startswith(".") else "." + s)
               or host == s for s in FICTIONAL_SUFFIXES)


def check_markers(path, text, counts, clean):
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER_RE.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not val.strip():
                err(path, f"line {lineno}: empty marker text")
            elif val != val.strip():
                err(path, f"line {lineno}: marker text has surrounding spaces: {val!r}")
            if "|" in val:
                err(path, f"line {lineno}: '|' inside marker text: {val!r}")
            if clean:
                err(path, f"line {lineno}: marker in a clean file: {m.group(0)}")
            if cat == "age":
                digits = re.findall(r"\d+", val)
                if digits:
                    if int(digits[0]) < 90:
                        err(path, f"line {lineno}: marked age below 90: {val!r}")
                elif not any(w in val.lower() for w in AGE_WORDS):
                    err(path, f"line {lineno}: cannot read marked age: {val!r}")
            counts[cat] += 1
        rest = MARKER_RE.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray, nested or multi-line marker bracket: {line.strip()[:90]!r}")


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with '---' front matter")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


def walk_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk_strings(k)
            yield from walk_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk_strings(v)


def check_front_matter(path, fm):
    plain = strip_markers(fm)
    if yaml is None:
        for key in REQUIRED_KEYS:
            if not re.search(rf"^{key}:", plain, re.M):
                err(path, f"front matter lacks {key}")
        return
    try:
        data = yaml.safe_load(plain)
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse (markers removed): {e}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for key in REQUIRED_KEYS:
        if key not in data or data[key] in (None, "", []):
            err(path, f"front matter lacks {key}")
    if not isinstance(data.get("tags"), list) or not data.get("tags"):
        err(path, "tags must be a non-empty list")
    for key in EXPECTED_KEYS:
        if key not in data and not (key == "authors" and "author" in data):
            err(path, f"front matter lacks expected key {key}")
    for key in data:
        if key not in EXPECTED_KEYS and key != "author":
            err(path, f"unknown front matter key {key}")
    if data.get("status") != "published":
        err(path, "status is not 'published'")
    age = str(data.get("age", ""))
    if not re.fullmatch(r"\d{1,2}-\d{1,2}|\d0s|90\+", age):
        err(path, f"age is not an age band: {age!r}")
    imgs = data.get("images") or []
    if not isinstance(imgs, list):
        err(path, "images must be a list")
    else:
        for im in imgs:
            if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                err(path, "each image needs file and alt")
    refs = data.get("references")
    if refs is not None and not (isinstance(refs, list) and all(isinstance(r, str) for r in refs)):
        err(path, "references must be a list of strings")
    # markers must not sit in authors/author/published/references: parse with
    # placeholders to see where the markers are.
    ph = {}

    def repl(m):
        tok = f"QQMARKER{len(ph):04d}QQ"
        ph[tok] = m.group(0)
        return tok
    tagged = MARKER_RE.sub(repl, fm)
    try:
        tdata = yaml.safe_load(tagged)
    except yaml.YAMLError:
        tdata = None
    if isinstance(tdata, dict):
        for key in NO_MARKER_KEYS:
            if key in tdata:
                for s in walk_strings(tdata[key]):
                    if "QQMARKER" in s:
                        err(path, f"marker inside {key}")
                if "QQMARKER" in str(tdata[key]):
                    err(path, f"marker inside {key}")
    else:
        # fall back to a line-based check
        for line in fm.split("\n"):
            if re.match(r"^(authors|author|published|references)\s*:", line) and "⟦" in line:
                err(path, "marker inside a no-marker key")


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL_RE.finditer(plain):
        if not domain_ok(m.group(1)):
            err(path, f"e-mail with a non-fictional domain: {m.group(0)}")
    for m in URL_RE.finditer(plain):
        if not domain_ok(m.group(1)):
            err(path, f"URL with a non-fictional domain: {m.group(0)}")
    for m in WWW_RE.finditer(plain):
        if not domain_ok("www." + m.group(1)):
            err(path, f"web address with a non-fictional domain: {m.group(0)}")


def is_wrapped(body):
    """Hard-wrapped: prose lines (outside tables and fenced code) stay within
    ~80 columns, allowing at most two over-long lines (unbreakable URLs)."""
    prose, fence = [], False
    for l in body.split("\n"):
        if l.startswith("```"):
            fence = not fence
            continue
        if fence or not l.strip() or l.lstrip().startswith("|"):
            continue
        prose.append(l)
    if len(prose) < 10:
        return False
    long_lines = [l for l in prose if len(strip_markers(l)) > WRAP_COLS + 5]
    return len(long_lines) <= 2


def main():
    cases_dir = os.path.join(ROOT, "cases")
    clean_dir = os.path.join(ROOT, "clean")
    totals = Counter()
    per_file = {}
    wrapped = 0
    words_by_file = {}
    seen = defaultdict(list)
    for sub, pat, n, clean in (
            (cases_dir, rf"{PREFIX}(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md", N_CASES, False),
            (clean_dir, rf"{PREFIX}c(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md", N_CLEAN, True)):
        if not os.path.isdir(sub):
            err(sub, "missing folder")
            continue
        names = sorted(os.listdir(sub))
        nums = []
        for name in names:
            path = os.path.join(sub, name)
            m = re.fullmatch(pat, name)
            if not m:
                err(path, "bad file name")
                continue
            if "⟦" in name or "⟧" in name:
                err(path, "marker in file name")
            nums.append(int(m.group(1)))
            with open(path, encoding="utf-8") as f:
                text = f.read()
            counts = Counter()
            check_markers(path, text, counts, clean)
            fm, body = split_front_matter(path, text)
            if fm is not None:
                check_front_matter(path, fm)
            check_domains(path, text)
            words = len(strip_markers(body).split())
            words_by_file[name] = words
            if not (MIN_WORDS <= words <= MAX_WORDS):
                err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
            if is_wrapped(body):
                wrapped += 1
            per_file[name] = counts
            totals.update(counts)
            seen[sub].append(name)
        want = list(range(1, n + 1))
        if sorted(nums) != want:
            err(sub, f"expected numbers 001..{n:03d}, found {sorted(nums)}")
    case_total = sum(sum(per_file[f].values()) for f in seen[cases_dir])
    print("Markers per category (cases):")
    for cat in CATEGORIES:
        flag = "" if totals[cat] >= MIN_PER_CATEGORY else "   <-- below minimum"
        print(f"  {cat:12s} {totals[cat]:4d}{flag}")
        if totals[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat}: {totals[cat]} markers (< {MIN_PER_CATEGORY})")
    print(f"  {'TOTAL':12s} {case_total:4d}")
    if case_total < MIN_MARKERS:
        errors.append(f"only {case_total} markers (< {MIN_MARKERS})")
    print("\nPer file (markers, words):")
    for sub in (cases_dir, clean_dir):
        for name in sorted(seen[sub]):
            c = per_file[name]
            detail = ", ".join(f"{k}:{v}" for k, v in sorted(c.items()))
            print(f"  {name:55s} {sum(c.values()):3d}  {words_by_file[name]:5d}w  {detail}")
    print(f"\nHard-wrapped files: {wrapped}")
    if wrapped < MIN_WRAPPED:
        errors.append(f"only {wrapped} hard-wrapped files (< {MIN_WRAPPED})")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  ERROR:", e)
        return 1
    print("\nOK: all checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
