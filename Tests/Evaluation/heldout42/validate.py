#!/usr/bin/env python3
"""Validate the heldout42 blind evaluation set (prefix "cs").

Checks marker syntax, categories, age/date rules, clean files, protected
front-matter keys, YAML parsing after marker removal, file naming, slugs,
per-category minimums and file counts. Exits 1 on any error, prints OK
otherwise.
"""
import collections
import datetime
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "cs"
N_CASES, N_CLEAN = 30, 12
MIN_TOTAL = 380
MIN_PER_CAT = 8
AIM_CATS = {"name": 15, "date": 15, "location": 15, "initials": 15, "id": 15}
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ("title", "summary", "tags", "status")

MARKER = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")
SLUG = r"[a-z]+(?:-[a-z]+)*"
CASE_RE = re.compile(r"^%s(\d{3})-(%s)\.md$" % (PREFIX, SLUG))
CLEAN_RE = re.compile(r"^%sc(\d{3})-(%s)\.md$" % (PREFIX, SLUG))
BARE_YEAR = re.compile(
    r"^\s*(?:AD|CE|AH|BE|B\.E\.|พ\.ศ\.|ค\.ศ\.|سنة|عام)?\s*\d{3,4}\s*(?:AD|CE|AH|BE|B\.E\.|H|هـ|ه\.ش|ش|"
    r"พ\.ศ\.|ปี)?\s*$",
    re.IGNORECASE,
)

errors = []
counts = collections.Counter()


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, ROOT), msg))


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def check_syntax(path, text):
    """Scan brackets sequentially: balanced, no nesting, well formed."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            if depth:
                err(path, "nested or unclosed marker near offset %d" % i)
            depth += 1
        elif ch == "⟧":
            if not depth:
                err(path, "closing bracket without opening near offset %d" % i)
                depth = 0
                continue
            depth -= 1
    if depth:
        err(path, "unclosed marker at end of file")
    raw = len(re.findall("⟦", text))
    good = MARKER.findall(text)
    if raw != len(good):
        err(path, "%d opening brackets but %d well-formed markers" % (raw, len(good)))
    out = []
    for cat, body in good:
        if cat not in CATEGORIES:
            err(path, "invalid category %r" % cat)
        if not body:
            err(path, "empty marker of category %s" % cat)
            continue
        if body != body.strip():
            err(path, "marker text has leading/trailing whitespace: %r" % body)
        if cat == "age":
            try:
                val = int(body)
            except ValueError:
                err(path, "age marker is not a number: %r" % body)
            else:
                if val <= 89:
                    err(path, "age marker not over 89: %r" % body)
        if cat == "date" and BARE_YEAR.match(body):
            err(path, "bare year marked as date: %r" % body)
        out.append((cat, body))
    return out


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "missing front matter")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "unterminated front matter")
        return None, text
    return text[4:end + 1], text[end + 5:]


def protected_blocks(fm):
    """Return the raw text of each protected top-level key."""
    blocks = collections.defaultdict(str)
    key = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m and not line.startswith((" ", "\t", "-")):
            key = m.group(1)
        if key in PROTECTED:
            blocks[key] += line + "\n"
    return blocks


def check_front_matter(path, fm):
    for key, block in protected_blocks(fm).items():
        if "⟦" in block or "⟧" in block:
            err(path, "marker inside protected key %r" % key)
    if yaml is None:
        return
    try:
        data = yaml.safe_load(strip_markers(fm))
    except yaml.YAMLError as exc:
        err(path, "front matter does not parse: %s" % exc)
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for key in REQUIRED:
        if key not in data:
            err(path, "missing required key %r" % key)
    if not isinstance(data.get("tags"), list):
        err(path, "tags is not a list")
    if data.get("status") != "published":
        err(path, "status is not 'published'")
    pub = data.get("published")
    if pub is not None and not isinstance(pub, datetime.date):
        err(path, "published is not YYYY-MM-DD")
    for key in ("authors", "references", "system", "modality"):
        if key in data and not isinstance(data[key], list):
            err(path, "%s is not a list" % key)
    for img in data.get("images") or []:
        if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
            err(path, "image entry lacks file/alt/caption")


def slug_form(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def check_slug(path, slug, markers):
    words = set(slug.split("-"))
    for cat, body in markers:
        sf = slug_form(body)
        if not sf:
            continue
        if sf in words or (len(sf) >= 4 and sf in slug):
            err(path, "slug %r contains marked text %r" % (slug, body))


def visible_width(text):
    return max((len(l) for l in strip_markers(text).splitlines()), default=0)


def is_hard_wrapped(body):
    lines = strip_markers(body).splitlines()
    in_code = False
    prose = []
    for l in lines:
        if l.startswith("```"):
            in_code = not in_code
            continue
        if in_code or l.lstrip().startswith("|"):
            continue
        prose.append(l)
    return bool(prose) and max(len(l) for l in prose) <= 80 and len(prose) > 10


def main():
    case_dir = os.path.join(ROOT, "cases")
    clean_dir = os.path.join(ROOT, "clean")
    seen_case, seen_clean = set(), set()
    wrapped = 0
    all_markers = []
    for d, regex, seen, is_clean in (
        (case_dir, CASE_RE, seen_case, False),
        (clean_dir, CLEAN_RE, seen_clean, True),
    ):
        if not os.path.isdir(d):
            err(d, "missing directory")
            continue
        for fn in sorted(os.listdir(d)):
            path = os.path.join(d, fn)
            m = regex.match(fn)
            if not m:
                err(path, "bad file name")
                continue
            num, slug = int(m.group(1)), m.group(2)
            limit = N_CLEAN if is_clean else N_CASES
            if not 1 <= num <= limit:
                err(path, "number out of range")
            if num in seen:
                err(path, "duplicate number")
            seen.add(num)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            markers = check_syntax(path, text)
            fm, body = split_front_matter(path, text)
            if fm is not None:
                check_front_matter(path, fm)
            if is_clean:
                if "⟦" in text or "⟧" in text:
                    err(path, "clean file contains markers")
            else:
                if not markers:
                    err(path, "case file has no markers")
                check_slug(path, slug, markers)
                for cat, body_text in markers:
                    counts[cat] += 1
                all_markers.extend(markers)
            if is_hard_wrapped(body):
                wrapped += 1
    if len(seen_case) != N_CASES:
        err(case_dir, "expected %d case files, found %d" % (N_CASES, len(seen_case)))
    if len(seen_clean) != N_CLEAN:
        err(clean_dir, "expected %d clean files, found %d" % (N_CLEAN, len(seen_clean)))
    for cat in sorted(CATEGORIES):
        need = max(MIN_PER_CAT, AIM_CATS.get(cat, 0))
        if counts[cat] < need:
            err(ROOT, "category %s has %d markers (< %d)" % (cat, counts[cat], need))
    total = sum(counts.values())
    if total < MIN_TOTAL:
        err(ROOT, "only %d markers in total (< %d)" % (total, MIN_TOTAL))

    for cat in sorted(CATEGORIES):
        print("%-12s %4d" % (cat, counts[cat]))
    print("%-12s %4d" % ("TOTAL", total))
    print("hard-wrapped files: %d" % wrapped)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
