#!/usr/bin/env python3
"""Validate the heldout46 blind evaluation set (prefix cw).

Checks file names and counts, front matter (after markers are removed),
marker syntax and categories, that clean files and the authors / author /
published / references keys carry no markers, body length, and the totals.
Prints identifiers per category. Exit status 0 when everything passes.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # optional
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "cw"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 380
MIN_PER_CATEGORY = 8
MIN_WORDS, MAX_WORDS = 500, 1500
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
PROTECTED_KEYS = {"authors", "author", "published", "references"}
REQUIRED_KEYS = ["title", "summary", "tags", "status"]

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CASE_NAME = re.compile(r"^%s(\d{3})-(%s)\.md$" % (PREFIX, SLUG))
CLEAN_NAME = re.compile(r"^%sc(\d{3})-(%s)\.md$" % (PREFIX, SLUG))

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        err(path, "file does not start with a front-matter fence")
        return None, None
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    err(path, "front matter is not closed")
    return None, None


def top_level_blocks(fm):
    """Map each top-level key to the raw text of its block."""
    blocks, key, buf = {}, None, []
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m and not line.startswith((" ", "\t")):
            if key is not None:
                blocks[key] = "\n".join(buf)
            key, buf = m.group(1), [line]
        else:
            buf.append(line)
    if key is not None:
        blocks[key] = "\n".join(buf)
    return blocks


def parse_yaml(path, fm):
    if yaml is None:
        data = {}
        for k, v in top_level_blocks(fm).items():
            data[k] = v.split(":", 1)[1].strip()
        if "tags" in data:
            t = data["tags"]
            data["tags"] = [x for x in t.strip("[]").split(",") if x.strip()]
        return data
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError as e:
        err(path, "front matter is not valid YAML after removing markers: %s" % e)
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    return data


def check_common(path, text, is_clean):
    counts = Counter()
    # marker syntax
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, "unknown category %r in marker %r" % (cat, m.group(0)))
        if not val.strip() or val != val.strip():
            err(path, "empty or padded marker text in %r" % m.group(0))
        counts[cat] += 1
    leftover = MARKER.sub("", text)
    for ch in "⟦⟧":
        if ch in leftover:
            line = text[: text.index(ch)].count("\n") + 1
            err(path, "malformed marker near line %d" % line)
            break
    if is_clean and ("⟦" in text or "⟧" in text):
        err(path, "clean file contains markers")

    fm, body = split_front_matter(path, text)
    if fm is None:
        return counts
    for key, block in top_level_blocks(fm).items():
        if key in PROTECTED_KEYS and "⟦" in block:
            err(path, "marker inside %r, which is never an identifier" % key)
    data = parse_yaml(path, strip_markers(fm))
    if data is not None:
        for k in REQUIRED_KEYS:
            if k not in data or data[k] in (None, "", []):
                err(path, "front matter lacks %r" % k)
        if data.get("status") != "published":
            err(path, "status is not 'published'")
        tags = data.get("tags")
        if not isinstance(tags, list) or not tags:
            err(path, "tags must be a non-empty list")
        if "authors" not in data and "author" not in data:
            err(path, "front matter lacks authors")
        imgs = data.get("images") or []
        for img in imgs:
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                err(path, "image without file or alt")
    if not is_clean:
        warn_unmarked_repeats(path, text)
    plain = strip_markers(body)
    words = len(re.findall(r"\S+", plain))
    if not (MIN_WORDS <= words <= MAX_WORDS):
        err(path, "body has %d words (want %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
    return counts


warnings = []


def warn_unmarked_repeats(path, text):
    """Warn when a marked string also occurs unmarked elsewhere (outside the
    never-identifying front-matter keys). Not an error: an eponym may share a
    surname with a marked person."""
    fm, body = split_front_matter(path, text)
    if fm is None:
        return
    blocks = top_level_blocks(fm)
    scan = "\n".join(v for k, v in blocks.items() if k not in PROTECTED_KEYS) + "\n" + body
    masked = MARKER.sub(lambda m: "\x00" * len(m.group(0)), scan)
    seen = set()
    for m in MARKER.finditer(scan):
        val = m.group(2)
        if len(val) < 3 or val in seen:
            continue
        seen.add(val)
        pat = r"(?<![\w@./-])" + re.escape(val) + r"(?![\w@-])"
        for hit in re.finditer(pat, masked):
            line = masked[: hit.start()].count("\n") + 1
            warnings.append("%s: %r occurs unmarked (scan line %d)" % (os.path.relpath(path, HERE), val, line))
            break


def list_dir(sub, pattern, n, label):
    d = os.path.join(HERE, sub)
    if not os.path.isdir(d):
        err(d, "missing folder")
        return []
    files = sorted(f for f in os.listdir(d) if not f.startswith("."))
    good = []
    numbers = []
    for f in files:
        m = pattern.match(f)
        if not m:
            err(os.path.join(d, f), "bad %s file name" % label)
            continue
        numbers.append(int(m.group(1)))
        good.append(os.path.join(d, f))
    if sorted(numbers) != list(range(1, n + 1)):
        err(d, "%s numbering is %s, want 1..%d" % (label, sorted(numbers), n))
    return good


def main():
    total = Counter()
    per_file = {}
    for path in list_dir("cases", CASE_NAME, N_CASES, "case"):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        c = check_common(path, text, is_clean=False)
        per_file[os.path.basename(path)] = sum(c.values())
        if sum(c.values()) == 0:
            err(path, "case has no identifiers")
        total.update(c)
    for path in list_dir("clean", CLEAN_NAME, N_CLEAN, "clean"):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        check_common(path, text, is_clean=True)

    print("identifiers per category:")
    for cat in CATEGORIES:
        flag = "" if total[cat] >= MIN_PER_CATEGORY else "   <-- below %d" % MIN_PER_CATEGORY
        print("  %-12s %4d%s" % (cat, total[cat], flag))
        if total[cat] < MIN_PER_CATEGORY:
            errors.append("category %s has %d markers (want >= %d)" % (cat, total[cat], MIN_PER_CATEGORY))
    n = sum(total.values())
    print("  %-12s %4d" % ("TOTAL", n))
    if n < MIN_TOTAL:
        errors.append("only %d markers in total (want >= %d)" % (n, MIN_TOTAL))
    if "-v" in sys.argv:
        for f, k in sorted(per_file.items()):
            print("  %s %d" % (f, k))
    if warnings:
        print("\nwarnings (check by hand):")
        for w in warnings:
            print("  " + w)
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d cases, %d clean files" % (N_CASES, N_CLEAN))
    return 0


if __name__ == "__main__":
    sys.exit(main())
