#!/usr/bin/env python3
"""Validate the heldout63 blind evaluation set (prefix dn).

Checks file names and counts, marker syntax, front matter, clean files,
word counts, marked ages, fictional e-mail/URL domains and totals.
Prints counts per category and per file; exits 0 when everything passes.
Python 3 standard library; uses PyYAML when installed.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dn"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CAT = 10
MIN_WORDS, MAX_WORDS = 500, 1500
CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
FICTIONAL = ("example.org", "example.com", "example.net")
FICTIONAL_TLDS = (".test", ".invalid", ".example")
PROTECTED_KEYS = ("authors", "author", "published", "references")

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
CASE_NAME = re.compile(r"^%s(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
CLEAN_NAME = re.compile(r"^%sc(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", re.I)
SENT_OPEN, SENT_CLOSE = "\ue000", "\ue001"

NUMBER_WORDS = {"ninety": 90, "hundred": 100}

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def fictional(domain):
    d = domain.lower().rstrip(".")
    if any(d == f or d.endswith("." + f) for f in FICTIONAL):
        return True
    return any(d.endswith(t) for t in FICTIONAL_TLDS)


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    body_line = text[:end + 5].count("\n") + 1
    return fm, body, body_line


def strip_markers(s, sentinel=False):
    if sentinel:
        return MARKER.sub(lambda m: SENT_OPEN + m.group(2) + SENT_CLOSE, s)
    return MARKER.sub(lambda m: m.group(2), s)


def walk_has_sentinel(v):
    if isinstance(v, str):
        return SENT_OPEN in v or SENT_CLOSE in v
    if isinstance(v, dict):
        return any(walk_has_sentinel(k) or walk_has_sentinel(x) for k, x in v.items())
    if isinstance(v, (list, tuple)):
        return any(walk_has_sentinel(x) for x in v)
    return False


def minimal_yaml_keys(fm):
    """Fallback without PyYAML: top-level keys and their raw text."""
    out, cur = {}, None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w\-]*):\s*(.*)$", line)
        if m:
            cur = m.group(1)
            out[cur] = m.group(2)
        elif cur is not None:
            out[cur] += "\n" + line
    return out


def check_age(path, text):
    nums = [int(n) for n in re.findall(r"\d+", text)]
    if not nums:
        low = text.lower()
        val = 0
        for w, n in NUMBER_WORDS.items():
            if w in low:
                val = max(val, n)
        if val:
            nums = [val]
    if not nums:
        err(path, "age marker without a readable number: %r" % text)
    elif max(nums) < 90:
        err(path, "age marker under 90: %r" % text)


def check_file(path, is_clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    counts = Counter()
    lines = text.split("\n")
    # marker syntax, line by line
    for ln, line in enumerate(lines, 1):
        for m in MARKER.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, "line %d: unknown category %r" % (ln, cat))
            if not val.strip() or val != val.strip():
                err(path, "line %d: empty or untrimmed marker text %r" % (ln, val))
            counts[cat] += 1
            if cat == "age":
                check_age(path, val)
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, "line %d: stray or nested marker bracket" % ln)
    if is_clean and counts:
        err(path, "clean file contains %d marker(s)" % sum(counts.values()))
    if not is_clean and not counts:
        err(path, "case file has no markers")

    fm, body, _ = split_front_matter(text)
    if fm is None:
        err(path, "missing front matter")
        return counts
    # front matter
    if yaml is not None:
        try:
            data = yaml.safe_load(strip_markers(fm, sentinel=True))
        except Exception as e:  # noqa: BLE001
            err(path, "front matter does not parse: %s" % str(e).splitlines()[0])
            data = None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
        else:
            for key in ("title", "summary", "status"):
                v = data.get(key)
                if not isinstance(v, str) or not v.strip():
                    err(path, "front matter %r missing or empty" % key)
            tags = data.get("tags")
            if not isinstance(tags, list) or not tags:
                err(path, "front matter 'tags' must be a non-empty list")
            for key in PROTECTED_KEYS:
                if key in data and walk_has_sentinel(data[key]):
                    err(path, "marker inside %r" % key)
            if isinstance(data.get("published"), str) and SENT_OPEN in data["published"]:
                err(path, "marker inside 'published'")
            imgs = data.get("images")
            if imgs is not None:
                if not isinstance(imgs, list):
                    err(path, "'images' must be a list")
                else:
                    for im in imgs:
                        if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                            err(path, "each image needs 'file' and 'alt'")
    else:
        keys = minimal_yaml_keys(fm)
        for key in ("title", "summary", "tags", "status"):
            if not keys.get(key, "").strip():
                err(path, "front matter %r missing or empty" % key)
        for key in PROTECTED_KEYS:
            if key in keys and MARKER.search(keys[key]):
                err(path, "marker inside %r" % key)

    # body word count (markers counted as their text)
    words = len(strip_markers(body).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, "body has %d words (want %d-%d)" % (words, MIN_WORDS, MAX_WORDS))

    # fictional domains (whole file, markers stripped)
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        if not fictional(m.group(1)):
            err(path, "non-fictional e-mail domain: %s" % m.group(0))
    for m in URL.finditer(plain):
        if not fictional(m.group(1)):
            err(path, "non-fictional URL domain: %s" % m.group(0))
    for m in MARKER.finditer(text):
        if m.group(1) == "url":
            dm = re.match(r"(?:[a-z]+://)?(?:www\.)?([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", m.group(2))
            if not dm or not fictional(dm.group(1)):
                err(path, "url marker with non-fictional domain: %s" % m.group(2))
        if m.group(1) == "email":
            em = EMAIL.search(m.group(2))
            if not em or not fictional(em.group(1)):
                err(path, "email marker with non-fictional domain: %s" % m.group(2))
    return counts, words


def main():
    totals = Counter()
    per_file = []
    for sub, pattern, n, is_clean in (("cases", CASE_NAME, N_CASES, False),
                                       ("clean", CLEAN_NAME, N_CLEAN, True)):
        d = os.path.join(HERE, sub)
        names = sorted(os.listdir(d)) if os.path.isdir(d) else []
        seen = []
        for name in names:
            m = pattern.match(name)
            if not m:
                err(os.path.join(d, name), "bad file name")
                continue
            if "⟦" in name or "⟧" in name:
                err(os.path.join(d, name), "marker in file name")
            seen.append(int(m.group(1)))
        if sorted(seen) != list(range(1, n + 1)):
            errors.append("%s: expected numbers 1..%d exactly, found %s" % (sub, n, sorted(seen)))
        for name in names:
            if not pattern.match(name):
                continue
            res = check_file(os.path.join(d, name), is_clean)
            if isinstance(res, tuple):
                counts, words = res
            else:
                counts, words = res, 0
            per_file.append((sub + "/" + name, sum(counts.values()), words, counts))
            if not is_clean:
                totals.update(counts)

    print("Markers per file (markers, body words):")
    for name, n, w, c in per_file:
        print("  %-60s %4d markers %5d words" % (name, n, w))
    print("\nMarkers per category (cases):")
    for cat in CATEGORIES:
        flag = "" if totals[cat] >= MIN_PER_CAT else "   <-- below %d" % MIN_PER_CAT
        print("  %-12s %4d%s" % (cat, totals[cat], flag))
        if totals[cat] < MIN_PER_CAT:
            errors.append("category %s has %d markers (< %d)" % (cat, totals[cat], MIN_PER_CAT))
    total = sum(totals.values())
    print("  %-12s %4d" % ("TOTAL", total))
    if total < MIN_MARKERS:
        errors.append("total markers %d < %d" % (total, MIN_MARKERS))

    if errors:
        print("\nFAIL (%d problem(s)):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
