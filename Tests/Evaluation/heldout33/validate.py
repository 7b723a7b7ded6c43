#!/usr/bin/env python3
"""Validate the heldout33 blind evaluation set (prefix cj / cjc).

Checks marker syntax, categories, ages, dates, clean files, protected front
matter keys, front matter parse + required keys, file names, slugs, counts.
Exit status 1 on any error, prints OK otherwise.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")
CLEAN = os.path.join(ROOT, "clean")

CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = {"title", "summary", "tags", "status"}
MIN_PER_CAT = 8
AIM_15 = {"name", "date", "location", "initials", "id"}
MIN_TOTAL = 380
N_CASES, N_CLEAN = 30, 12

CASE_RE = re.compile(r"^cj(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^cjc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARK_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")
OPEN, CLOSE = "⟦", "⟧"

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


def split_front_matter(text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, None, None
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 1
    return None, None, None


def check_balance(path, text):
    depth = 0
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        if ch == OPEN:
            depth += 1
            if depth > 1:
                err(path, f"line {line}: nested marker")
                return False
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                err(path, f"line {line}: unbalanced closing bracket")
                return False
    if depth != 0:
        err(path, "unclosed marker at end of file")
        return False
    # every open must begin a well-formed marker
    n_open = text.count(OPEN)
    n_ok = len(MARK_RE.findall(text))
    if n_open != n_ok:
        err(path, f"{n_open - n_ok} malformed marker(s) (missing '|' or extra '|')")
        return False
    return True


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def check_markers(path, text, counts):
    marks = []
    for m in MARK_RE.finditer(text):
        cat, val = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: unknown category {cat!r}")
            continue
        if not val or val != val.strip():
            err(path, f"line {line}: empty value or leading/trailing whitespace in {val!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", val) or int(val) <= 89:
                err(path, f"line {line}: age marker must be a number > 89, got {val!r}")
        if cat == "date":
            if re.fullmatch(r"\s*'?\d{2,4}\s*", val):
                err(path, f"line {line}: bare year marked as date: {val!r}")
        counts[cat] += 1
        marks.append((cat, val, line))
    return marks


def check_front_matter(path, fm_raw, is_clean):
    # markers in protected keys (line-based so it works even with odd YAML)
    current = None
    for i, ln in enumerate(fm_raw.split("\n"), start=2):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:", ln)
        if m:
            current = m.group(1)
        if current in PROTECTED and OPEN in ln:
            err(path, f"line {i}: marker inside protected key {current!r}")
    # markers must not span lines inside front matter
    for m in MARK_RE.finditer(fm_raw):
        if "\n" in m.group(0):
            err(path, "marker spans a line break in front matter")
    if yaml is None:
        warnings.append("PyYAML not installed: front matter not parsed")
        return None
    try:
        data = yaml.safe_load(strip_markers(fm_raw))
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse after stripping markers: {e}")
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    missing = REQUIRED - set(data)
    if missing:
        err(path, f"missing required keys: {sorted(missing)}")
    if "tags" in data and not isinstance(data["tags"], list):
        err(path, "tags is not a list")
    if data.get("status") != "published":
        err(path, "status is not 'published'")
    for k in ("authors", "system", "modality", "references", "images"):
        if k in data and not isinstance(data[k], list):
            err(path, f"{k} is not a list")
    for img in data.get("images") or []:
        if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
            err(path, f"image entry lacks file/alt/caption: {img!r}")
    if "published" in data and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
        err(path, "published is not YYYY-MM-DD")
    return data


def body_wrapped(body):
    lines = strip_markers(body).split("\n")
    return all(len(l) <= 80 for l in lines)


def main():
    counts = Counter()
    per_file = {}
    wrapped = []
    for folder, rx, n_expected, is_clean in ((CASES, CASE_RE, N_CASES, False),
                                             (CLEAN, CLEAN_RE, N_CLEAN, True)):
        if not os.path.isdir(folder):
            err(folder, "missing folder")
            continue
        names = sorted(f for f in os.listdir(folder) if not f.startswith("."))
        numbers = []
        for fn in names:
            path = os.path.join(folder, fn)
            m = rx.match(fn)
            if not m:
                err(path, "file name does not match pattern")
                continue
            numbers.append(int(m.group(1)))
            slug = m.group(2)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            if "\r" in text:
                err(path, "contains carriage returns")
            fm, body, _ = split_front_matter(text)
            if fm is None:
                err(path, "no front matter")
                continue
            if is_clean:
                if OPEN in text or CLOSE in text:
                    err(path, "clean file contains marker characters")
                check_front_matter(path, fm, True)
                if body_wrapped(body):
                    wrapped.append(fn)
                continue
            if not check_balance(path, text):
                continue
            fc = Counter()
            marks = check_markers(path, text, fc)
            counts.update(fc)
            per_file[fn] = sum(fc.values())
            if not marks:
                err(path, "case file has no markers")
            check_front_matter(path, fm, False)
            # slug must not contain marked text
            slug_words = set(slug.split("-"))
            padded = f"-{slug}-"
            for cat, val, line in marks:
                s = slugify(val)
                if not s:
                    continue
                if f"-{s}-" in padded:
                    err(path, f"slug contains marked text {val!r}")
                for tok in s.split("-"):
                    # person-name tokens and long numbers are always identifying;
                    # generic words inside long URLs or facility names are not
                    personal = cat in ("name", "initials", "relative")
                    numeric = tok.isdigit() and len(tok) >= 3
                    if len(tok) >= 3 and tok in slug_words and (personal or numeric):
                        err(path, f"slug word {tok!r} comes from marked text {val!r}")
            if body_wrapped(body):
                wrapped.append(fn)
        expected = list(range(1, n_expected + 1))
        if sorted(numbers) != expected:
            err(folder, f"expected numbers 1..{n_expected}, got {sorted(numbers)}")
        if len(set(numbers)) != len(numbers):
            err(folder, "duplicate numbers")

    total = sum(counts.values())
    print("Per-category counts:")
    for cat in sorted(CATEGORIES):
        flag = ""
        if counts[cat] < MIN_PER_CAT:
            flag = "  <-- below minimum"
            errors.append(f"category {cat}: {counts[cat]} < {MIN_PER_CAT}")
        elif cat in AIM_15 and counts[cat] < 15:
            flag = "  (below aim of 15)"
            warnings.append(f"category {cat}: {counts[cat]} below aim of 15")
        print(f"  {cat:12s} {counts[cat]:4d}{flag}")
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    print(f"Hard-wrapped (body <= 80 cols): {len(wrapped)} files")
    for w in wrapped:
        print(f"    {w}")
    if per_file:
        lo = min(per_file, key=per_file.get)
        print(f"Fewest markers: {lo} ({per_file[lo]})")
    for w in sorted(set(warnings)):
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
