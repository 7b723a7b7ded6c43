#!/usr/bin/env python3
"""Validate the heldout64 blind evaluation set.

Checks:
  * file names and counts (cases/do001..do030-<slug>.md, clean/doc001..doc012-<slug>.md)
  * marker syntax: known category, one line, no nesting, no stray brackets
  * front matter parses (markers removed) and has title/summary/tags/status
  * no markers in authors/author/published/references
  * no markers in clean files
  * body word counts (500..1500)
  * marked ages are >= 90
  * e-mail and URL domains are fictional
  * totals: >= 400 markers, >= 10 per category

Prints counts per category and per file; exits 0 when everything passes.
Python 3 standard library; PyYAML is used when installed.
"""
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "do"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
NO_MARKER_KEYS = ["authors", "author", "published", "references"]
FICTIONAL_SUFFIXES = (".test", ".invalid", ".example")
FICTIONAL_DOMAINS = ("example.org", "example.com", "example.net")

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CASE_RE = re.compile(r"^%s(\d{3})-(%s)\.md$" % (PREFIX, SLUG))
CLEAN_RE = re.compile(r"^%sc(\d{3})-(%s)\.md$" % (PREFIX, SLUG))

MARKER_RE = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@((?:[A-Za-z0-9\-]+\.)+[A-Za-z0-9\-]+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.\-]+)", re.I)

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, text, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def fictional_domain(host):
    host = host.lower().rstrip(".")
    if host.endswith(FICTIONAL_SUFFIXES):
        return True
    for d in FICTIONAL_DOMAINS:
        if host == d or host.endswith("." + d):
            return True
    return False


def to_int_digits(s):
    """First run of digits (any script) in s as int, or None."""
    digits = ""
    for ch in s:
        if ch.isdigit():
            digits += str(unicodedata.digit(ch))
        elif digits:
            break
    return int(digits) if digits else None


def minimal_fm_keys(fm):
    """Fallback parser: top-level keys and their raw text."""
    keys = {}
    cur = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m:
            cur = m.group(1)
            keys[cur] = m.group(2)
        elif cur:
            keys[cur] += "\n" + line
    return keys


def top_level_blocks(fm):
    blocks = {}
    cur = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):(.*)$", line)
        if m:
            cur = m.group(1)
            blocks.setdefault(cur, [])
            blocks[cur].append(m.group(2))
        elif cur:
            blocks[cur].append(line)
    return {k: "\n".join(v) for k, v in blocks.items()}


def check_markers_syntax(path, text):
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        # every bracket must belong to a well-formed marker
        pos = 0
        for m in MARKER_RE.finditer(line):
            between = line[pos:m.start()]
            if "⟦" in between or "⟧" in between:
                err(path, "line %d: stray or nested marker bracket" % lineno)
            pos = m.end()
            cat, span = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, "line %d: unknown category %r" % (lineno, cat))
            if not span.strip():
                err(path, "line %d: empty marker text" % lineno)
            elif span != span.strip():
                err(path, "line %d: marker text has outer whitespace: %r" % (lineno, span))
            if "|" in span:
                err(path, "line %d: '|' inside marker text %r" % (lineno, span))
            found.append((lineno, cat, span))
        rest = line[pos:]
        if "⟦" in rest or "⟧" in rest:
            err(path, "line %d: stray or unterminated marker bracket" % lineno)
    return found


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    markers = check_markers_syntax(path, text)
    if clean and markers:
        err(path, "clean file contains %d marker(s)" % len(markers))
    if not clean and not markers:
        err(path, "case file has no markers")

    fm, body, body_start = split_front_matter(text)
    if fm is None:
        err(path, "missing front matter")
        return markers
    plain_fm = strip_markers(fm)
    data = None
    if yaml is not None:
        try:
            data = yaml.safe_load(plain_fm)
        except Exception as e:  # noqa: BLE001
            err(path, "front matter does not parse: %s" % str(e).replace("\n", " "))
        if data is not None and not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            data = None
    else:
        data = minimal_fm_keys(plain_fm)
    if isinstance(data, dict):
        for k in REQUIRED_KEYS:
            if k not in data or data[k] in (None, "", []):
                err(path, "front matter missing %r" % k)
        tags = data.get("tags")
        if yaml is not None and not (isinstance(tags, list) and tags):
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status should be 'published'")
        if yaml is not None and isinstance(data.get("images"), list):
            for im in data["images"]:
                if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                    err(path, "image entry without file/alt")
    blocks = top_level_blocks(fm)
    for k in NO_MARKER_KEYS:
        if k in blocks and ("⟦" in blocks[k] or "⟧" in blocks[k]):
            err(path, "marker inside %r" % k)

    words = [w for w in strip_markers(body).split() if re.search(r"\w", w)]
    if not (MIN_WORDS <= len(words) <= MAX_WORDS):
        err(path, "body has %d words (want %d..%d)" % (len(words), MIN_WORDS, MAX_WORDS))

    for lineno, cat, span in markers:
        if cat == "age":
            n = to_int_digits(span)
            if n is None or n < 90:
                err(path, "line %d: marked age %r is not >= 90" % (lineno, span))
        if cat == "email" and not EMAIL_RE.search(span):
            err(path, "line %d: email marker %r is not an address" % (lineno, span))

    plain = strip_markers(text)
    for m in EMAIL_RE.finditer(plain):
        if not fictional_domain(m.group(1)):
            err(path, "non-fictional e-mail domain: %s" % m.group(0))
    for m in URL_RE.finditer(plain):
        if not fictional_domain(m.group(1)):
            err(path, "non-fictional URL domain: %s" % m.group(0))
    for lineno, cat, span in markers:
        if cat == "url":
            host = re.sub(r"^(?:https?://)?", "", span).split("/")[0].split("?")[0]
            if not fictional_domain(host):
                err(path, "line %d: url marker with non-fictional host %r" % (lineno, host))
    return markers


def main():
    total = Counter()
    per_file = []
    for sub, rx, n_expected, clean in (
        ("cases", CASE_RE, N_CASES, False),
        ("clean", CLEAN_RE, N_CLEAN, True),
    ):
        folder = os.path.join(HERE, sub)
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        numbers = []
        for name in names:
            p = os.path.join(folder, name)
            m = rx.match(name)
            if not m:
                err(p, "bad file name")
                continue
            if "⟦" in name or "⟧" in name:
                err(p, "marker in file name")
            numbers.append(int(m.group(1)))
            markers = check_file(p, clean)
            c = Counter(cat for _, cat, _ in markers)
            total.update(c)
            per_file.append((sub + "/" + name, len(markers), c))
        if sorted(numbers) != list(range(1, n_expected + 1)):
            err(folder, "expected numbers 001..%03d, found %s" % (n_expected, sorted(numbers)))

    n_total = sum(total.values())
    if n_total < MIN_MARKERS:
        errors.append("total markers %d < %d" % (n_total, MIN_MARKERS))
    for cat in CATEGORIES:
        if total[cat] < MIN_PER_CATEGORY:
            errors.append("category %s has %d markers (< %d)" % (cat, total[cat], MIN_PER_CATEGORY))

    print("Markers per category:")
    for cat in CATEGORIES:
        print("  %-12s %4d" % (cat, total[cat]))
    print("  %-12s %4d" % ("TOTAL", n_total))
    print()
    print("Markers per file:")
    for name, n, c in per_file:
        detail = ", ".join("%s=%d" % (k, c[k]) for k in CATEGORIES if c[k])
        print("  %-60s %3d  %s" % (name, n, detail))
    print()
    if errors:
        print("FAILED (%d problem(s)):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
