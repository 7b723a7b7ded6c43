#!/usr/bin/env python3
"""Validator for the heldout24 blind evaluation set (prefix p)."""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "p"
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = {"title", "summary", "tags", "status"}
MIN_TOTAL = 380
MIN_PER_CAT = 8
N_CASES = 30
N_CLEAN = 12
WRAP = 80

MARK_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")
CASE_RE = re.compile(r"^%s(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$" % PREFIX)
CLEAN_RE = re.compile(r"^%sc(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$" % PREFIX)

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        err(path, "file does not start with front matter '---'")
        return None, None
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    err(path, "front matter not closed")
    return None, None


def check_balance(path, text):
    depth = 0
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        if ch == "⟦":
            depth += 1
            if depth > 1:
                err(path, "nested marker near line %d" % line)
                depth = 1
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                err(path, "unbalanced closing marker at line %d" % line)
                depth = 0
    if depth:
        err(path, "unclosed marker at end of file")


def check_markers(path, text):
    check_balance(path, text)
    found = []
    for m in MARK_RE.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, "invalid category %r" % cat)
            continue
        if not val:
            err(path, "empty marker text for %s" % cat)
            continue
        if val != val.strip():
            err(path, "leading/trailing whitespace in marker %r" % val)
        if cat == "age":
            if not re.fullmatch(r"\d+", val) or int(val) <= 89:
                err(path, "age marker must be a number > 89: %r" % val)
        if cat == "date":
            if re.fullmatch(r"\s*'?\d{2,4}\s*", val):
                err(path, "bare year marked as date: %r" % val)
        found.append((cat, val))
    # leftovers: marker brackets not consumed by the regex
    rest = MARK_RE.sub("", text)
    if "⟦" in rest or "⟧" in rest:
        err(path, "malformed marker (stray bracket or '|' inside marker)")
    return found


def top_level_blocks(fm):
    """Yield (key, raw_text) for each top-level key in raw front matter."""
    key = None
    buf = []
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            if key is not None:
                yield key, "\n".join(buf)
            key = m.group(1)
            buf = [line]
        else:
            buf.append(line)
    if key is not None:
        yield key, "\n".join(buf)


def check_front_matter(path, fm):
    for key, raw in top_level_blocks(fm):
        if key in PROTECTED and ("⟦" in raw or "⟧" in raw):
            err(path, "marker inside protected key %r" % key)
    stripped = strip_markers(fm)
    if yaml is None:
        for k in REQUIRED:
            if not re.search(r"^%s\s*:" % k, stripped, re.M):
                err(path, "missing key %s" % k)
        return
    try:
        data = yaml.safe_load(stripped)
    except yaml.YAMLError as e:
        err(path, "front matter does not parse: %s" % str(e).replace("\n", " "))
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for k in REQUIRED:
        if k not in data:
            err(path, "missing required key %s" % k)
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    if not isinstance(data.get("tags"), list):
        err(path, "tags must be a list")
    for k in ("system", "modality", "authors", "references", "images"):
        if k in data and not isinstance(data[k], list):
            err(path, "%s must be a list" % k)
    for img in data.get("images") or []:
        if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
            err(path, "image entries need file, alt, caption")
    if "published" in data:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
            err(path, "published must be YYYY-MM-DD")


def is_wrapped(body):
    lines = strip_markers(body).split("\n")
    return all(len(l) <= WRAP for l in lines)


def slug_conflicts(slug, found):
    s = slug.replace("-", " ")
    for cat, val in found:
        v = re.sub(r"[^a-z0-9]+", " ", val.lower()).strip()
        if len(v) >= 3 and re.search(r"\b%s\b" % re.escape(v), s):
            return val
    return None


def main():
    counts = Counter()
    wrapped = 0
    case_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    for d in (case_dir, clean_dir):
        if not os.path.isdir(d):
            err(d, "missing directory")
    case_files = sorted(os.listdir(case_dir)) if os.path.isdir(case_dir) else []
    clean_files = sorted(os.listdir(clean_dir)) if os.path.isdir(clean_dir) else []

    nums = []
    for fn in case_files:
        path = os.path.join(case_dir, fn)
        m = CASE_RE.match(fn)
        if not m:
            err(path, "bad case file name")
            continue
        nums.append(int(m.group(1)))
        text = open(path, encoding="utf-8").read()
        found = check_markers(path, text)
        if not found:
            err(path, "case file has no markers")
        bad = slug_conflicts(m.group(2), found)
        if bad:
            err(path, "slug contains marked text %r" % bad)
        fm, body = split_front_matter(path, text)
        if fm is not None:
            check_front_matter(path, fm)
            if is_wrapped(body):
                wrapped += 1
        for cat, _ in found:
            counts[cat] += 1
    if sorted(nums) != list(range(1, N_CASES + 1)):
        err(case_dir, "expected cases %s001..%s%03d exactly once, got %s"
            % (PREFIX, PREFIX, N_CASES, sorted(nums)))

    nums = []
    for fn in clean_files:
        path = os.path.join(clean_dir, fn)
        m = CLEAN_RE.match(fn)
        if not m:
            err(path, "bad clean file name")
            continue
        nums.append(int(m.group(1)))
        text = open(path, encoding="utf-8").read()
        if "⟦" in text or "⟧" in text:
            err(path, "marker found in clean file")
        fm, body = split_front_matter(path, text)
        if fm is not None:
            check_front_matter(path, fm)
            if is_wrapped(body):
                wrapped += 1
    if sorted(nums) != list(range(1, N_CLEAN + 1)):
        err(clean_dir, "expected clean %sc001..%sc%03d exactly once, got %s"
            % (PREFIX, PREFIX, N_CLEAN, sorted(nums)))

    total = sum(counts.values())
    print("Per-category counts:")
    for cat in sorted(CATEGORIES):
        flag = "" if counts[cat] >= MIN_PER_CAT else "   <-- below %d" % MIN_PER_CAT
        print("  %-12s %4d%s" % (cat, counts[cat], flag))
        if counts[cat] < MIN_PER_CAT:
            errors.append("category %s has %d markers (< %d)" % (cat, counts[cat], MIN_PER_CAT))
    print("  %-12s %4d" % ("TOTAL", total))
    print("Hard-wrapped files (body <= %d cols): %d of %d" % (WRAP, wrapped, len(case_files) + len(clean_files)))
    if total < MIN_TOTAL:
        errors.append("total markers %d < %d" % (total, MIN_TOTAL))

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
