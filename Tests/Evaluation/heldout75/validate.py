#!/usr/bin/env python3
"""Validate the heldout75 (prefix dz) blind evaluation set.

Checks file names and counts, marker syntax, front matter, word counts,
fictional e-mail / URL hosts, and prints per-category totals.
Exit 0 when everything passes, 1 otherwise.
Standard library only; PyYAML is used when available.
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
PREFIX = "dz"
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
REQUIRED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
NO_MARK_KEYS = {"authors", "author", "published", "references"}
SEX = {"female", "male", "other", "not-stated"}
CERTAINTY = {"possible", "probable", "almost-certain", "certain"}
FICTIONAL_HOSTS = ("example.org", "example.com", "example.net")
FICTIONAL_TLDS = (".test", ".invalid", ".example")

CASE_RE = re.compile(r"^%s(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
CLEAN_RE = re.compile(r"^%sc(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
MARK_RE = re.compile(r"⟦([a-z-]+)\|([^⟦⟧\n]+)⟧")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"\b(?:https?|ftp)://([^/\s:?#⟧)\]>\"'`]+)", re.I)
WWW_RE = re.compile(r"(?<![\w./])www\.([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", re.I)

errors = []
totals = Counter()
per_file = {}


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def host_ok(host):
    host = host.lower().rstrip(".")
    if any(host == h or host.endswith("." + h) for h in FICTIONAL_HOSTS):
        return True
    return host.endswith(FICTIONAL_TLDS)


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "no front matter opening '---'")
        return None, text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def top_level_blocks(fm):
    """Map top-level key -> its raw text (key line plus indented continuation)."""
    blocks = {}
    current = None
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_\-]*):(.*)$", line)
        if m:
            current = m.group(1)
            blocks[current] = line + "\n"
        elif current is not None:
            blocks[current] += line + "\n"
    return blocks


def check_markers(path, text, allow):
    count = Counter()
    # unbalanced brackets, per line
    for ln, line in enumerate(text.split("\n"), 1):
        depth = 0
        for ch in line:
            if ch == "⟦":
                depth += 1
                if depth > 1:
                    err(path, "line %d: nested marker" % ln)
            elif ch == "⟧":
                depth -= 1
                if depth < 0:
                    err(path, "line %d: '⟧' without '⟦'" % ln)
                    depth = 0
        if depth != 0:
            err(path, "line %d: unclosed marker (markers may not span lines)" % ln)
        for m in MARK_RE.finditer(line):
            cat, inner = m.group(1), m.group(2)
            if not allow:
                err(path, "line %d: marker in a clean file" % ln)
            if cat not in CATEGORIES:
                err(path, "line %d: unknown category %r" % (ln, cat))
            if inner != inner.strip() or not inner.strip():
                err(path, "line %d: marker text has outer whitespace/empty: %r" % (ln, inner))
            count[cat] += 1
        leftovers = MARK_RE.sub("", line)
        if "⟦" in leftovers or "⟧" in leftovers:
            err(path, "line %d: malformed marker" % ln)
    return count


def check_file(path, is_case):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "\r" in text:
        err(path, "CR characters found")
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return
    count = check_markers(path, text, allow=is_case)
    blocks = top_level_blocks(fm)
    for key in REQUIRED_KEYS:
        if key not in blocks:
            err(path, "front matter missing key %r" % key)
    for key in NO_MARK_KEYS:
        if key in blocks and ("⟦" in blocks[key] or "⟧" in blocks[key]):
            err(path, "marker inside %r" % key)
    clean_fm = strip_markers(fm)
    if yaml is not None:
        try:
            data = yaml.safe_load(clean_fm)
        except Exception as exc:
            err(path, "YAML error: %s" % exc)
            data = None
        if isinstance(data, dict):
            if data.get("sex") not in SEX:
                err(path, "bad sex %r" % data.get("sex"))
            if data.get("certainty") not in CERTAINTY:
                err(path, "bad certainty %r" % data.get("certainty"))
            if not isinstance(data.get("tags"), list) or not data.get("tags"):
                err(path, "tags must be a non-empty list")
            if not isinstance(data.get("authors"), list):
                err(path, "authors must be a list")
            if data.get("status") != "published":
                err(path, "status should be published")
            age = str(data.get("age"))
            if not re.match(r"^(\d{1,2}-\d{1,2}|90\+|\d0s)$", age):
                err(path, "age must be a band, got %r" % age)
            imgs = data.get("images")
            if not isinstance(imgs, list) or not imgs:
                err(path, "images must be a non-empty list")
            else:
                for im in imgs:
                    if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                        err(path, "image entry needs file and alt")
            refs = data.get("references")
            if not isinstance(refs, list) or not refs:
                err(path, "references must be a non-empty list")
        elif data is not None:
            err(path, "front matter is not a mapping")
    plain = strip_markers(text)
    words = len(plain.split())
    if not 500 <= words <= 1500:
        err(path, "word count %d outside 500-1500" % words)
    for m in EMAIL_RE.finditer(plain):
        if not host_ok(m.group(1)):
            err(path, "non-fictional e-mail host %r" % m.group(1))
    for m in URL_RE.finditer(plain):
        if not host_ok(m.group(1)):
            err(path, "non-fictional URL host %r" % m.group(1))
    for m in WWW_RE.finditer(plain):
        if not host_ok("www." + m.group(1)):
            err(path, "non-fictional www host %r" % m.group(1))
    if is_case:
        if sum(count.values()) == 0:
            err(path, "case has no markers")
        totals.update(count)
    per_file[os.path.basename(path)] = (words, sum(count.values()))


def main():
    cases_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    for d in (cases_dir, clean_dir):
        if not os.path.isdir(d):
            err(d, "missing folder")
    extra = [f for f in os.listdir(HERE) if f not in ("cases", "clean", "validate.py", "__pycache__")]
    for f in extra:
        err(os.path.join(HERE, f), "unexpected file in set folder")
    case_files = sorted(os.listdir(cases_dir)) if os.path.isdir(cases_dir) else []
    clean_files = sorted(os.listdir(clean_dir)) if os.path.isdir(clean_dir) else []
    nums = []
    for f in case_files:
        m = CASE_RE.match(f)
        if not m:
            err(os.path.join(cases_dir, f), "bad case file name")
            continue
        nums.append(int(m.group(1)))
        check_file(os.path.join(cases_dir, f), True)
    if sorted(nums) != list(range(1, 31)):
        err(cases_dir, "expected dz001..dz030, got %s" % sorted(nums))
    cnums = []
    for f in clean_files:
        m = CLEAN_RE.match(f)
        if not m:
            err(os.path.join(clean_dir, f), "bad clean file name")
            continue
        cnums.append(int(m.group(1)))
        check_file(os.path.join(clean_dir, f), False)
    if sorted(cnums) != list(range(1, 13)):
        err(clean_dir, "expected dzc001..dzc012, got %s" % sorted(cnums))

    total = sum(totals.values())
    for cat in sorted(CATEGORIES):
        if totals[cat] < 10:
            errors.append("category %r has only %d markers (need >= 10)" % (cat, totals[cat]))
    if not 700 <= total <= 900:
        errors.append("total markers %d outside 700-900" % total)

    print("Per-file (words, markers):")
    for f in sorted(per_file):
        w, n = per_file[f]
        print("  %-50s %5d words %4d markers" % (f, w, n))
    print("\nTotals per category:")
    for cat in sorted(CATEGORIES):
        print("  %-12s %4d" % (cat, totals[cat]))
    print("  %-12s %4d" % ("TOTAL", total))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
