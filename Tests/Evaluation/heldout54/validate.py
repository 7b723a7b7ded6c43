#!/usr/bin/env python3
"""Validate the heldout54 blind evaluation set for casebook's privacy rules.

Checks file names and counts, marker syntax, front matter, word counts, marked
ages, fictional e-mail/URL domains, and the category totals. Prints counts per
category and per file; exits 0 when everything passes.

Python 3 standard library; uses PyYAML when it is installed.
"""
import os
import re
import sys
from collections import Counter

SET_NAME = "heldout54"
PREFIX = "de"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
KNOWN_KEYS = {
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "author", "published", "status",
    "license", "consent", "quiz", "images", "references",
}
PROTECTED_KEYS = ("authors", "author", "published", "references")
GENERIC_WORDS = set("""
home homes care nursing hospice hospital house centre center unit ward room
clinic surgery general medical health service services community street road
lane avenue drive court place close grove park north south east west saint
dialysis renal palliative residential village lodge manor gardens view
retirement residence aged""".split())
FICTIONAL_SUFFIXES = (".example", ".test", ".invalid", "example.org",
                      "example.com", "example.net")

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.I)
NUMBER_WORDS = {
    "ninety": 90, "hundred": 100, "one hundred": 100,
}

try:
    import yaml  # type: ignore
except Exception:  # pragma: no cover
    yaml = None

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def unmark(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, raw):
    if not raw.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, raw
    end = raw.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, raw
    return raw[4:end + 1], raw[end + 5:]


def parse_yaml(path, fm):
    if yaml is not None:
        try:
            data = yaml.safe_load(fm)
        except Exception as e:  # noqa: BLE001
            err(path, f"front matter does not parse: {e}")
            return None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return None
        return data
    # Minimal fallback: top-level keys only.
    data = {}
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m:
            data[m.group(1)] = m.group(2) or True
    return data


def protected_sections(fm):
    """Yield (key, text) for the raw text of protected top-level keys."""
    lines = fm.splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^([A-Za-z_][\w-]*):(.*)$", lines[i])
        if m and m.group(1) in PROTECTED_KEYS:
            key = m.group(1)
            chunk = [m.group(2)]
            i += 1
            while i < len(lines) and (lines[i].startswith((" ", "\t", "-")) or not lines[i].strip()):
                chunk.append(lines[i])
                i += 1
            yield key, "\n".join(chunk)
            continue
        i += 1


def age_value(text):
    t = text.lower()
    nums = [int(n) for n in re.findall(r"\d+", t)]
    if nums:
        return max(nums)
    words = {
        "ninety": 90, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "hundred": 100,
    }
    toks = re.findall(r"[a-z]+", t)
    toks = ["hundred" if w == "hundredth" else w for w in toks]
    if "hundred" in toks:
        val = 100
        for w in toks:
            if w in words and words[w] < 10 and w != "one":
                val += words[w]
        return val
    if "ninety" in toks:
        val = 90
        for w in toks:
            if w in words and words[w] < 10:
                val += words[w]
        return val
    return None


def is_hard_wrapped(body):
    """Prose lines (not tables, code fences or headings) all at most 90 columns."""
    prose, fence = [], False
    for line in body.splitlines():
        if line.lstrip().startswith("```"):
            fence = not fence
            continue
        if fence or not line.strip() or line.lstrip().startswith(("|", "#")):
            continue
        prose.append(unmark(line))
    return bool(prose) and max(len(l) for l in prose) <= 90


def check_domains(path, text):
    for m in EMAIL.finditer(text):
        dom = m.group(1).lower().rstrip(".")
        if not dom.endswith(FICTIONAL_SUFFIXES):
            err(path, f"e-mail domain not fictional: {m.group(0)}")
    for m in URL.finditer(text):
        dom = m.group(1).lower().rstrip(".")
        if not dom.endswith(FICTIONAL_SUFFIXES):
            err(path, f"URL domain not fictional: {m.group(0)}")


def check_file(path, clean):
    raw = open(path, encoding="utf-8").read()
    counts = Counter()
    # Marker syntax.
    for lineno, line in enumerate(raw.splitlines(), 1):
        stripped = MARKER.sub("", line)
        if "⟦" in stripped or "⟧" in stripped:
            err(path, f"line {lineno}: stray, nested or multi-line marker bracket")
        for m in MARKER.finditer(line):
            cat, txt = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category '{cat}'")
                continue
            if not txt.strip() or txt != txt.strip():
                err(path, f"line {lineno}: empty or padded marker text '{txt}'")
            counts[cat] += 1
            if cat == "age":
                v = age_value(txt)
                if v is None or v < 90:
                    err(path, f"line {lineno}: marked age '{txt}' is not 90 or more")
    if clean and sum(counts.values()):
        err(path, f"clean file contains {sum(counts.values())} marker(s)")
    fm, body = split_front_matter(path, raw)
    if fm is None:
        return counts, 0, False
    for key, chunk in protected_sections(fm):
        if MARKER.search(chunk) or "⟦" in chunk:
            err(path, f"marker inside protected key '{key}'")
    data = parse_yaml(path, unmark(fm))
    if data is not None:
        for key in ("title", "summary", "tags", "status"):
            if key not in data or data[key] in (None, "", []):
                err(path, f"front matter missing '{key}'")
        if "tags" in data and not (isinstance(data["tags"], list) and data["tags"]):
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status is not 'published'")
        unknown = set(data) - KNOWN_KEYS
        if unknown:
            err(path, f"unknown front matter keys: {sorted(unknown)}")
        if yaml is not None:
            for img in data.get("images") or []:
                if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                    err(path, "image entry without file/alt")
    words = len(unmark(body).split())
    if not (MIN_WORDS <= words <= MAX_WORDS):
        err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    check_domains(path, unmark(raw))
    wrapped = is_hard_wrapped(body)
    # No identifier in the file name.
    slug = os.path.basename(path)[:-3].lower()
    for m in MARKER.finditer(raw):
        if m.group(1) == "age":
            pattern = r"\d{2,}|[a-z]{4,}"
        elif m.group(1) in ("name", "relative", "location"):
            pattern = r"[a-z]{4,}|\d{3,}"
        else:
            pattern = r"\d{3,}"
        for tok in re.findall(pattern, m.group(2).lower()):
            if tok in GENERIC_WORDS:
                continue
            if re.search(r"(?:^|-)" + re.escape(tok) + r"(?:-|$)", slug):
                err(path, f"file name contains identifier token '{tok}'")
    return counts, words, wrapped


def main():
    total = Counter()
    per_file = []
    wrapped_files = 0
    for sub, clean, n, pat in (
        ("cases", False, N_CASES, rf"^{PREFIX}(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$"),
        ("clean", True, N_CLEAN, rf"^{PREFIX}c(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$"),
    ):
        d = os.path.join(HERE, sub)
        names = sorted(os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for name in names:
            m = re.match(pat, name)
            if not m:
                err(os.path.join(d, name), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            errors.append(f"{sub}: expected numbers 001..{n:03d}, found {sorted(nums)}")
        for name in names:
            if not name.endswith(".md"):
                continue
            path = os.path.join(d, name)
            counts, words, wrapped = check_file(path, clean)
            wrapped_files += wrapped
            total += counts
            per_file.append((f"{sub}/{name}", sum(counts.values()), words, wrapped))

    print(f"Set: {SET_NAME}")
    print("\nMarkers per category:")
    for cat in CATEGORIES:
        flag = "" if total[cat] >= MIN_PER_CATEGORY else "   <-- below minimum"
        print(f"  {cat:12s} {total[cat]:4d}{flag}")
        if total[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat}: {total[cat]} markers (< {MIN_PER_CATEGORY})")
    grand = sum(total.values())
    print(f"  {'TOTAL':12s} {grand:4d}")
    if grand < MIN_TOTAL:
        errors.append(f"total markers {grand} < {MIN_TOTAL}")
    print("\nPer file (markers, words, hard-wrapped):")
    for name, c, w, wr in per_file:
        print(f"  {name:60s} {c:4d} {w:5d} {'wrapped' if wr else ''}")
    n_files = len(per_file)
    print(f"\nHard-wrapped files: {wrapped_files} of {n_files}")
    if n_files and not (0.2 <= wrapped_files / n_files <= 0.5):
        errors.append(f"hard-wrapped files {wrapped_files}/{n_files}: want about a third")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
