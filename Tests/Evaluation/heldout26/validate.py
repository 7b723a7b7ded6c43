#!/usr/bin/env python3
"""Validator for evaluation set heldout26 (prefix "cb").

Checks marker syntax, categories, age/date rules, protected front-matter keys,
front matter parsing and required keys, file-name pattern, slugs, per-category
counts, unmarked repeats of marked text, and hard-wrapping statistics.
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
CATS = {"name", "initials", "relative", "date", "age", "location", "postal-code",
        "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]
CASE_RE = re.compile(r"^cb(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^cbc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARK_RE = re.compile(r"⟦([^⟦⟧]*)⟧")
MIN_TOTAL = 380
MIN_PER_CAT = 8
AIM = {"name": 15, "date": 15, "location": 15, "initials": 15, "id": 15}
WRAP = 80

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"{os.path.relpath(path, HERE)}: {msg}")


def check_balance(path, text):
    depth = 0
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        if ch == "⟦":
            if depth:
                err(path, f"line {line}: nested marker")
            depth += 1
        elif ch == "⟧":
            if not depth:
                err(path, f"line {line}: closing marker without opening")
                continue
            depth -= 1
    if depth:
        err(path, "unclosed marker at end of file")


def strip_markers(text):
    """Return stripped text and list of (start, end, cat, value) in stripped coordinates."""
    out = []
    spans = []
    pos = 0
    cur = 0
    for m in MARK_RE.finditer(text):
        out.append(text[pos:m.start()])
        cur += m.start() - pos
        body = m.group(1)
        cat, _, val = body.partition("|")
        spans.append((cur, cur + len(val), cat, val))
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, None, 0
    return text[4:end + 1], text[end + 5:], end + 5


def protected_ranges(fm_raw):
    """Line indices (0-based within fm) that belong to protected keys."""
    idx = set()
    current = None
    for i, line in enumerate(fm_raw.split("\n")):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            current = m.group(1)
        if current in PROTECTED:
            idx.add(i)
    return idx


def slug_words(name):
    base = name[:-3]
    return base.split("-", 1)[1] if "-" in base else base


def check_file(path, is_clean, counter, wrapped_files):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if not raw.endswith("\n"):
        err(path, "file does not end with newline")
    if "\t" in raw:
        warn(path, "contains tab characters")
    check_balance(path, raw)
    fname = os.path.basename(path)
    slug = slug_words(fname)

    if is_clean and ("⟦" in raw or "⟧" in raw):
        err(path, "clean file contains markers")

    markers = list(MARK_RE.finditer(raw))
    for m in markers:
        body = m.group(1)
        lineno = raw.count("\n", 0, m.start()) + 1
        if body.count("|") != 1:
            err(path, f"line {lineno}: marker must contain exactly one '|': {body!r}")
            continue
        cat, val = body.split("|")
        if cat not in CATS:
            err(path, f"line {lineno}: unknown category {cat!r}")
        if not val:
            err(path, f"line {lineno}: empty marker text")
            continue
        if val != val.strip():
            err(path, f"line {lineno}: leading/trailing whitespace in {val!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", val) or int(val) <= 89:
                err(path, f"line {lineno}: age marker must be a number > 89: {val!r}")
        if cat == "date" and re.fullmatch(r"(c\.?\s*)?'?\d{2,4}s?", val.strip()):
            err(path, f"line {lineno}: bare year / year-like date marker {val!r}")
        if cat in ("name", "relative") and re.match(r"(?i)^(mr|mrs|ms|miss|dr|prof|sr|sra|mx)\.?\s", val):
            err(path, f"line {lineno}: title inside name marker {val!r}")
        counter[cat] += 1
        # slug must not contain marked text
        norm = re.sub(r"[^a-z0-9]+", "-", val.lower()).strip("-")
        if norm and len(norm) >= 3 and norm in slug:
            err(path, f"slug contains marked text {val!r}")
        if cat in ("name", "relative", "initials", "location"):
            for tok in re.findall(r"[a-z0-9]+", val.lower()):
                if len(tok) >= 3 and tok in slug.split("-") and cat != "location":
                    err(path, f"slug word {tok!r} comes from marked {cat} {val!r}")

    fm_raw, body_raw, body_off = split_front_matter(path, raw)
    if fm_raw is None:
        return
    prot = protected_ranges(fm_raw)
    fm_lines = fm_raw.split("\n")
    for i in prot:
        if "⟦" in fm_lines[i] or "⟧" in fm_lines[i]:
            err(path, f"marker inside protected key (front matter line {i + 2})")

    stripped, spans = strip_markers(raw)
    fm_s, body_s, _ = split_front_matter(path, stripped)
    if fm_s is None:
        return
    if yaml is not None:
        try:
            data = yaml.safe_load(fm_s)
        except yaml.YAMLError as e:
            err(path, f"front matter does not parse after stripping: {e}")
            data = None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
        else:
            for k in REQUIRED:
                if k not in data:
                    err(path, f"missing required key {k!r}")
            if data.get("status") != "published":
                err(path, "status must be 'published'")
            if not isinstance(data.get("tags"), list) or not data.get("tags"):
                err(path, "tags must be a non-empty list")
            for k in ("title", "summary"):
                if k in data and not isinstance(data[k], str):
                    err(path, f"{k} must be a string")
            if "authors" in data and not isinstance(data["authors"], list):
                err(path, "authors must be a list")
            if "published" in data and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
                err(path, "published must be YYYY-MM-DD")
            if "age" in data and not re.fullmatch(r"\d{1,2}-\d{1,2}|90\+|\d+", str(data["age"])):
                warn(path, f"unusual age band {data['age']!r}")
            for im in data.get("images") or []:
                if not isinstance(im, dict) or not {"file", "alt", "caption"} <= set(im):
                    err(path, f"image entry lacks file/alt/caption: {im!r}")
            for k in ("system", "modality", "references"):
                if k in data and not isinstance(data[k], list):
                    err(path, f"{k} must be a list")
    else:
        warn(path, "PyYAML not available; front matter not parsed")

    # unmarked repeats of marked text (excluding protected front-matter lines)
    s_lines = stripped.split("\n")
    prot_mask = [False] * len(stripped)
    off = 4  # after '---\n'
    for i, ln in enumerate(fm_s.split("\n")):
        if i in prot:
            for j in range(off, off + len(ln)):
                prot_mask[j] = True
        off += len(ln) + 1
    covered = [False] * len(stripped)
    for s, e, _, _ in spans:
        for j in range(s, e):
            covered[j] = True
    seen = set()
    for s, e, cat, val in spans:
        if val in seen:
            continue
        seen.add(val)
        if len(val) < 2 or cat in ("age",):
            continue
        if cat == "date" and len(val) < 4:
            continue
        pat = r"(?<![\w@.\-/])" + r"\s+".join(re.escape(p) for p in val.split()) + r"(?![\w@\-/]|\.\w)"
        for m in re.finditer(pat, stripped):
            if any(prot_mask[m.start():m.end()]):
                continue
            if not all(covered[m.start():m.end()]):
                ln = stripped.count("\n", 0, m.start()) + 1
                err(path, f"line {ln}: unmarked repeat of marked {cat} {val!r}")
                break

    # hard-wrap detection: every line of the stripped file <= 80 columns
    longest = max(len(x) for x in s_lines)
    body_lines = [x for x in body_s.split("\n") if x.strip()]
    prose_breaks = sum(1 for x in body_lines if len(x) > 50 and not x.lstrip().startswith(("|", "#")))
    if longest <= WRAP and prose_breaks >= 5:
        wrapped_files.append(fname)


def main():
    counter = Counter()
    wrapped = []
    cases_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    for d in (cases_dir, clean_dir):
        if not os.path.isdir(d):
            errors.append(f"missing folder {d}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    case_files = sorted(os.listdir(cases_dir))
    clean_files = sorted(os.listdir(clean_dir))
    nums = []
    for f in case_files:
        m = CASE_RE.match(f)
        if not m:
            errors.append(f"cases/{f}: bad file name (want cbNNN-slug.md)")
            continue
        nums.append(int(m.group(1)))
    if sorted(nums) != list(range(1, 31)):
        errors.append(f"cases: numbers must be exactly 001..030, got {sorted(nums)}")
    cnums = []
    for f in clean_files:
        m = CLEAN_RE.match(f)
        if not m:
            errors.append(f"clean/{f}: bad file name (want cbcNNN-slug.md)")
            continue
        cnums.append(int(m.group(1)))
    if sorted(cnums) != list(range(1, 13)):
        errors.append(f"clean: numbers must be exactly 001..012, got {sorted(cnums)}")

    per_file = {}
    for f in case_files:
        c = Counter()
        check_file(os.path.join(cases_dir, f), False, c, wrapped)
        per_file[f] = sum(c.values())
        if sum(c.values()) == 0:
            errors.append(f"cases/{f}: no markers")
        counter.update(c)
    for f in clean_files:
        check_file(os.path.join(clean_dir, f), True, Counter(), wrapped)

    total = sum(counter.values())
    print("Per-category counts:")
    for cat in sorted(CATS):
        flag = ""
        if counter[cat] < MIN_PER_CAT:
            errors.append(f"category {cat}: {counter[cat]} < {MIN_PER_CAT}")
            flag = "  <-- below minimum"
        elif counter[cat] < AIM.get(cat, 0):
            warnings.append(f"category {cat}: {counter[cat]} below aim {AIM[cat]}")
        print(f"  {cat:12s} {counter[cat]:4d}{flag}")
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    print(f"Hard-wrapped files (<= {WRAP} cols): {len(wrapped)} of {len(case_files) + len(clean_files)}")
    for f in wrapped:
        print(f"    {f}")
    if len(wrapped) < 10:
        errors.append(f"only {len(wrapped)} hard-wrapped files; want about a third (>= 10)")
    print(f"Files: {len(case_files)} cases, {len(clean_files)} clean")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
