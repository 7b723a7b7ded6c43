#!/usr/bin/env python3
"""Validator for the heldout35 (prefix `cl`) blind evaluation set.

Checks marker syntax, categories, front matter, file names, slugs, counts.
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
CATS = ["name", "initials", "relative", "date", "age", "location", "postal-code",
        "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"]
MIN_PER_CAT = 8
MIN_MAIN = 15
MAIN_CATS = ["name", "date", "location", "initials", "id"]
MIN_TOTAL = 380
N_CASES, N_CLEAN = 30, 12
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]
CASE_RE = re.compile(r"^cl(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^clc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARK_RE = re.compile(r"⟦([^⟦⟧]*?)⟧", re.S)
BARE_YEAR = re.compile(r"^(?:\d{4}|\d{4}\s*(?:AD|AH|BS|CE|BE|H)|'\d{2})$", re.I)
WRAP = 80

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(1).split("|", 1)[1] if "|" in m.group(1) else m.group(1), text)


def check_balance(path, text):
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1:
                line = text.count("\n", 0, i) + 1
                err(path, f"nested marker at line {line}")
                return False
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                line = text.count("\n", 0, i) + 1
                err(path, f"unbalanced closing marker at line {line}")
                return False
    if depth != 0:
        err(path, "unclosed marker")
        return False
    return True


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, None
    return text[4:end + 1], text[end + 5:]


def check_protected(path, fm):
    key = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            key = m.group(1)
        if key in PROTECTED and "⟦" in line:
            err(path, f"marker inside protected key '{key}'")


def norm(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def is_wrapped(body_stripped):
    """A file counts as hard-wrapped when every prose line is <= 80 columns and
    at least one paragraph spans several lines."""
    in_code = False
    long_lines = 0
    multi = 0
    prev_prose = False
    for line in body_stripped.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            prev_prose = False
            continue
        if in_code or line.lstrip().startswith("|"):
            prev_prose = False
            continue
        if len(line) > WRAP:
            long_lines += 1
        prose = bool(line.strip()) and not line.lstrip().startswith(("#", "<!--"))
        if prose and prev_prose:
            multi += 1
        prev_prose = prose
    return long_lines == 0 and multi >= 3


def check_file(path, clean):
    text = open(path, encoding="utf-8").read()
    fname = os.path.basename(path)
    m = (CLEAN_RE if clean else CASE_RE).match(fname)
    slug = m.group(2) if m else ""
    counts = Counter()
    if clean:
        if "⟦" in text or "⟧" in text:
            err(path, "clean file contains markers")
    if not check_balance(path, text):
        return counts, False
    marks = list(MARK_RE.finditer(text))
    for mk in marks:
        inner = mk.group(1)
        line = text.count("\n", 0, mk.start()) + 1
        if inner.count("|") != 1:
            err(path, f"line {line}: marker must have exactly one '|': {inner!r}")
            continue
        cat, val = inner.split("|", 1)
        if cat not in CATS:
            err(path, f"line {line}: unknown category {cat!r}")
            continue
        if not val or val != val.strip():
            err(path, f"line {line}: empty or padded marker text {val!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", val) or int(val) <= 89:
                err(path, f"line {line}: age marker must be a number > 89: {val!r}")
        if cat == "date" and BARE_YEAR.match(val.strip()):
            err(path, f"line {line}: bare year marked as date: {val!r}")
        if cat == "email" and not re.search(r"@[\w.-]*example\.(org|com|net)$", val):
            err(path, f"line {line}: email not on an example domain: {val!r}")
        if cat == "url" and "example" not in val:
            err(path, f"line {line}: url not on an example domain: {val!r}")
        if cat == "ip":
            ok = re.match(r"^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|2001:db8:|2001:0db8:)", val, re.I)
            if not ok:
                err(path, f"line {line}: ip not in documentation/private range: {val!r}")
        # slug check
        nv = norm(val)
        if nv and len(nv) >= 4 and nv in slug:
            err(path, f"slug contains marked text {val!r}")
        toks = set(slug.split("-"))
        for t in norm(val).split("-"):
            if t.isdigit() or (cat in ("name", "relative", "initials") and len(t) >= 3):
                if t in toks:
                    err(path, f"slug token {t!r} comes from marked text {val!r}")
        counts[cat] += 1
    fm, body = split_front_matter(path, text)
    wrapped = False
    if fm is not None:
        check_protected(path, fm)
        sfm = strip_markers(fm)
        if yaml is not None:
            try:
                data = yaml.safe_load(sfm)
            except Exception as e:  # noqa
                err(path, f"front matter does not parse: {e}")
                data = None
            if isinstance(data, dict):
                for k in REQUIRED:
                    if k not in data:
                        err(path, f"missing key {k}")
                if not isinstance(data.get("tags"), list):
                    err(path, "tags is not a list")
                if data.get("status") != "published":
                    err(path, "status is not 'published'")
                for k in ("authors", "system", "modality", "references", "images"):
                    if k in data and not isinstance(data[k], list):
                        err(path, f"{k} is not a list")
                for img in data.get("images") or []:
                    if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
                        err(path, "image entry needs file, alt, caption")
                if "age" in data and not re.fullmatch(r"\d{1,2}-\d{1,2}|90\+|\d+", str(data["age"])):
                    err(path, f"age band looks odd: {data['age']!r}")
            elif data is not None:
                err(path, "front matter is not a mapping")
        sbody = strip_markers(body)
        wrapped = is_wrapped(sbody)
        # leak heuristics on the stripped text of unmarked regions
        unmarked = MARK_RE.sub(" ", text)
        leaks = {
            "email": r"[\w.+-]+@[\w-]+\.[\w.-]+",
            "ipv4": r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b",
            "url": r"https?://\S+",
            "intl-phone": r"\+\d{2,3}[\s-]?\d{2,4}[\s-]?\d{3,4}",
        }
        for lname, rx in leaks.items():
            for lm in re.finditer(rx, unmarked):
                s = lm.group(0)
                if lname == "url" and ("doi.org" in s or "pubmed" in s or "who.int" in s):
                    continue
                line = unmarked.count("\n", 0, lm.start()) + 1
                err(path, f"line {line}: possible unmarked {lname}: {s!r}")
    return counts, wrapped


def main():
    total = Counter()
    wrapped_files = 0
    for sub, rx, n, clean in (("cases", CASE_RE, N_CASES, False), ("clean", CLEAN_RE, N_CLEAN, True)):
        d = os.path.join(ROOT, sub)
        files = sorted(f for f in os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for f in files:
            m = rx.match(f)
            if not m:
                err(os.path.join(d, f), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            errors.append(f"{sub}: expected numbers 1..{n}, got {sorted(nums)}")
        for f in files:
            if rx.match(f):
                c, w = check_file(os.path.join(d, f), clean)
                total += c
                wrapped_files += w
    print("per-category counts:")
    for c in CATS:
        print(f"  {c:12s} {total[c]}")
        if total[c] < MIN_PER_CAT:
            errors.append(f"category {c} has {total[c]} < {MIN_PER_CAT}")
        if c in MAIN_CATS and total[c] < MIN_MAIN:
            errors.append(f"category {c} has {total[c]} < {MIN_MAIN}")
    print(f"  {'TOTAL':12s} {sum(total.values())}")
    print(f"hard-wrapped files: {wrapped_files} of {N_CASES + N_CLEAN}")
    if sum(total.values()) < MIN_TOTAL:
        errors.append(f"total markers {sum(total.values())} < {MIN_TOTAL}")
    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
