#!/usr/bin/env python3
"""Validate the heldout45 blind evaluation set (prefix cv).

Checks file names and counts, front matter (after marker removal), marker
syntax and categories, forbidden marker positions (authors/author/published/
references), clean files, body length, unmarked repeats of marked text, and
the per-category totals.  Prints counts per category.  Exit 0 when it passes.

Standard library only; PyYAML is used when it is installed.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "cv"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 380
MIN_PER_CAT = 8
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
FORBIDDEN_KEYS = {"authors", "author", "published", "references"}
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
EXPECTED_KEYS = [
    "specialty", "system", "modality", "age", "sex", "diagnosis", "certainty",
    "authors", "published", "references",
]
KNOWN_KEYS = set(REQUIRED_KEYS + EXPECTED_KEYS + [
    "author", "license", "consent", "quiz", "images"])

MARKER = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧]*)⟧")
CASE_NAME = re.compile(r"^%s(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
CLEAN_NAME = re.compile(r"^%sc(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
AGE_BAND = re.compile(r"^(?:\d0s|\d0-\d4|\d5-\d9|90\+|newborn|infant|child|adolescent|adult)$")

try:
    import yaml  # type: ignore
except Exception:  # pragma: no cover
    yaml = None

errors = []
warnings = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def warn(path, msg):
    warnings.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def strip_markers(text):
    """Return (plain text, list of (category, text, start, end) in plain)."""
    out = []
    spans = []
    pos = 0
    plain_len = 0
    for m in MARKER.finditer(text):
        out.append(text[pos:m.start()])
        plain_len += m.start() - pos
        cat, val = m.group(1), m.group(2)
        spans.append((cat, val, plain_len, plain_len + len(val)))
        out.append(val)
        plain_len += len(val)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with a YAML front-matter fence")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed")
        return None, None, 0
    return text[4:end + 1], text[end + 5:], end + 5


def parse_yaml(path, fm_plain):
    if yaml is None:
        # minimal fallback: top-level keys only
        data = {}
        for line in fm_plain.splitlines():
            m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
            if m:
                data[m.group(1)] = m.group(2) or True
        return data
    try:
        data = yaml.safe_load(fm_plain)
    except Exception as e:  # noqa
        err(path, "front matter does not parse as YAML: %s" % str(e).replace("\n", " "))
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    return data


def check_front_matter(path, data):
    for k in REQUIRED_KEYS:
        if k not in data or data[k] in (None, "", []):
            err(path, "front matter lacks required key %r" % k)
    if yaml is None:
        return
    if "tags" in data and not (isinstance(data["tags"], list) and data["tags"]):
        err(path, "tags must be a non-empty list")
    if data.get("status") != "published":
        err(path, "status must be 'published' (got %r)" % data.get("status"))
    for k in EXPECTED_KEYS:
        if k not in data and not (k == "authors" and "author" in data):
            err(path, "front matter lacks expected key %r" % k)
    for k in data:
        if k not in KNOWN_KEYS:
            err(path, "unknown front-matter key %r" % k)
    if "age" in data and not AGE_BAND.match(str(data["age"])):
        err(path, "age %r is not an age band" % data["age"])
    if data.get("sex") not in (None, "female", "male", "other", "not-stated"):
        err(path, "bad sex value %r" % data.get("sex"))
    if data.get("certainty") not in (None, "possible", "probable", "almost-certain", "certain"):
        err(path, "bad certainty value %r" % data.get("certainty"))
    for img in data.get("images") or []:
        if not isinstance(img, dict) or "file" not in img or "alt" not in img:
            err(path, "every image needs file and alt")
    refs = data.get("references")
    if refs is not None and not isinstance(refs, list):
        err(path, "references must be a list")


def forbidden_marker_lines(path, fm_raw):
    """Markers must not sit inside authors/author/published/references."""
    current = None
    for i, line in enumerate(fm_raw.splitlines(), start=2):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
        if current in FORBIDDEN_KEYS and "⟦" in line:
            err(path, "line %d: marker inside front-matter key %r" % (i, current))


def check_markers(path, text):
    """Well-formedness: every ⟦ … ⟧ is a complete marker with known category."""
    ok = True
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, "line %d: unknown category %r" % (line, cat))
            ok = False
        if not val or val != val.strip():
            err(path, "line %d: empty marker text or surrounding whitespace in %r" % (line, m.group(0)))
            ok = False
        if "\n" in val:
            err(path, "line %d: marker text spans lines" % line)
            ok = False
        if "|" in val:
            err(path, "line %d: '|' inside marker text" % line)
            ok = False
    rest = MARKER.sub("", text)
    for ch in "⟦⟧":
        if ch in rest:
            line = rest.count("\n", 0, rest.find(ch)) + 1
            err(path, "stray %r (malformed marker) near plain line %d" % (ch, line))
            ok = False
    return ok


def unmarked_repeats(path, plain, spans, fm_plain_len, forbidden_ranges):
    """Find occurrences of marked text that were left unmarked."""
    covered = [(s, e) for _, _, s, e in spans]
    seen = set()
    for cat, val, _, _ in spans:
        if (cat, val) in seen or len(val) < 3:
            continue
        seen.add((cat, val))
        if cat in ("age",) and val.isdigit():
            continue  # bare numbers repeat as doses and values
        pat = re.compile(r"(?<![\w@.-])" + re.escape(val) + r"(?![\w@-])")
        for m in pat.finditer(plain):
            s, e = m.start(), m.end()
            if any(cs <= s and e <= ce for cs, ce in covered):
                continue
            if any(fs <= s < fe for fs, fe in forbidden_ranges):
                continue
            line = plain.count("\n", 0, s) + 1
            err(path, "plain line %d: %r is marked elsewhere (%s) but not here" % (line, val, cat))
    # single name parts of multi-word names: reported as warnings for review
    parts = set()
    for cat, val, _, _ in spans:
        if cat in ("name", "relative"):
            for tok in re.split(r"[\s,]+", val):
                tok = tok.strip(".")
                if len(tok) >= 4 and tok[:1].isupper() and tok != val:
                    parts.add(tok)
    for tok in sorted(parts):
        pat = re.compile(r"(?<![\w@.-])" + re.escape(tok) + r"(?![\w@-])")
        for m in pat.finditer(plain):
            s, e = m.start(), m.end()
            if any(cs <= s and e <= ce for cs, ce in covered):
                continue
            if any(fs <= s < fe for fs, fe in forbidden_ranges):
                continue
            line = plain.count("\n", 0, s) + 1
            warn(path, "plain line %d: name part %r appears unmarked" % (line, tok))


def forbidden_plain_ranges(fm_plain):
    """Character ranges of authors/author/published/references in plain front matter."""
    ranges = []
    offset = 4  # after '---\n'
    current, start = None, None
    pos = offset
    for line in fm_plain.splitlines(keepends=True):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            if current in FORBIDDEN_KEYS:
                ranges.append((start, pos))
            current, start = m.group(1), pos
        pos += len(line)
    if current in FORBIDDEN_KEYS:
        ranges.append((start, pos))
    return ranges


def body_words(body_plain):
    text = re.sub(r"<!--.*?-->", " ", body_plain, flags=re.S)
    return len(re.findall(r"\S+", text))


def check_dir(sub, name_re, expected_n, clean):
    folder = os.path.join(HERE, sub)
    counts = Counter()
    wrapped = 0
    if not os.path.isdir(folder):
        err(folder, "missing folder")
        return counts, wrapped
    names = sorted(os.listdir(folder))
    nums = []
    for n in names:
        p = os.path.join(folder, n)
        m = name_re.match(n)
        if not m:
            err(p, "unexpected file name")
            continue
        nums.append(int(m.group(1)))
    if sorted(nums) != list(range(1, expected_n + 1)):
        err(folder, "expected files numbered 001..%03d, found %s" % (expected_n, sorted(nums)))
    for n in names:
        if not name_re.match(n):
            continue
        p = os.path.join(folder, n)
        with open(p, encoding="utf-8") as f:
            text = f.read()
        if "\r" in text:
            err(p, "CR characters present")
        if clean:
            if "⟦" in text or "⟧" in text:
                err(p, "clean file contains marker characters")
        else:
            check_markers(p, text)
        fm_raw, body_raw, _ = split_front_matter(p, text)
        if fm_raw is None:
            continue
        forbidden_marker_lines(p, fm_raw)
        fm_plain, _ = strip_markers(fm_raw)
        data = parse_yaml(p, fm_plain)
        if data is not None:
            check_front_matter(p, data)
        plain, spans = strip_markers(text)
        body_plain = plain[len("---\n") + len(fm_plain) + len("---\n"):]
        w = body_words(body_plain)
        if not (MIN_WORDS <= w <= MAX_WORDS):
            err(p, "body has %d words (want %d-%d)" % (w, MIN_WORDS, MAX_WORDS))
        if not clean:
            if not spans:
                err(p, "case has no identifiers")
            for cat, _, _, _ in spans:
                counts[cat] += 1
            unmarked_repeats(p, plain, spans, len(fm_plain), forbidden_plain_ranges(fm_plain))
        body_lines = [l for l in body_plain.splitlines() if l.strip()
                      and not l.lstrip().startswith("|")]
        if body_lines and max(len(l) for l in body_lines) <= 100:
            wrapped += 1
    return counts, wrapped


def main():
    extra = [n for n in os.listdir(HERE)
             if n not in ("cases", "clean", "validate.py", "__pycache__", "README.md")]
    for n in extra:
        warn(os.path.join(HERE, n), "unexpected entry in the folder")
    counts, wrapped_cases = check_dir("cases", CASE_NAME, N_CASES, clean=False)
    _, wrapped_clean = check_dir("clean", CLEAN_NAME, N_CLEAN, clean=True)
    total = sum(counts.values())
    print("identifiers per category:")
    for c in CATEGORIES:
        flag = "" if counts[c] >= MIN_PER_CAT else "   <-- below %d" % MIN_PER_CAT
        print("  %-12s %4d%s" % (c, counts[c], flag))
        if counts[c] < MIN_PER_CAT:
            errors.append("category %s has %d identifiers (< %d)" % (c, counts[c], MIN_PER_CAT))
    print("  %-12s %4d" % ("TOTAL", total))
    if total < MIN_TOTAL:
        errors.append("total identifiers %d < %d" % (total, MIN_TOTAL))
    print("hard-wrapped files: %d cases, %d clean" % (wrapped_cases, wrapped_clean))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        print("FAILED with %d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
