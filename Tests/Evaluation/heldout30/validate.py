#!/usr/bin/env python3
"""Validate the heldout30 evaluation set (prefix "cg").

Checks:
  * 30 case files  cases/cgNNN-<slug>.md  (NNN = 001..030)
  * 12 clean files clean/cgcNNN-<slug>.md (NNN = 001..012)
  * marker syntax ⟦category|text⟧, balance, no nesting, one '|' per marker,
    no leading/trailing whitespace, valid category
  * age markers are integers > 89; no bare-year date markers
  * no markers in clean files, none in protected front-matter keys
    (authors, author, published, references)
  * front matter parses (after stripping markers) and has title, summary,
    tags (list) and status: published
  * slugs contain no marked text
  * per-category minimum counts and overall minimum
Exits 1 on any error, prints OK otherwise.
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml  # optional
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
OPEN, CLOSE = "\u27e6", "\u27e7"
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]
MARK = re.compile(OPEN + r"([^" + OPEN + CLOSE + r"|]*)\|([^" + OPEN + CLOSE + r"|]*)" + CLOSE)
CASE_RE = re.compile(r"^cg(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^cgc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MIN_PER_CAT = 8
MIN_TOTAL = 380
SLUG_STOP = {
    "ward", "unit", "hospital", "clinic", "centre", "center", "medical", "general",
    "street", "road", "house", "care", "home", "health", "laboratory", "surgery",
    "the", "and", "rue", "calle", "via", "lab", "core", "team", "east", "west",
    "north", "south", "city", "royal", "saint", "school", "elementary", "trauma",
    "regional", "district", "station", "institute", "sciences", "research", "centro",
    "salud", "hospital", "clinica", "klinikum", "ward", "service",
}

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARK.sub(lambda m: m.group(2), text)


def check_structure(path, text):
    depth = 0
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        if ch == OPEN:
            if depth:
                err(path, f"line {line}: nested marker")
            depth += 1
        elif ch == CLOSE:
            if not depth:
                err(path, f"line {line}: closing marker without opening")
                continue
            depth -= 1
    if depth:
        err(path, "unbalanced markers at end of file")
    # every bracketed span must be a well-formed marker
    for m in re.finditer(OPEN + r"[^" + CLOSE + r"]*" + CLOSE, text):
        span = m.group(0)
        if not MARK.fullmatch(span):
            ln = text.count("\n", 0, m.start()) + 1
            err(path, f"line {ln}: malformed marker {span!r}")


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "missing front matter start")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "missing front matter end")
        return None, text
    return text[4:end + 1], text[end + 5:]


def check_front_matter(path, fm_raw):
    # protected keys: line-based scan of top-level blocks
    current = None
    for ln in fm_raw.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", ln)
        if m:
            current = m.group(1)
        if current in PROTECTED and OPEN in ln:
            err(path, f"marker inside protected key '{current}': {ln.strip()[:60]}")
    fm = strip_markers(fm_raw)
    if yaml is None:
        for k in REQUIRED:
            if not re.search(rf"^{k}\s*:", fm, re.M):
                err(path, f"front matter lacks '{k}'")
        if not re.search(r"^status\s*:\s*published\s*$", fm, re.M):
            err(path, "status is not 'published'")
        return
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse: {e}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for k in REQUIRED:
        if k not in data:
            err(path, f"front matter lacks '{k}'")
    if not isinstance(data.get("tags"), list):
        err(path, "tags is not a list")
    if data.get("status") != "published":
        err(path, "status is not 'published'")
    for k in ("authors", "references", "system", "modality"):
        if k in data and not isinstance(data[k], list):
            err(path, f"{k} is not a list")
    if "images" in data:
        if not isinstance(data["images"], list):
            err(path, "images is not a list")
        else:
            for im in data["images"]:
                if not isinstance(im, dict) or not {"file", "alt", "caption"} <= set(im):
                    err(path, "image entry lacks file/alt/caption")
    # the raw front matter (with markers) should also parse, as a courtesy check
    try:
        yaml.safe_load(fm_raw)
    except yaml.YAMLError as e:
        err(path, f"front matter with markers does not parse: {e}")


def check_markers(path, text, counts, slug):
    slug_words = set(slug.split("-"))
    for m in MARK.finditer(text):
        cat, val = m.group(1), m.group(2)
        ln = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {ln}: unknown category '{cat}'")
            continue
        if not val or val != val.strip():
            err(path, f"line {ln}: empty or space-padded marker text {val!r}")
        if cat == "age":
            if not val.isdigit() or int(val) <= 89:
                err(path, f"line {ln}: age marker must be a number > 89, got {val!r}")
        if cat == "date" and re.fullmatch(r"\d{4}", val.strip()):
            err(path, f"line {ln}: bare year marked as date: {val!r}")
        norm = re.sub(r"[^a-z0-9]+", "-", val.lower()).strip("-")
        if norm and len(norm) >= 3 and f"-{norm}-" in f"-{slug}-":
            err(path, f"slug contains marked text {val!r}")
        if cat in {"name", "relative", "location", "initials"}:
            for w in re.findall(r"[a-z0-9]+", val.lower()):
                if len(w) >= 4 and w not in SLUG_STOP and w in slug_words:
                    err(path, f"slug word '{w}' comes from marked text {val!r}")
        counts[cat] += 1


def prose_max_width(body):
    """Max width of prose lines (outside code fences and tables), markers stripped."""
    widest = 0
    in_code = False
    multi = False
    prev_prose = False
    for ln in strip_markers(body).splitlines():
        if ln.lstrip().startswith("```"):
            in_code = not in_code
            prev_prose = False
            continue
        if in_code or ln.lstrip().startswith("|") or not ln.strip():
            prev_prose = False
            continue
        if "http" not in ln:  # a bare URL cannot be wrapped
            widest = max(widest, len(ln))
        if prev_prose:
            multi = True
        prev_prose = not ln.lstrip().startswith("#")
    return widest, multi


def main():
    counts = Counter()
    per_file = defaultdict(Counter)
    wrapped = []
    seen = {"cases": set(), "clean": set()}
    for sub, pattern, expected in (("cases", CASE_RE, 30), ("clean", CLEAN_RE, 12)):
        d = os.path.join(HERE, sub)
        if not os.path.isdir(d):
            err(d, "missing folder")
            continue
        files = sorted(os.listdir(d))
        for fn in files:
            path = os.path.join(d, fn)
            m = pattern.match(fn)
            if not m:
                err(path, "file name does not follow the pattern")
                continue
            num, slug = int(m.group(1)), m.group(2)
            if num in seen[sub]:
                err(path, "duplicate number")
            seen[sub].add(num)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            check_structure(path, text)
            fm_raw, body = split_front_matter(path, text)
            if fm_raw is not None:
                check_front_matter(path, fm_raw)
            if sub == "clean":
                if OPEN in text or CLOSE in text:
                    err(path, "clean file contains markers")
            else:
                c = Counter()
                check_markers(path, text, c, slug)
                if sum(c.values()) == 0:
                    err(path, "case file has no markers")
                counts.update(c)
                per_file[fn] = c
            width, multi = prose_max_width(body)
            if width <= 80 and multi:
                wrapped.append(fn)
        if seen[sub] != set(range(1, expected + 1)):
            missing = sorted(set(range(1, expected + 1)) - seen[sub])
            extra = sorted(seen[sub] - set(range(1, expected + 1)))
            err(d, f"expected {expected} files; missing {missing} extra {extra}")
    total = sum(counts.values())
    for cat in sorted(CATEGORIES):
        if counts[cat] < MIN_PER_CAT:
            err(HERE, f"category '{cat}' has {counts[cat]} markers (< {MIN_PER_CAT})")
    if total < MIN_TOTAL:
        err(HERE, f"only {total} markers (< {MIN_TOTAL})")

    print("Per-category counts:")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {counts[cat]}")
    print(f"  {'TOTAL':12s} {total}")
    print(f"Hard-wrapped files (prose <= 80 cols): {len(wrapped)}")
    for fn in wrapped:
        print(f"  {fn}")
    if "-v" in sys.argv:
        for fn, c in sorted(per_file.items()):
            print(f"  {fn}: {sum(c.values())} {dict(c)}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
