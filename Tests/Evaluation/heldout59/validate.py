#!/usr/bin/env python3
"""Validate the heldout59 (prefix dj) blind evaluation set.

Checks file names and counts, marker syntax, front matter, word counts,
marked ages, fictional e-mail/URL domains and the category totals.
Prints counts per category and per file; exits 0 when everything passes.
Python 3 standard library only; uses PyYAML when it is installed.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dj"
CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
N_CASES, N_CLEAN = 30, 12
MIN_MARKERS, MIN_PER_CAT = 400, 10
MIN_WORDS, MAX_WORDS = 500, 1500
MIN_WRAPPED = 12          # about a third of 42 files
WRAP_LIMIT = 84           # a hard-wrapped file keeps prose lines at or below this
PROTECTED_KEYS = ("authors", "author", "published", "references")
REQUIRED_KEYS = ("title", "summary", "tags", "status")
EXPECTED_KEYS = ("title", "summary", "tags", "specialty", "system", "modality",
                 "age", "sex", "diagnosis", "certainty", "authors", "published",
                 "status", "license", "consent", "quiz", "images", "references")

MARKER = re.compile(r"⟦([a-z-]+)\|([^⟦⟧|\n]+)⟧")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CASE_NAME = re.compile(rf"^{PREFIX}(\d{{3}})-({SLUG})\.md$")
CLEAN_NAME = re.compile(rf"^{PREFIX}c(\d{{3}})-({SLUG})\.md$")
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-.]+)", re.I)
FICTIONAL = re.compile(r"(?:^|\.)(?:example\.(?:org|com|net)|[a-z0-9\-]+\.(?:test|invalid|example)|test|invalid|example)$", re.I)

errors = []
per_file = {}
totals = Counter()


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed")
        return None, None, 0
    fm = text[4:end]
    body = text[end + 5:]
    body_start_line = fm.count("\n") + 3
    return fm, body, body_start_line


def check_protected_keys(path, fm_raw):
    """No markers in authors/author/published/references (incl. nested lines)."""
    current = None
    for line in fm_raw.split("\n"):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:", line)
        if m:
            current = m.group(1)
        if current in PROTECTED_KEYS and "⟦" in line:
            err(path, f"marker inside protected key '{current}': {line.strip()[:80]}")


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        dom = m.group(1).rstrip(".")
        if not FICTIONAL.search(dom):
            err(path, f"e-mail with non-fictional domain: {m.group(0)}")
    for m in URL.finditer(plain):
        dom = m.group(1).rstrip(".").lower()
        if dom.startswith("www.") and m.group(0).lower().startswith("www."):
            pass
        if not FICTIONAL.search(dom):
            err(path, f"URL with non-fictional domain: {m.group(0)}")


def check_marked_url(path, text):
    t = text.strip()
    t = re.sub(r"^[a-z]+://", "", t, flags=re.I)
    host = re.split(r"[/?#:]", t, 1)[0].lower().rstrip(".")
    if not FICTIONAL.search(host):
        err(path, f"marked URL with non-fictional domain: {text}")


def check_marked_email(path, text):
    m = EMAIL.search(text)
    if not m:
        err(path, f"marked e-mail does not look like an address: {text}")
    elif not FICTIONAL.search(m.group(1)):
        err(path, f"marked e-mail with non-fictional domain: {text}")


def wrapped(body):
    """True when prose lines are hard-wrapped (tables, code, URLs aside)."""
    in_code = False
    prose_lines = 0
    for line in body.split("\n"):
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code or line.lstrip().startswith("|") or not line.strip():
            continue
        plain = strip_markers(line)
        prose_lines += 1
        if len(plain) > WRAP_LIMIT and "http" not in plain:
            return False
    return prose_lines > 0


def check_file(path, clean):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    name = os.path.basename(path)
    if "⟦" in name or "⟧" in name:
        err(path, "marker in file name")
    markers = list(MARKER.finditer(text))
    counts = Counter(m.group(1) for m in markers)
    # syntax: known categories, nothing stray, no nesting
    for m in markers:
        cat, inner = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, f"unknown category '{cat}' in {m.group(0)}")
        if inner != inner.strip() or not inner.strip():
            err(path, f"marker text has leading/trailing space or is empty: {m.group(0)}")
        if cat == "age":
            nums = [int(n) for n in re.findall(r"\d+", inner)]
            if not nums or max(nums) < 90:
                err(path, f"marked age below 90: {m.group(0)}")
        if cat == "url":
            check_marked_url(path, inner)
        if cat == "email":
            check_marked_email(path, inner)
    leftover = MARKER.sub("", text)
    for i, line in enumerate(leftover.split("\n"), 1):
        if "⟦" in line or "⟧" in line:
            err(path, f"stray or nested marker bracket near line {i}: {line.strip()[:90]}")
    if clean and markers:
        err(path, f"clean file contains {len(markers)} marker(s)")

    fm_raw, body, _ = split_front_matter(path, text)
    if fm_raw is None:
        return counts, 0, False
    check_protected_keys(path, fm_raw)
    fm_plain = strip_markers(fm_raw)
    data = None
    if yaml is not None:
        try:
            data = yaml.safe_load(fm_plain)
        except yaml.YAMLError as e:
            err(path, f"front matter does not parse: {e}")
        # the raw text with markers in place should parse too
        try:
            yaml.safe_load(fm_raw)
        except yaml.YAMLError as e:
            err(path, f"front matter with markers in place does not parse: {e}")
    else:
        data = {}
        for line in fm_plain.split("\n"):
            m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(.*)$", line)
            if m:
                data[m.group(1)] = m.group(2) or True
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        data = {}
    for k in REQUIRED_KEYS:
        if not data.get(k):
            err(path, f"front matter lacks '{k}'")
    for k in EXPECTED_KEYS:
        if k not in data:
            err(path, f"front matter lacks expected key '{k}'")
    if yaml is not None:
        tags = data.get("tags")
        if not isinstance(tags, list) or not tags:
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status is not 'published'")
        age = str(data.get("age", ""))
        if not re.fullmatch(r"\d{1,2}-\d{1,2}|90\+|\d0s", age):
            err(path, f"age '{age}' is not an age band")
        imgs = data.get("images") or []
        for im in imgs:
            if not isinstance(im, dict) or not im.get("file") or not im.get("alt"):
                err(path, "image without file or alt")
        refs = data.get("references") or []
        if not isinstance(refs, list) or not refs:
            err(path, "references should be a non-empty list")
    words = len(strip_markers(body).split())
    if not (MIN_WORDS <= words <= MAX_WORDS):
        err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    check_domains(path, text)
    return counts, words, wrapped(body)


def main():
    cases_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    case_files = sorted(os.listdir(cases_dir)) if os.path.isdir(cases_dir) else []
    clean_files = sorted(os.listdir(clean_dir)) if os.path.isdir(clean_dir) else []
    nums = []
    for n in case_files:
        m = CASE_NAME.match(n)
        if not m:
            err(os.path.join(cases_dir, n), "bad case file name")
        else:
            nums.append(int(m.group(1)))
    if sorted(nums) != list(range(1, N_CASES + 1)):
        errors.append(f"cases/: want {PREFIX}001..{PREFIX}{N_CASES:03d}, found {sorted(nums)}")
    cnums = []
    for n in clean_files:
        m = CLEAN_NAME.match(n)
        if not m:
            err(os.path.join(clean_dir, n), "bad clean file name")
        else:
            cnums.append(int(m.group(1)))
    if sorted(cnums) != list(range(1, N_CLEAN + 1)):
        errors.append(f"clean/: want {PREFIX}c001..{PREFIX}c{N_CLEAN:03d}, found {sorted(cnums)}")

    n_wrapped = 0
    print(f"{'file':48} {'words':>5} {'wrap':>4} {'marks':>5}  categories")
    for d, files, clean in ((cases_dir, case_files, False), (clean_dir, clean_files, True)):
        for n in files:
            if not n.endswith(".md"):
                continue
            p = os.path.join(d, n)
            counts, words, is_wrapped = check_file(p, clean)
            n_wrapped += bool(is_wrapped)
            totals.update(counts)
            per_file[n] = counts
            cats = " ".join(f"{c}:{counts[c]}" for c in CATEGORIES if counts[c])
            print(f"{n[:48]:48} {words:5d} {'yes' if is_wrapped else '':>4} {sum(counts.values()):5d}  {cats}")

    print()
    print("markers per category:")
    for c in CATEGORIES:
        flag = "" if totals[c] >= MIN_PER_CAT else f"   <-- below {MIN_PER_CAT}"
        print(f"  {c:12} {totals[c]:4d}{flag}")
        if totals[c] < MIN_PER_CAT:
            errors.append(f"category '{c}' has {totals[c]} markers (want >= {MIN_PER_CAT})")
    total = sum(totals.values())
    print(f"  {'TOTAL':12} {total:4d}")
    if total < MIN_MARKERS:
        errors.append(f"only {total} markers (want >= {MIN_MARKERS})")
    print(f"hard-wrapped files: {n_wrapped} of {len(case_files) + len(clean_files)}")
    if n_wrapped < MIN_WRAPPED:
        errors.append(f"only {n_wrapped} hard-wrapped files (want >= {MIN_WRAPPED})")
    if yaml is None:
        print("note: PyYAML not installed; front matter checked loosely")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
