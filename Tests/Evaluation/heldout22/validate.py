#!/usr/bin/env python3
"""Validator for the heldout22 blind evaluation set (prefix l).

Checks marker syntax, categories, front matter, file naming, slugs, counts.
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

ROOT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "l"
N_CASES = 30
N_CLEAN = 12
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = {"title", "summary", "tags", "status"}
MIN_TOTAL = 380
MIN_PER_CAT = 8
MIN_WRAPPED = 9
WRAP = 80

MARKER = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")
errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


def check_markers(path, text):
    found = []
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        found.append((cat, val))
        if cat not in CATEGORIES:
            err(path, f"unknown category {cat!r}")
        if not val:
            err(path, f"empty marker text in {m.group(0)!r}")
            continue
        if val != val.strip():
            err(path, f"leading/trailing whitespace in {m.group(0)!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", val) or int(val) <= 89:
                err(path, f"age marker must be a number > 89: {val!r}")
        if cat == "date":
            if re.fullmatch(r"(?:in |the )?\d{4}s?", val.strip()):
                err(path, f"bare year marked as date: {val!r}")
        if "\n" in val and val.count("\n") > 1:
            err(path, f"marker spans more than two lines: {val!r}")
    rest = MARKER.sub("", text)
    if "⟦" in rest or "⟧" in rest:
        idx = rest.find("⟦") if "⟦" in rest else rest.find("⟧")
        err(path, f"unbalanced/nested/malformed marker near: {rest[max(0, idx-40):idx+40]!r}")
    return found


def check_protected(path, fm):
    current = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m and not line.startswith((" ", "\t", "-")):
            current = m.group(1)
        if current in PROTECTED and "⟦" in line:
            err(path, f"marker inside protected key {current!r}: {line.strip()!r}")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def is_wrapped(body):
    lines = strip_markers(body).splitlines()
    long_prose = [l for l in lines if len(l) > WRAP]
    return not long_prose and len(lines) > 10


def check_file(path, kind, expected_num):
    fname = os.path.basename(path)
    pat = (rf"^{PREFIX}(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" if kind == "cases"
           else rf"^{PREFIX}c(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
    m = re.match(pat, fname)
    if not m:
        err(path, "file name does not match pattern")
        return [], False
    slug = m.group(2)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found = check_markers(path, text)
    if kind == "clean" and ("⟦" in text or "⟧" in text):
        err(path, "clean file contains markers")
    if kind == "cases" and not found:
        err(path, "case file has no markers")
    fm, body = split_front_matter(path, text)
    if fm is not None:
        check_protected(path, fm)
        if yaml is not None:
            try:
                data = yaml.safe_load(strip_markers(fm))
            except yaml.YAMLError as e:
                err(path, f"front matter does not parse: {e}")
                data = None
            if data is not None:
                if not isinstance(data, dict):
                    err(path, "front matter is not a mapping")
                else:
                    missing = REQUIRED - set(data)
                    if missing:
                        err(path, f"missing keys {sorted(missing)}")
                    if data.get("status") != "published":
                        err(path, "status must be 'published'")
                    if not isinstance(data.get("tags"), list):
                        err(path, "tags must be a list")
                    if "authors" in data and not isinstance(data["authors"], list):
                        err(path, "authors must be a list")
                    pub = data.get("published")
                    if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
                        err(path, "published must be YYYY-MM-DD")
    slug_words = set(slug.split("-"))
    for cat, val in found:
        sv = slugify(val)
        if len(sv) >= 4 and (sv in slug or slug in sv):
            err(path, f"slug contains marked text {val!r}")
        if cat in {"name", "relative"}:
            for tok in re.findall(r"[a-z0-9]+", val.lower()):
                if len(tok) >= 4 and tok in slug_words:
                    err(path, f"slug word {tok!r} comes from marked text {val!r}")
    return found, is_wrapped(body)


def main():
    counts = Counter()
    wrapped = 0
    for kind, n in (("cases", N_CASES), ("clean", N_CLEAN)):
        d = os.path.join(ROOT, kind)
        files = sorted(f for f in os.listdir(d) if f.endswith(".md")) if os.path.isdir(d) else []
        if len(files) != n:
            errors.append(f"{kind}: expected {n} files, found {len(files)}")
        nums = []
        for f in files:
            p = os.path.join(d, f)
            found, w = check_file(p, kind, None)
            wrapped += w
            m = re.match(rf"^{PREFIX}c?(\d{{3}})-", f)
            if m:
                nums.append(int(m.group(1)))
            if kind == "cases":
                counts.update(c for c, _ in found)
        if sorted(nums) != list(range(1, n + 1)):
            errors.append(f"{kind}: numbering is not 1..{n}: {sorted(nums)}")
        other = [f for f in os.listdir(d) if not f.endswith(".md")] if os.path.isdir(d) else []
        if other:
            errors.append(f"{kind}: unexpected files {other}")
    total = sum(counts.values())
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {counts[cat]:4d}")
        if counts[cat] < MIN_PER_CAT:
            errors.append(f"category {cat}: {counts[cat]} < {MIN_PER_CAT}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"  hard-wrapped files: {wrapped}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    if wrapped < MIN_WRAPPED:
        errors.append(f"hard-wrapped files {wrapped} < {MIN_WRAPPED}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
