#!/usr/bin/env python3
"""Validator for the heldout41 blind evaluation set (prefix 'cr')."""
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "cr"
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]
MIN_TOTAL = 380
MIN_PER_CAT = 8
N_CASES, N_CLEAN = 30, 12

MARKER = re.compile(r"⟦([^⟦⟧]*?)\|([^⟦⟧]*?)⟧")
CASE_RE = re.compile(r"^%s(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" % PREFIX)
CLEAN_RE = re.compile(r"^%sc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" % PREFIX)

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, ROOT), msg))


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


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


def check_marker_syntax(path, text):
    """Check balance and nesting of ⟦ ⟧ and the shape of each marker."""
    depth = 0
    for idx, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1:
                line = text.count("\n", 0, idx) + 1
                err(path, "nested or unclosed marker near line %d" % line)
                depth = 1
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                line = text.count("\n", 0, idx) + 1
                err(path, "unbalanced closing marker near line %d" % line)
                depth = 0
    if depth != 0:
        err(path, "unclosed marker at end of file")
    # every ⟦...⟧ chunk must be a well-formed marker
    for chunk in re.finditer(r"⟦([^⟦⟧]*)⟧", text):
        inner = chunk.group(1)
        line = text.count("\n", 0, chunk.start()) + 1
        if inner.count("|") != 1:
            err(path, "marker must contain exactly one '|' (line %d): %r" % (line, inner))
            continue
        cat, val = inner.split("|")
        if cat not in CATEGORIES:
            err(path, "unknown category %r (line %d)" % (cat, line))
        if not val:
            err(path, "empty marker text (line %d)" % line)
        elif val != val.strip():
            err(path, "marker text has leading/trailing whitespace (line %d): %r" % (line, val))
        if cat == "age":
            if not re.fullmatch(r"\d+", val) or int(val) <= 89:
                err(path, "age marker must be a number > 89 (line %d): %r" % (line, val))
        if cat == "date" and re.fullmatch(r"\s*\d{4}\s*", val):
            err(path, "bare year marked as date (line %d): %r" % (line, val))


def check_protected(path, fm_raw):
    current = None
    for ln in fm_raw.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", ln)
        if m and not ln.startswith((" ", "\t", "-")):
            current = m.group(1)
        if current in PROTECTED and "⟦" in ln:
            err(path, "marker inside protected key %r: %s" % (current, ln.strip()))


def check_front_matter(path, fm_raw):
    if yaml is None:
        return None
    try:
        data = yaml.safe_load(strip_markers(fm_raw))
    except yaml.YAMLError as e:
        err(path, "front matter does not parse after stripping markers: %s" % e)
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    for key in REQUIRED:
        if key not in data:
            err(path, "missing required key %r" % key)
    if "tags" in data and not isinstance(data["tags"], list):
        err(path, "tags must be a list")
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    for key in ("system", "modality", "authors", "references", "images"):
        if key in data and not isinstance(data[key], list):
            err(path, "%s must be a list" % key)
    if "published" in data:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
            err(path, "published must be YYYY-MM-DD")
    for img in data.get("images", []) or []:
        if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
            err(path, "each image needs file, alt and caption")
    if "age" in data and not re.fullmatch(r"\d{1,2}-\d{1,2}|90\+|\d{1,3}", str(data["age"])):
        err(path, "age band looks wrong: %r" % data["age"])
    return data


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", s.lower()) if t]


def check_slug(path, slug, markers):
    slug_toks = slug.split("-")
    for cat, val in markers:
        vt = tokens(val)
        if not vt:
            continue
        n = len(vt)
        for i in range(len(slug_toks) - n + 1):
            if slug_toks[i:i + n] == vt:
                err(path, "slug contains marked text %r" % val)
                break
        compact = "".join(vt)
        if len(compact) >= 4 and compact in slug.replace("-", ""):
            if not any(slug_toks[i:i + n] == vt for i in range(len(slug_toks) - n + 1)):
                err(path, "slug contains marked text %r (joined)" % val)


def main():
    counts = {c: 0 for c in sorted(CATEGORIES)}
    total = 0
    case_dir = os.path.join(ROOT, "cases")
    clean_dir = os.path.join(ROOT, "clean")
    for d in (case_dir, clean_dir):
        if not os.path.isdir(d):
            err(d, "missing directory")
    case_files = sorted(os.listdir(case_dir)) if os.path.isdir(case_dir) else []
    clean_files = sorted(os.listdir(clean_dir)) if os.path.isdir(clean_dir) else []

    seen = set()
    for fn in case_files:
        path = os.path.join(case_dir, fn)
        m = CASE_RE.match(fn)
        if not m:
            err(path, "bad case file name")
            continue
        seen.add(int(m.group(1)))
        text = open(path, encoding="utf-8").read()
        check_marker_syntax(path, text)
        fm_raw, body = split_front_matter(path, text)
        if fm_raw is None:
            continue
        check_protected(path, fm_raw)
        check_front_matter(path, fm_raw)
        markers = [(mm.group(1), mm.group(2)) for mm in MARKER.finditer(text)]
        if not markers:
            err(path, "case file has no markers")
        for cat, _ in markers:
            if cat in counts:
                counts[cat] += 1
                total += 1
        check_slug(path, m.group(2), markers)
    if seen != set(range(1, N_CASES + 1)) or len(case_files) != N_CASES:
        err(case_dir, "expected %s001..%s%03d (%d files), found %d" %
            (PREFIX, PREFIX, N_CASES, N_CASES, len(case_files)))

    seen = set()
    for fn in clean_files:
        path = os.path.join(clean_dir, fn)
        m = CLEAN_RE.match(fn)
        if not m:
            err(path, "bad clean file name")
            continue
        seen.add(int(m.group(1)))
        text = open(path, encoding="utf-8").read()
        if "⟦" in text or "⟧" in text:
            err(path, "clean file contains marker characters")
        fm_raw, body = split_front_matter(path, text)
        if fm_raw is None:
            continue
        check_front_matter(path, fm_raw)
    if seen != set(range(1, N_CLEAN + 1)) or len(clean_files) != N_CLEAN:
        err(clean_dir, "expected %sc001..%sc%03d (%d files), found %d" %
            (PREFIX, PREFIX, N_CLEAN, N_CLEAN, len(clean_files)))

    # wrapped-file statistic (informational)
    wrapped = 0
    for d, files in ((case_dir, case_files), (clean_dir, clean_files)):
        for fn in files:
            text = strip_markers(open(os.path.join(d, fn), encoding="utf-8").read())
            parts = text.split("\n")
            try:
                close = parts.index("---", 1)
            except ValueError:
                close = -1
            body = "\n".join(parts[close + 1:])
            lines = [l for l in body.split("\n") if l.strip()]
            lines = [l for l in lines if not l.lstrip().startswith("|")]
            if lines and max(len(l) for l in lines) <= 80:
                wrapped += 1

    for cat in sorted(counts):
        print("%-12s %4d" % (cat, counts[cat]))
        if counts[cat] < MIN_PER_CAT:
            errors.append("category %s has %d markers (< %d)" % (cat, counts[cat], MIN_PER_CAT))
    print("%-12s %4d" % ("TOTAL", total))
    print("hard-wrapped files (body <= 80 cols): %d" % wrapped)
    if total < MIN_TOTAL:
        errors.append("total markers %d < %d" % (total, MIN_TOTAL))

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
