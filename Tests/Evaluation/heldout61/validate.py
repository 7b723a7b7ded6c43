#!/usr/bin/env python3
"""Validate the heldout61 blind evaluation set (prefix `dl`).

Checks file names and counts, marker syntax, front matter (parsed with the
markers removed), forbidden markers (authors/author/published/references and
clean files), body word counts, marked ages >= 90, fictional e-mail and URL
domains, and the totals (>= 400 markers, >= 10 per category).

Prints counts per category and per file; exits 0 when everything passes.
Python 3 standard library; uses PyYAML when it is installed.
"""
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dl"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
NO_MARKER_KEYS = ["authors", "author", "published", "references"]

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
FICTIONAL_DOMAIN = re.compile(
    r"(^|\.)(example\.(org|com|net)|example|test|invalid)$", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL = re.compile(r"\b(?:https?|ftp)://([^/\s\)\]\"'>⟧|:]+)", re.I)
WWW = re.compile(r"(?<![/\w.@-])www\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.I)

try:
    import yaml  # type: ignore
except Exception:  # pragma: no cover
    yaml = None

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def fold(text):
    """Lower-case and strip diacritics (Kraków -> krakow)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, text, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def minimal_yaml_keys(fm):
    """Fallback without PyYAML: top-level keys and raw values."""
    data = {}
    key = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m:
            key = m.group(1)
            data[key] = m.group(2)
        elif key is not None:
            data[key] = (data[key] + "\n" + line).strip()
    return data


def top_level_blocks(fm):
    """Map each top-level key to its raw text (key line + continuation)."""
    blocks = {}
    key = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            key = m.group(1)
            blocks[key] = line + "\n"
        elif key is not None:
            blocks[key] += line + "\n"
    return blocks


def check_syntax(path, text):
    """Marker syntax: known category, one line, no nesting, no stray brackets."""
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        # nesting: an opening bracket before the previous one closed
        depth = 0
        for ch in line:
            if ch == "⟦":
                depth += 1
                if depth > 1:
                    err(path, f"line {lineno}: nested marker")
                    break
            elif ch == "⟧":
                depth -= 1
                if depth < 0:
                    err(path, f"line {lineno}: stray closing bracket")
                    break
        if depth > 0:
            err(path, f"line {lineno}: marker not closed on its line")
        for m in MARKER.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not val.strip() or val != val.strip():
                err(path, f"line {lineno}: empty or padded marker text {val!r}")
            if "|" in val:
                err(path, f"line {lineno}: '|' inside marker text {val!r}")
            found.append((cat, val, lineno))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray bracket or malformed marker")
    return found


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        if not FICTIONAL_DOMAIN.search(m.group(1)):
            err(path, f"e-mail with non-fictional domain: {m.group(0)}")
    for rx in (URL, WWW):
        for m in rx.finditer(plain):
            host = m.group(1).rstrip(".,;")
            if not FICTIONAL_DOMAIN.search(host):
                err(path, f"URL with non-fictional domain: {m.group(0)}")


AGE_NUM = re.compile(r"(\d+|[٠-٩]+)")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
KANJI_NUM = {"九十": 90}


def age_value(val):
    m = AGE_NUM.search(val)
    if m:
        return int(m.group(1).translate(ARABIC_DIGITS))
    words = {
        "ninety": 90, "noventa": 90, "dziewięćdziesiąt": 90, "nittio": 90,
        "tisini": 90, "quatre-vingt-dix": 90, "hundred": 100,
    }
    low = val.lower()
    for w, n in words.items():
        if w in low:
            return n
    return None


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "\r" in text:
        err(path, "CR characters")
    markers = check_syntax(path, text)
    check_domains(path, text)

    fm, body, body_start = split_front_matter(text)
    if fm is None:
        err(path, "missing YAML front matter")
        return markers
    # forbidden markers in credits, publication date and references
    blocks = top_level_blocks(fm)
    for key in NO_MARKER_KEYS:
        if key in blocks and MARKER.search(blocks[key]):
            err(path, f"marker inside `{key}`")
    # parse with markers removed
    stripped = strip_markers(fm)
    if yaml is not None:
        try:
            data = yaml.safe_load(stripped)
        except Exception as e:  # noqa: BLE001
            err(path, f"front matter does not parse: {e}")
            data = None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            data = {}
    else:
        data = minimal_yaml_keys(stripped)
    for key in REQUIRED_KEYS:
        if key not in data or data[key] in (None, "", []):
            err(path, f"missing or empty `{key}`")
    if yaml is not None and data:
        if not isinstance(data.get("tags"), list) or not data.get("tags"):
            err(path, "`tags` must be a non-empty list")
        if data.get("status") != "published":
            err(path, "`status` must be `published`")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                err(path, "every image needs `file` and `alt`")
        refs = data.get("references")
        if refs is not None and not isinstance(refs, list):
            err(path, "`references` must be a list")
    # body words
    words = len(re.findall(r"\S+", strip_markers(body)))
    if not (MIN_WORDS <= words <= MAX_WORDS):
        err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    if clean and markers:
        err(path, f"clean file has {len(markers)} markers")
    # ages
    for cat, val, lineno in markers:
        if cat == "age":
            n = age_value(val)
            if n is None:
                err(path, f"line {lineno}: cannot read age in {val!r}")
            elif n < 90:
                err(path, f"line {lineno}: marked age {n} is under 90")
    # identifiers in the file name
    slug = fold(os.path.basename(path)[:-3])
    for cat, val, _ in markers:
        v = re.sub(r"[^a-z0-9]+", "-", fold(val)).strip("-")
        if len(v) >= 4 and v in slug:
            err(path, f"file name contains identifier {val!r}")
    return markers, words


def main():
    pat_case = re.compile(rf"^{PREFIX}(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
    pat_clean = re.compile(rf"^{PREFIX}c(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
    totals = Counter()
    per_file = {}
    wrapped = 0
    for sub, pat, n, clean in (("cases", pat_case, N_CASES, False),
                               ("clean", pat_clean, N_CLEAN, True)):
        folder = os.path.join(HERE, sub)
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        nums = []
        for name in names:
            m = pat.match(name)
            if not m:
                err(os.path.join(folder, name), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            err(folder, f"expected numbers 001..{n:03d}, found {sorted(nums)}")
        for name in names:
            if not pat.match(name):
                continue
            path = os.path.join(folder, name)
            res = check_file(path, clean)
            if isinstance(res, tuple):
                markers, words = res
            else:
                markers, words = res, 0
            c = Counter(cat for cat, _, _ in markers)
            totals.update(c)
            per_file[f"{sub}/{name}"] = (len(markers), words, c)
            with open(path, encoding="utf-8") as fh:
                body = split_front_matter(fh.read())[1]
            lines = [l for l in body.split("\n") if l.strip()]
            if lines and max(len(strip_markers(l)) for l in lines
                             if not l.startswith("|")) <= 90:
                wrapped += 1

    total = sum(totals.values())
    print("Per file (markers, body words):")
    for name, (n, words, c) in per_file.items():
        detail = ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
        print(f"  {name:55s} {n:4d} {words:5d}  {detail}")
    print("\nPer category:")
    for cat in CATEGORIES:
        flag = "" if totals[cat] >= MIN_PER_CATEGORY else "   <-- below minimum"
        print(f"  {cat:12s} {totals[cat]:4d}{flag}")
        if totals[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat}: {totals[cat]} < {MIN_PER_CATEGORY}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"\nHard-wrapped files (no prose line > 90 chars): {wrapped}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
