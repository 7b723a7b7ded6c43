#!/usr/bin/env python3
"""Validate the heldout72 blind evaluation set (prefix dw).

Standard library only; uses PyYAML when it is installed.
Exits 0 when every check passes, 1 otherwise.
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
PREFIX = "dw"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500
WRAP_COLUMNS = 80
MIN_WRAPPED = 14  # about a third of 42 files

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
CASE_NAME = re.compile(r"^%s(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" % PREFIX)
CLEAN_NAME = re.compile(r"^%sc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" % PREFIX)
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-.]+)", re.I)
FICTIONAL = ("example.org", "example.com", "example.net")
FICTIONAL_TLDS = (".test", ".invalid", ".example")
PROTECTED_KEYS = ("authors", "author", "published", "references")
REQUIRED_KEYS = ("title", "summary", "tags", "status")
WORD_AGES = {"ninety": 90, "hundred": 100}

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def fictional(domain):
    d = domain.lower().rstrip(".")
    if d in FICTIONAL or any(d.endswith("." + f) for f in FICTIONAL):
        return True
    return any(d.endswith(t) for t in FICTIONAL_TLDS)


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
    body_start_line = fm.count("\n") + 3
    return fm, body, body_start_line


def parse_yaml(path, fm, label):
    if yaml is None:
        # Minimal fallback: check the keys exist at column 0.
        data = {}
        for line in fm.splitlines():
            m = re.match(r"^([A-Za-z_]+):\s*(.*)$", line)
            if m:
                data[m.group(1)] = m.group(2) or True
        if "tags" in data and data["tags"] in ("[]", ""):
            data["tags"] = []
        elif "tags" in data:
            data["tags"] = ["?"]
        return data
    try:
        data = yaml.safe_load(fm)
    except Exception as exc:  # noqa: BLE001
        err(path, "front matter (%s) does not parse: %s" % (label, exc))
        return None
    if not isinstance(data, dict):
        err(path, "front matter (%s) is not a mapping" % label)
        return None
    return data


def check_markers(path, text):
    """Return the list of (category, text, line) markers; report syntax errors."""
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER.finditer(line):
            cat, span = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, "line %d: unknown category %r" % (lineno, cat))
            if not span or span != span.strip():
                err(path, "line %d: empty or padded marker text %r" % (lineno, span))
            found.append((cat, span, lineno))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, "line %d: stray, nested or multi-line marker bracket" % lineno)
    return found


def check_age(path, span, lineno):
    digits = re.sub(r"\D", "", span)
    if digits:
        value = int(digits)
    else:
        value = max([v for w, v in WORD_AGES.items() if w in span.lower()] or [0])
    if value < 90:
        err(path, "line %d: marked age %r is below 90" % (lineno, span))


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        if not fictional(m.group(1)):
            err(path, "non-fictional e-mail domain %r" % m.group(1))
    for m in URL.finditer(plain):
        dom = m.group(1)
        if m.group(0).lower().startswith("www."):
            dom = "www." + dom
        if not fictional(dom):
            err(path, "non-fictional URL domain %r" % dom)


def check_protected(path, fm):
    if yaml is None:
        return
    sentinel_fm = MARKER.sub(lambda m: "\ue000MARK\ue001" + m.group(2), fm)
    try:
        data = yaml.safe_load(sentinel_fm)
    except Exception as exc:  # noqa: BLE001
        err(path, "front matter (raw markers) does not parse: %s" % exc)
        return
    if not isinstance(data, dict):
        return
    for key in PROTECTED_KEYS:
        if key in data and "\ue000MARK" in repr(data[key]):
            err(path, "marker inside protected front-matter key %r" % key)


def check_images(path, data):
    images = data.get("images")
    if images is None:
        return
    if not isinstance(images, list):
        err(path, "images is not a list")
        return
    for i, img in enumerate(images):
        if not isinstance(img, dict):
            err(path, "images[%d] is not a mapping" % i)
            continue
        for key in ("file", "alt", "caption"):
            if not img.get(key):
                err(path, "images[%d] lacks %s" % (i, key))
        for a in img.get("annotations") or []:
            if not isinstance(a, dict) or not {"x", "y", "label"} <= set(a):
                err(path, "images[%d] has a malformed annotation" % i)


def is_wrapped(body):
    in_code = False
    longest = 0
    multi_line_paragraph = False
    prev_prose = False
    for line in body.split("\n"):
        if line.lstrip().startswith("```"):
            in_code = not in_code
            prev_prose = False
            continue
        if in_code or line.lstrip().startswith("|"):
            prev_prose = False
            continue
        longest = max(longest, len(line))
        prose = bool(line.strip()) and not line.lstrip().startswith(("#", "<!--"))
        if prose and prev_prose:
            multi_line_paragraph = True
        prev_prose = prose
    return longest <= WRAP_COLUMNS and multi_line_paragraph


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    markers = check_markers(path, text)
    if clean and ("⟦" in text or "⟧" in text):
        err(path, "clean file contains marker brackets")
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return markers, 0, False
    data = parse_yaml(path, strip_markers(fm), "markers removed")
    if data is not None:
        for key in REQUIRED_KEYS:
            if key not in data:
                err(path, "front matter lacks %r" % key)
        tags = data.get("tags")
        if not isinstance(tags, list) or not tags:
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status is not 'published'")
        for key in ("authors", "published", "references", "images"):
            if key not in data:
                err(path, "front matter lacks %r" % key)
        check_images(path, data)
    check_protected(path, fm)
    words = len(strip_markers(body).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, "body has %d words (want %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
    for cat, span, lineno in markers:
        if cat == "age":
            check_age(path, span, lineno)
    check_domains(path, text)
    base = os.path.basename(path).lower()
    for cat, span, _ in markers:
        slug = re.sub(r"[^a-z0-9]+", "-", span.lower()).strip("-")
        if len(slug) >= 4 and slug in base:
            err(path, "file name contains marked text %r" % span)
    return markers, words, is_wrapped(body)


def main():
    totals = Counter()
    per_file = {}
    wrapped = 0
    for sub, pattern, count, clean in (
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
        if sorted(numbers) != list(range(1, count + 1)):
            err(folder, "expected numbers 001..%03d, found %s" % (count, sorted(numbers)))
        for name in names:
            path = os.path.join(folder, name)
            markers, words, wrap = check_file(path, clean)
            wrapped += wrap
            cats = Counter(c for c, _, _ in markers)
            totals.update(cats)
            per_file[os.path.join(sub, name)] = (len(markers), words, wrap, cats)
            if not clean and not markers:
                err(path, "case file has no markers")

    print("Per file (markers, words, hard-wrapped):")
    for name, (n, words, wrap, cats) in per_file.items():
        detail = ", ".join("%s %d" % (c, cats[c]) for c in CATEGORIES if cats[c])
        print("  %-52s %4d markers %5d words %s  %s" % (
            name, n, words, "wrapped" if wrap else "       ", detail))
    print("\nPer category:")
    for cat in CATEGORIES:
        flag = "" if totals[cat] >= MIN_PER_CATEGORY else "   <-- below %d" % MIN_PER_CATEGORY
        print("  %-12s %4d%s" % (cat, totals[cat], flag))
        if totals[cat] < MIN_PER_CATEGORY:
            errors.append("category %s has %d markers (< %d)" % (cat, totals[cat], MIN_PER_CATEGORY))
    total = sum(totals.values())
    print("  %-12s %4d" % ("TOTAL", total))
    print("Hard-wrapped files: %d of %d" % (wrapped, len(per_file)))
    if total < MIN_MARKERS:
        errors.append("only %d markers (< %d)" % (total, MIN_MARKERS))
    if wrapped < MIN_WRAPPED:
        errors.append("only %d hard-wrapped files (< %d)" % (wrapped, MIN_WRAPPED))
    if yaml is None:
        print("(PyYAML not installed: front matter checked with a minimal parser)")
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
