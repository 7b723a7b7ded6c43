#!/usr/bin/env python3
"""Validate the heldout60 blind evaluation set (prefix dk).

Checks file names and counts, marker syntax, front matter, clean files,
body word counts, marked ages, fictional e-mail/URL domains and totals.
Prints counts per category and per file; exits 0 when everything passes.
Python 3 standard library only; uses PyYAML when it is installed.
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dk"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500
MIN_WRAPPED = 12  # "about a third" of the 42 files
WRAP_COLS = 80

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
EXPECTED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
FORBIDDEN_MARKER_KEYS = {"authors", "author", "published", "references"}
FICTIONAL_SUFFIXES = (
    "example.org", "example.com", "example.net", "example", "test", "invalid",
)

OPEN, CLOSE = "\u27e6", "\u27e7"
MARKER_RE = re.compile(OPEN + r"([^" + OPEN + CLOSE + r"|\n]*)\|([^" + OPEN + CLOSE + r"\n]*)" + CLOSE)
SLUG_CASE_RE = re.compile(r"^%s(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
SLUG_CLEAN_RE = re.compile(r"^%sc(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"\b(?:https?|ftp)://([^/\s)\]>\"'`" + CLOSE + r"]+)", re.I)
WWW_RE = re.compile(r"(?<![\w./@])www\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.I)
AGE_BAND_RE = re.compile(r"^(\d{1,2}-\d{1,2}|\d0s|90\+|not-stated)$")

NUMBER_WORDS = {
    "ninety": 90, "hundred": 100, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        err(path, "no front matter opening '---'")
        return None, text, 0
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 1
    err(path, "front matter not closed")
    return None, text, 0


def parse_age(text):
    digits = re.findall(r"\d+", text)
    if digits:
        return int(digits[0])
    words = re.findall(r"[a-z]+", text.lower())
    total, seen = 0, False
    for w in words:
        if w == "hundred":
            total = (total or 1) * 100
            seen = True
        elif w in NUMBER_WORDS:
            total += NUMBER_WORDS[w]
            seen = True
    return total if seen else None


def domain_ok(host):
    host = host.lower().rstrip(".").split(":")[0]
    return any(host == s or host.endswith("." + s) for s in FICTIONAL_SUFFIXES)


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL_RE.finditer(plain):
        if not domain_ok(m.group(1)):
            err(path, "e-mail with non-fictional domain: %s" % m.group(0))
    for m in URL_RE.finditer(plain):
        if not domain_ok(m.group(1)):
            err(path, "URL with non-fictional domain: %s" % m.group(0))
    for m in WWW_RE.finditer(plain):
        if not domain_ok(m.group(1)):
            err(path, "www address with non-fictional domain: %s" % m.group(0))


def check_markers(path, text, is_clean):
    found = []
    if is_clean:
        if OPEN in text or CLOSE in text:
            err(path, "clean file contains marker brackets")
        return found
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER_RE.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, "line %d: unknown category %r" % (lineno, cat))
                continue
            if not val or val != val.strip():
                err(path, "line %d: empty or padded marker text %r" % (lineno, val))
            if "|" in val:
                err(path, "line %d: '|' inside marker text %r" % (lineno, val))
            if cat == "age":
                n = parse_age(val)
                if n is None or n < 90:
                    err(path, "line %d: marked age %r is not >= 90" % (lineno, val))
            if cat == "email":
                em = EMAIL_RE.fullmatch(val)
                if not em:
                    err(path, "line %d: email marker is not an address: %r" % (lineno, val))
            if cat == "url":
                if not (URL_RE.match(val) or WWW_RE.match(val) or re.match(r"^[\w.-]+\.[a-z]+/", val)):
                    err(path, "line %d: url marker does not look like a URL: %r" % (lineno, val))
            found.append((cat, val, lineno))
        rest = MARKER_RE.sub("", line)
        if OPEN in rest or CLOSE in rest:
            err(path, "line %d: stray, nested or multi-line marker bracket" % lineno)
    return found


def check_front_matter(path, fm_text, is_clean):
    # markers must not appear in authors/author/published/references
    current = None
    for i, line in enumerate(fm_text.split("\n"), 2):
        km = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if km:
            current = km.group(1)
        if current in FORBIDDEN_MARKER_KEYS and (OPEN in line or CLOSE in line):
            err(path, "line %d: marker inside front-matter key %r" % (i, current))
    plain = strip_markers(fm_text)
    if yaml is None:
        keys = set(re.findall(r"^([A-Za-z_][\w-]*)\s*:", plain, re.M))
        for k in REQUIRED_KEYS:
            if k not in keys:
                err(path, "front matter missing %r" % k)
        return
    try:
        data = yaml.safe_load(plain)
    except yaml.YAMLError as e:
        err(path, "front matter does not parse after marker removal: %s" % str(e).replace("\n", " "))
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for k in REQUIRED_KEYS:
        if k not in data or data[k] in (None, "", []):
            err(path, "front matter missing or empty %r" % k)
    for k in EXPECTED_KEYS:
        if k not in data:
            err(path, "front matter lacks expected key %r" % k)
    unknown = set(data) - set(EXPECTED_KEYS) - {"author"}
    if unknown:
        err(path, "unknown front-matter keys: %s" % sorted(unknown))
    if not isinstance(data.get("tags"), list) or not data.get("tags"):
        err(path, "tags must be a non-empty list")
    if data.get("status") != "published":
        err(path, "status is not 'published'")
    age = str(data.get("age", ""))
    if not AGE_BAND_RE.match(age):
        err(path, "age %r is not an age band" % age)
    imgs = data.get("images")
    if not isinstance(imgs, list) or not imgs:
        err(path, "images must be a non-empty list")
    else:
        for im in imgs:
            if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                err(path, "image entry lacks file/alt: %r" % (im,))
    refs = data.get("references")
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        err(path, "references must be a list of strings")
    auth = data.get("authors", data.get("author"))
    if not auth:
        err(path, "authors missing")


def body_words(body):
    plain = strip_markers(body)
    plain = re.sub(r"<!--.*?-->", lambda m: m.group(0)[4:-3], plain, flags=re.S)
    return len([t for t in plain.split() if re.search(r"\w", t)])


def is_hard_wrapped(body):
    lines, in_code = [], False
    for line in body.split("\n"):
        if line.strip().startswith("```"):
            in_code = not in_code
            continue
        if in_code or not line.strip() or line.lstrip().startswith("|"):
            continue
        lines.append(line)
    if len(lines) < 10:
        return False
    short = sum(1 for l in lines if len(l) <= WRAP_COLS)
    return short / len(lines) >= 0.95


def main():
    per_cat = Counter()
    per_file = {}
    per_file_cat = defaultdict(Counter)
    wrapped = []
    for sub, regex, n_expected, is_clean in (
        ("cases", SLUG_CASE_RE, N_CASES, False),
        ("clean", SLUG_CLEAN_RE, N_CLEAN, True),
    ):
        d = os.path.join(HERE, sub)
        names = sorted(os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for name in names:
            path = os.path.join(d, name)
            m = regex.match(name)
            if not m:
                err(path, "bad file name")
                continue
            if OPEN in name or CLOSE in name:
                err(path, "marker in file name")
            nums.append(int(m.group(1)))
            text = open(path, encoding="utf-8").read()
            fm, body, _ = split_front_matter(path, text)
            if fm is None:
                continue
            found = check_markers(path, text, is_clean)
            check_front_matter(path, fm, is_clean)
            check_domains(path, text)
            wc = body_words(body)
            if not MIN_WORDS <= wc <= MAX_WORDS:
                err(path, "body has %d words (want %d-%d)" % (wc, MIN_WORDS, MAX_WORDS))
            if not is_clean and not found:
                err(path, "case file has no markers")
            if is_hard_wrapped(body):
                wrapped.append(name)
            per_file[os.path.join(sub, name)] = (len(found), wc)
            for cat, _, _ in found:
                per_cat[cat] += 1
                per_file_cat[os.path.join(sub, name)][cat] += 1
        if sorted(nums) != list(range(1, n_expected + 1)):
            errors.append("%s: expected numbers 001-%03d exactly once, got %s" % (sub, n_expected, sorted(nums)))

    total = sum(per_cat.values())
    if total < MIN_MARKERS:
        errors.append("only %d markers in total (want >= %d)" % (total, MIN_MARKERS))
    for cat in CATEGORIES:
        if per_cat[cat] < MIN_PER_CATEGORY:
            errors.append("category %r has %d markers (want >= %d)" % (cat, per_cat[cat], MIN_PER_CATEGORY))
    if len(wrapped) < MIN_WRAPPED:
        errors.append("only %d hard-wrapped files (want >= %d)" % (len(wrapped), MIN_WRAPPED))

    print("Markers per category:")
    for cat in CATEGORIES:
        print("  %-12s %4d" % (cat, per_cat[cat]))
    print("  %-12s %4d" % ("TOTAL", total))
    print("\nPer file (markers, body words):")
    for f in sorted(per_file):
        n, wc = per_file[f]
        cats = ", ".join("%s %d" % (c, per_file_cat[f][c]) for c in CATEGORIES if per_file_cat[f][c])
        print("  %-58s %3d %5d  %s" % (f, n, wc, cats))
    print("\nHard-wrapped files (%d): %s" % (len(wrapped), ", ".join(wrapped)))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
