#!/usr/bin/env python3
"""Validator for the heldout27 evaluation set (prefix "cd").

Checks marker syntax, categories, ages, dates, clean files, protected keys,
front matter, file names, slugs, per-category counts and file totals.
Exits 1 on any error, prints OK otherwise.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ("title", "summary", "tags", "status")
MIN_PER_CAT = 8
AIM_15 = {"name", "date", "location", "initials", "id"}
MIN_TOTAL = 380
CASE_RE = re.compile(r"^cd(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$")
CLEAN_RE = re.compile(r"^cdc(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$")
MARK_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")
BARE_YEAR = re.compile(r"^\s*(?:'|’)?\d{2,4}\s*$")

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        err(path, "missing opening --- of front matter")
        return None, text
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    err(path, "missing closing --- of front matter")
    return None, text


def check_markers(path, text):
    """Return list of (category, text) or None on syntax failure."""
    found = []
    # Balance / nesting scan
    depth = 0
    for idx, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1:
                line = text.count("\n", 0, idx) + 1
                err(path, f"nested marker at line {line}")
                depth = 1
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                line = text.count("\n", 0, idx) + 1
                err(path, f"stray closing marker at line {line}")
                depth = 0
    if depth != 0:
        err(path, "unbalanced marker brackets at end of file")
    for m in MARK_RE.finditer(text):
        cat, val = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: invalid category {cat!r}")
        if not val:
            err(path, f"line {line}: empty marker text")
        elif val != val.strip():
            err(path, f"line {line}: marker text has leading/trailing whitespace {val!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", val) or int(val) <= 89:
                err(path, f"line {line}: age marker must be a number > 89, got {val!r}")
        if cat == "date" and BARE_YEAR.match(val):
            err(path, f"line {line}: bare-year date marker {val!r}")
        found.append((cat, val))
    leftover = MARK_RE.sub("", text)
    if "⟦" in leftover or "⟧" in leftover:
        err(path, "malformed marker (bracket without valid ⟦category|text⟧ form)")
    return found


def contains_marker(obj):
    if isinstance(obj, str):
        return "⟦" in obj or "⟧" in obj
    if isinstance(obj, list):
        return any(contains_marker(x) for x in obj)
    if isinstance(obj, dict):
        return any(contains_marker(k) or contains_marker(v) for k, v in obj.items())
    return "⟦" in str(obj)


def protected_line_scan(path, fm_raw):
    """Fallback / extra check: scan raw lines belonging to protected keys."""
    current = None
    for ln in fm_raw.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", ln)
        if m:
            current = m.group(1)
        if current in PROTECTED and ("⟦" in ln or "⟧" in ln):
            err(path, f"marker inside protected key {current!r}: {ln.strip()[:60]}")


def check_front_matter(path, fm_raw):
    protected_line_scan(path, fm_raw)
    if yaml is None:
        warnings.append("PyYAML not installed: front matter parse not verified")
        return {}
    stripped = strip_markers(fm_raw)
    try:
        data = yaml.safe_load(stripped)
    except Exception as e:  # noqa: BLE001
        err(path, f"front matter does not parse after stripping markers: {e}")
        return {}
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return {}
    for k in REQUIRED:
        if k not in data:
            err(path, f"missing required key {k!r}")
    if "tags" in data and not isinstance(data["tags"], list):
        err(path, "tags must be a list")
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    try:
        raw = yaml.safe_load(fm_raw)
        if isinstance(raw, dict):
            for k in PROTECTED:
                if k in raw and contains_marker(raw[k]):
                    err(path, f"marker inside protected key {k!r}")
    except Exception:  # noqa: BLE001
        pass  # line scan above already covers this
    if "images" in data:
        imgs = data["images"]
        if not isinstance(imgs, list):
            err(path, "images must be a list")
        else:
            for im in imgs:
                if not isinstance(im, dict) or "file" not in im:
                    err(path, "each image needs at least a file key")
    return data


def is_wrapped(body):
    """A file counts as hard-wrapped if every prose line is <= 80 columns
    (after stripping markers) and it has a reasonable number of prose lines."""
    in_code = False
    prose = 0
    for ln in strip_markers(body).split("\n"):
        if ln.strip().startswith("```"):
            in_code = not in_code
            continue
        if in_code or ln.lstrip().startswith("|") or not ln.strip():
            continue
        if len(ln) > 80 and " " in ln.strip():
            return False  # a single unbreakable token (long URL) is tolerated
        prose += 1
    return prose >= 20


def unmarked_repeats(path, text, found):
    """Warn when a marked string also occurs unmarked elsewhere in the file."""
    masked = MARK_RE.sub(lambda m: "\x00" * len(m.group(0)), text)
    seen = set()
    for cat, val in found:
        v = " ".join(val.split())
        if cat in ("age", "date") or len(v) < 4 or v in seen:
            continue
        seen.add(v)
        pat = r"(?<![\w@/.-])" + r"\s+".join(re.escape(w) for w in v.split()) + r"(?![\w@-])"
        for m in re.finditer(pat, masked):
            line = masked.count("\n", 0, m.start()) + 1
            warnings.append(f"{os.path.relpath(path, HERE)}:{line}: '{v}' ({cat}) also appears unmarked")


def norm(s):
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def main():
    counts = Counter()
    cases_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    case_files = sorted(os.listdir(cases_dir)) if os.path.isdir(cases_dir) else []
    clean_files = sorted(os.listdir(clean_dir)) if os.path.isdir(clean_dir) else []
    wrapped = 0
    per_file = {}

    nums = []
    for fn in case_files:
        path = os.path.join(cases_dir, fn)
        m = CASE_RE.match(fn)
        if not m:
            err(path, "file name does not match cdNNN-slug.md")
            continue
        nums.append(int(m.group(1)))
        slug = m.group(2)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        found = check_markers(path, text)
        fm_raw, body = split_front_matter(path, text)
        data = check_front_matter(path, fm_raw) if fm_raw is not None else {}
        if not found:
            err(path, "case file has no markers")
        nslug = norm(slug)
        authors = data.get("authors") or data.get("author") or []
        if isinstance(authors, str):
            authors = [authors]
        author_norms = {norm(a) for a in authors}
        for cat, val in found:
            counts[cat] += 1
            nv = norm(val)
            if len(nv) >= 3 and nv in nslug:
                err(path, f"slug contains marked text {val!r}")
            if cat == "name" and nv in author_norms:
                err(path, f"credited author marked as name: {val!r}")
        unmarked_repeats(path, text, found)
        per_file[fn] = len(found)
        if is_wrapped(body):
            wrapped += 1

    if sorted(nums) != list(range(1, 31)):
        errors.append(f"cases: expected cd001..cd030, got {len(nums)} files {sorted(nums)}")

    cnums = []
    for fn in clean_files:
        path = os.path.join(clean_dir, fn)
        m = CLEAN_RE.match(fn)
        if not m:
            err(path, "file name does not match cdcNNN-slug.md")
            continue
        cnums.append(int(m.group(1)))
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if "⟦" in text or "⟧" in text:
            err(path, "clean file contains marker characters")
        fm_raw, body = split_front_matter(path, text)
        if fm_raw is not None:
            check_front_matter(path, fm_raw)
        if is_wrapped(body):
            wrapped += 1
    if sorted(cnums) != list(range(1, 13)):
        errors.append(f"clean: expected cdc001..cdc012, got {len(cnums)} files {sorted(cnums)}")

    total = sum(counts.values())
    for cat in sorted(CATEGORIES):
        if counts[cat] < MIN_PER_CAT:
            errors.append(f"category {cat!r}: {counts[cat]} < {MIN_PER_CAT}")
        if cat in AIM_15 and counts[cat] < 15:
            warnings.append(f"category {cat!r}: {counts[cat]} below aim of 15")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")

    print("Per-category counts:")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {counts[cat]}")
    print(f"  {'TOTAL':12s} {total}")
    print(f"Hard-wrapped files: {wrapped}")
    print(f"Files: {len(case_files)} cases, {len(clean_files)} clean")
    if "-v" in sys.argv:
        for fn, n in per_file.items():
            print(f"  {fn}: {n}")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
