#!/usr/bin/env python3
"""Validator for the heldout39 synthetic evaluation set (prefix "cp").

Checks marker syntax, categories, front matter, file naming, slugs and
per-category minimums. Exits 1 on any error, prints OK otherwise.
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
CASES = os.path.join(HERE, "cases")
CLEAN = os.path.join(HERE, "clean")

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
MIN_PER_CAT = 8
MIN_TOTAL = 380
N_CASES = 30
N_CLEAN = 12
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]

CASE_RE = re.compile(r"^cp(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$")
CLEAN_RE = re.compile(r"^cpc(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$")
MARKER_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def check_markers(path, text):
    """Return list of (category, span) and report syntax problems."""
    found = []
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1:
                err(path, f"nested marker at offset {i}")
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                err(path, f"unbalanced closing marker at offset {i}")
                depth = 0
    if depth != 0:
        err(path, "unbalanced opening marker")
    for m in MARKER_RE.finditer(text):
        cat, span = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, f"invalid category {cat!r}")
        if span == "" or span != span.strip():
            err(path, f"bad span (empty or padded) {span!r}")
        if "\n\n" in span:
            err(path, f"span crosses a blank line {span!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", span) or int(span) <= 89:
                err(path, f"age marker must be a number > 89: {span!r}")
        if cat == "date":
            s = span.strip()
            if re.fullmatch(r"(?:'|’)?\d{2}|\d{4}", s):
                err(path, f"bare year marked as date: {span!r}")
        found.append((cat, span))
    # leftover marker pieces
    stripped = MARKER_RE.sub("", text)
    if "⟦" in stripped or "⟧" in stripped:
        err(path, "malformed marker (leftover bracket)")
    return found


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "missing front matter start")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "missing front matter end")
        return None, text
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(fm):
    """Map top-level key -> raw text of its block (for protected-key check)."""
    blocks = {}
    current = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
            blocks[current] = line + "\n"
        elif current is not None:
            blocks[current] += line + "\n"
    return blocks


def parse_yaml(path, fm):
    if yaml is None:
        return None
    try:
        data = yaml.safe_load(fm)
    except Exception as e:  # noqa: BLE001
        err(path, f"front matter does not parse: {e}")
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    return data


TITLE_WORDS = {"dr", "dra", "prof", "pr", "dott", "dott.ssa", "doç", "a/prof", "med",
               "hab", "lek", "dent", "rn", "mscn", "mr", "ms", "mrs"}


def check_authors(path, data, text):
    """Credited authors must not reappear in the body or other keys (keeps
    the line between credits and identifiers unambiguous)."""
    authors = data.get("authors") or data.get("author") or []
    if isinstance(authors, str):
        authors = [authors]
    plain = strip_markers(text)
    plain = re.sub(r"^(authors|author|references):.*?(?=^\S|\Z)", "", plain,
                   flags=re.M | re.S)
    for a in authors:
        toks = [t for t in re.split(r"[\s,]+", str(a))
                if t.lower().strip(".") not in TITLE_WORDS and len(t) > 2]
        for tok in toks:
            for part in tok.split("-"):
                if len(part) > 2 and re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", plain, re.I):
                    err(path, f"author name part {part!r} of {a!r} appears outside the authors key")


def check_file(path, clean):
    name = os.path.basename(path)
    rx = CLEAN_RE if clean else CASE_RE
    m = rx.match(name)
    if not m:
        err(path, "file name does not follow the pattern")
        slug = ""
    else:
        slug = m.group(2)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    found = check_markers(path, text)
    if clean and found:
        err(path, f"clean file contains {len(found)} markers")
    if clean and ("⟦" in text or "⟧" in text):
        err(path, "clean file contains marker brackets")
    fm, body = split_front_matter(path, text)
    if fm is not None:
        blocks = top_level_blocks(fm)
        for key in PROTECTED:
            if key in blocks and MARKER_RE.search(blocks[key]):
                err(path, f"marker inside protected key {key!r}")
        data = parse_yaml(path, strip_markers(fm))
        if data is not None:
            for key in REQUIRED:
                if key not in data:
                    err(path, f"missing required key {key!r}")
            if data.get("status") != "published":
                err(path, "status must be 'published'")
            if "tags" in data and not isinstance(data["tags"], list):
                err(path, "tags must be a list")
            if "images" in data:
                imgs = data["images"]
                if not isinstance(imgs, list):
                    err(path, "images must be a list")
                else:
                    for im in imgs:
                        if not isinstance(im, dict) or not {"file", "alt", "caption"} <= set(im):
                            err(path, f"image entry lacks file/alt/caption: {im!r}")
            if "age" in data and not re.fullmatch(r"\d{1,2}-\d{1,2}|90\+|\d+", str(data["age"])):
                err(path, f"odd age band {data['age']!r}")
            check_authors(path, data, text)
            if "published" in data and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
                err(path, "published must be YYYY-MM-DD")
    if not body.strip():
        err(path, "empty body")
    # slug must not contain marked text
    if slug:
        slug_words = "-" + slug + "-"
        for cat, span in found:
            token = re.sub(r"[^a-z0-9]+", "-", span.lower()).strip("-")
            if token and ("-" + token + "-") in slug_words:
                err(path, f"slug contains marked text {span!r}")
    return found, m.group(1) if m else None


def main():
    counts = Counter()
    total = 0
    for folder, clean, n_expected in ((CASES, False, N_CASES), (CLEAN, True, N_CLEAN)):
        if not os.path.isdir(folder):
            err(folder, "missing folder")
            continue
        files = sorted(f for f in os.listdir(folder) if not f.startswith("."))
        if len(files) != n_expected:
            err(folder, f"expected {n_expected} files, found {len(files)}")
        numbers = []
        for f in files:
            p = os.path.join(folder, f)
            found, num = check_file(p, clean)
            if num:
                numbers.append(int(num))
            if not clean:
                for cat, _ in found:
                    counts[cat] += 1
                    total += 1
                if not found:
                    err(p, "case file has no markers")
        if sorted(numbers) != list(range(1, n_expected + 1)):
            err(folder, f"numbering is not 001..{n_expected:03d}: {sorted(numbers)}")
    for cat in CATEGORIES:
        if counts[cat] < MIN_PER_CAT:
            errors.append(f"category {cat!r} has {counts[cat]} < {MIN_PER_CAT}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    print("per-category counts:")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {counts[cat]}")
    print(f"  {'TOTAL':12s} {total}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
