#!/usr/bin/env python3
"""Validate the heldout66 blind evaluation set (prefix "dq").

Checks: file names and counts, marker syntax, front matter (parses with the
markers removed; title/summary/tags/status present; no markers in
authors/author/published/references), no markers in clean files, body word
counts (500-1500), marked ages >= 90, fictional e-mail and URL domains, and
the totals (>= 400 markers in cases, >= 10 per category).
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
PREFIX = "dq"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 400
MIN_PER_CAT = 10
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
ALLOWED_KEYS = {"title", "summary", "tags", "specialty", "system", "modality",
                "age", "sex", "diagnosis", "certainty", "authors", "author",
                "published", "status", "license", "consent", "quiz", "images",
                "references"}
NO_MARK_KEYS = ("authors", "author", "published", "references")

MARKER = re.compile(r"⟦([^|⟦⟧\n]*)\|([^⟦⟧\n]*)⟧")
ANY_BRACKET = re.compile(r"[⟦⟧]")
CASE_NAME = re.compile(r"^%s(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
CLEAN_NAME = re.compile(r"^%sc(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL = re.compile(r"(?:https?|ftp)://([^/\s\"'<>)\]⟧|`]+)|\bwww\.([A-Za-z0-9\-.]+)")
FICTIONAL = re.compile(
    r"(?:^|\.)(?:example\.(?:org|com|net)|example|test|invalid|localhost)$",
    re.I)
# Canonical terminology/code-system URIs used inside FHIR resources. They are
# identifiers of code systems, not web addresses of people, and a FHIR
# resource without them would be unrealistic.
CODE_SYSTEM_HOSTS = {"hl7.org", "terminology.hl7.org", "loinc.org",
                     "snomed.info", "unitsofmeasure.org", "www.nlm.nih.gov",
                     "www.whocc.no", "id.who.int"}

WORD_NUMBERS = {"ninety": 90, "hundred": 100}

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, text, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def strip_markers(s):
    return MARKER.sub(lambda m: m.group(2), s)


def tag_markers(s):
    return MARKER.sub(lambda m: "ZZMARKZZ" + m.group(2), s)


def contains_token(obj):
    if isinstance(obj, str):
        return "ZZMARKZZ" in obj
    if isinstance(obj, dict):
        return any(contains_token(k) or contains_token(v) for k, v in obj.items())
    if isinstance(obj, (list, tuple)):
        return any(contains_token(v) for v in obj)
    return "ZZMARKZZ" in str(obj)


def check_markers(path, text):
    """Return list of (category, text) and record syntax errors."""
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, "line %d: unknown category %r" % (lineno, cat))
            if not val.strip():
                err(path, "line %d: empty marker" % lineno)
            elif val != val.strip():
                err(path, "line %d: marker text has outer whitespace %r" % (lineno, val))
            found.append((cat, val, lineno))
        rest = MARKER.sub("", line)
        if ANY_BRACKET.search(rest):
            err(path, "line %d: stray or nested marker bracket: %s" % (lineno, line.strip()[:120]))
    return found


def age_value(s):
    digits = re.findall(r"\d+", s)
    if digits:
        return max(int(d) for d in digits)
    low = s.lower()
    for w, v in WORD_NUMBERS.items():
        if w in low:
            return v
    return None


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        dom = m.group(1).rstrip(".")
        if not FICTIONAL.search(dom):
            err(path, "non-fictional e-mail domain: %s" % m.group(0))
    for m in URL.finditer(plain):
        host = (m.group(1) or m.group(2) or "").split(":")[0].rstrip(".").lower()
        if "@" in host:
            host = host.split("@", 1)[1]
        if host in CODE_SYSTEM_HOSTS:
            continue
        if not FICTIONAL.search(host):
            err(path, "non-fictional URL domain: %s" % m.group(0))


def check_file(path, clean):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        err(path, "CR characters")
    markers = check_markers(path, text)
    if clean and markers:
        err(path, "clean file contains %d marker(s)" % len(markers))
    for cat, val, lineno in markers:
        if cat == "age":
            v = age_value(val)
            if v is None or v < 90:
                err(path, "line %d: marked age %r is not >= 90" % (lineno, val))
    fm, body, _ = split_front_matter(text)
    if fm is None:
        err(path, "no front matter")
        return markers, 0
    if yaml is not None:
        try:
            data = yaml.safe_load(strip_markers(fm))
            tagged = yaml.safe_load(tag_markers(fm))
        except yaml.YAMLError as e:
            err(path, "front matter does not parse: %s" % str(e).replace("\n", " "))
            data, tagged = None, None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
        else:
            for key in ("title", "summary", "tags", "status"):
                if key not in data or data[key] in (None, "", []):
                    err(path, "front matter lacks %s" % key)
            if not isinstance(data.get("tags"), list) or not data.get("tags"):
                err(path, "tags must be a non-empty list")
            unknown = set(data) - ALLOWED_KEYS
            if unknown:
                err(path, "unknown front-matter keys: %s" % sorted(unknown))
            for img in data.get("images") or []:
                if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                    err(path, "image entry without file/alt: %r" % (img,))
            for key in NO_MARK_KEYS:
                if key in tagged and contains_token(tagged[key]):
                    err(path, "marker inside %s" % key)
    else:
        # Fallback without PyYAML: line-based check of the forbidden keys.
        current = None
        for line in fm.split("\n"):
            m = re.match(r"^([A-Za-z_]+):", line)
            if m:
                current = m.group(1)
            if current in NO_MARK_KEYS and MARKER.search(line):
                err(path, "marker inside %s" % current)
        for key in ("title", "summary", "tags", "status"):
            if not re.search(r"^%s:" % key, fm, re.M):
                err(path, "front matter lacks %s" % key)
    words = len(strip_markers(body).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, "body has %d words (want %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
    check_domains(path, text)
    return markers, words


def is_hard_wrapped(path, width=90):
    """True when every prose line of the body (outside code fences, tables
    and headings) is at most `width` columns and some prose exists."""
    with open(path, encoding="utf-8") as f:
        _, body, _ = split_front_matter(f.read())
    in_code, prose = False, 0
    for line in body.split("\n"):
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code or not line.strip() or line.startswith(("|", "#")):
            continue
        prose += 1
        if len(line) > width:
            return False
    return prose > 0


def main():
    cases_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    per_cat = Counter()
    per_file = {}
    wrapped = 0
    for d, pat, n, clean in ((cases_dir, CASE_NAME, N_CASES, False),
                             (clean_dir, CLEAN_NAME, N_CLEAN, True)):
        names = sorted(os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for name in names:
            m = pat.match(name)
            if not m:
                err(os.path.join(d, name), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            err(d, "expected numbers 1..%d, got %s" % (n, sorted(nums)))
        for name in names:
            if not pat.match(name):
                continue
            path = os.path.join(d, name)
            markers, words = check_file(path, clean)
            if is_hard_wrapped(path):
                wrapped += 1
            c = Counter(cat for cat, _, _ in markers)
            per_file[os.path.relpath(path, HERE)] = (len(markers), words, c)
            if not clean:
                per_cat.update(c)
                if not markers:
                    err(path, "case file has no markers")
    total = sum(per_cat.values())
    print("Markers per category (cases):")
    for cat in CATEGORIES:
        flag = "" if per_cat[cat] >= MIN_PER_CAT else "   <-- below %d" % MIN_PER_CAT
        print("  %-12s %4d%s" % (cat, per_cat[cat], flag))
        if per_cat[cat] < MIN_PER_CAT:
            errors.append("category %s has %d markers (< %d)" % (cat, per_cat[cat], MIN_PER_CAT))
    print("  %-12s %4d" % ("TOTAL", total))
    if total < MIN_TOTAL:
        errors.append("total markers %d < %d" % (total, MIN_TOTAL))
    print("\nPer file (markers, body words, categories):")
    for name, (n, w, c) in sorted(per_file.items()):
        cats = ", ".join("%s=%d" % (k, v) for k, v in sorted(c.items()))
        print("  %-50s %4d %5d  %s" % (name, n, w, cats))
    print("\nHard-wrapped files (prose lines <= 90 columns): %d of %d"
          % (wrapped, len(per_file)))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
