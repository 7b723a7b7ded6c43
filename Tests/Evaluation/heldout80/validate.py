#!/usr/bin/env python3
"""Validate the heldout80 evaluation set (prefix "ee").

Checks file names and counts, front matter, marker syntax, word counts,
fictional e-mail / URL hosts and prints totals per category.
Exit code 0 when everything passes, 1 otherwise.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # optional
except Exception:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "ee"
N_CASES = 30
N_CLEAN = 12
MIN_WORDS, MAX_WORDS = 500, 1500
MIN_TOTAL, MAX_TOTAL = 700, 900
MIN_PER_CATEGORY = 10

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
NO_MARKER_KEYS = {"authors", "author", "published", "references"}
SEXES = {"female", "male", "other", "not-stated"}
CERTAINTIES = {"possible", "probable", "almost-certain", "certain"}
STATUSES = {"draft", "review", "published"}
CONSENTS = {"obtained", "not-required"}
AGE_BAND = re.compile(r"^(\d{1,2}-\d{1,2}|\d0s|90\+|newborn|neonate|infant|\d{1,2}-\d{1,2} (days|weeks|months))$")

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
FICTIONAL_HOST = re.compile(
    r"(^|\.)(example\.(org|com|net))$|\.(test|invalid|example)$|^(example|localhost)$")
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL = re.compile(r"\b(?:https?|ftp)://([^/\s:?#\)\]>\"'`⟧]+)", re.I)
WWW = re.compile(r"(?<![/\w.@-])(www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
NANP_555 = re.compile(r"555[-. ]?(\d{4})")

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with '---' front matter")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def top_level_blocks(fm):
    """Map top-level key -> list of (line_no, line) belonging to it."""
    blocks, current = {}, None
    for i, line in enumerate(fm.split("\n"), start=2):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
            blocks.setdefault(current, [])
        if current is not None:
            blocks[current].append((i, line))
    return blocks


def check_host(path, host, what, where):
    host = host.lower().rstrip(".")
    if not FICTIONAL_HOST.search(host):
        err(path, f"{what} host '{host}' is not fictional ({where})")


def check_file(path, is_case, totals, per_file):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "\r" in text:
        err(path, "contains CR characters")
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return

    # --- marker syntax --------------------------------------------------
    counts = Counter()
    for lineno, line in enumerate(text.split("\n"), start=1):
        for m in MARKER.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category '{cat}'")
            if not val or val != val.strip():
                err(path, f"line {lineno}: empty or padded marker text '{val}'")
            counts[cat] += 1
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: unbalanced, nested or malformed marker")
    if not is_case and counts:
        err(path, f"clean file contains {sum(counts.values())} markers")
    if not is_case and ("⟦" in text or "⟧" in text):
        err(path, "clean file contains marker brackets")

    # --- no markers in credit / date / reference keys --------------------
    blocks = top_level_blocks(fm)
    for key in NO_MARKER_KEYS:
        for lineno, line in blocks.get(key, []):
            if "⟦" in line or "⟧" in line:
                err(path, f"line {lineno}: marker inside '{key}'")

    # --- front matter content ------------------------------------------
    plain_fm = strip_markers(fm)
    for key in REQUIRED_KEYS:
        if key not in blocks:
            err(path, f"front matter key '{key}' missing")
    if yaml is not None:
        try:
            data = yaml.safe_load(fm)
        except Exception as e:  # noqa: BLE001
            err(path, f"front matter (raw) is not valid YAML: {e}")
            data = None
        try:
            yaml.safe_load(plain_fm)
        except Exception as e:  # noqa: BLE001
            err(path, f"front matter (markers stripped) is not valid YAML: {e}")
        if isinstance(data, dict):
            if str(data.get("sex")) not in SEXES:
                err(path, f"bad sex '{data.get('sex')}'")
            if str(data.get("certainty")) not in CERTAINTIES:
                err(path, f"bad certainty '{data.get('certainty')}'")
            if str(data.get("status")) not in STATUSES:
                err(path, f"bad status '{data.get('status')}'")
            if str(data.get("consent")) not in CONSENTS:
                err(path, f"bad consent '{data.get('consent')}'")
            if not AGE_BAND.match(str(data.get("age"))):
                err(path, f"bad age band '{data.get('age')}'")
            if not isinstance(data.get("quiz"), bool):
                err(path, "quiz must be a boolean")
            for k in ("tags", "system", "modality", "authors", "references", "images"):
                if not isinstance(data.get(k), list) or not data.get(k):
                    err(path, f"'{k}' must be a non-empty list")
            for img in data.get("images") or []:
                if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                    err(path, "every image needs 'file' and 'alt'")
                    continue
                for ann in img.get("annotations") or []:
                    if not isinstance(ann, dict) or not {"x", "y", "label"} <= set(ann):
                        err(path, "annotation needs x, y, label")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data.get("published"))):
                err(path, "published must be YYYY-MM-DD")

    # --- word count --------------------------------------------------------
    words = len(strip_markers(text).split())
    per_file[os.path.basename(path)] = (words, sum(counts.values()))
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, f"word count {words} outside {MIN_WORDS}-{MAX_WORDS}")

    # --- hosts -------------------------------------------------------------
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        check_host(path, m.group(1), "e-mail", m.group(0))
    for m in URL.finditer(plain):
        check_host(path, m.group(1), "URL", m.group(0))
    for m in WWW.finditer(plain):
        check_host(path, m.group(1), "URL", m.group(0))
    for m in NANP_555.finditer(plain):
        if not m.group(1).startswith("01"):
            err(path, f"555 number outside 555-01xx: {m.group(0)}")

    if is_case:
        # every e-mail address and IPv4 in a case must sit inside the right marker
        marked_spans = [(m.start(), m.end(), m.group(1)) for m in MARKER.finditer(text)]

        def inside(pos, cat):
            return any(s <= pos < e and c == cat for s, e, c in marked_spans)

        for m in EMAIL.finditer(text):
            if not inside(m.start(), "email"):
                err(path, f"unmarked e-mail {m.group(0)}")
        for m in IPV4.finditer(text):
            if all(0 <= int(g) <= 255 for g in m.groups()) and not inside(m.start(), "ip"):
                err(path, f"unmarked IPv4 {m.group(0)}")
        if sum(counts.values()) < 10:
            err(path, f"only {sum(counts.values())} markers")
    else:
        for m in EMAIL.finditer(text):
            err(path, f"clean file contains an e-mail address {m.group(0)}")
        for m in IPV4.finditer(text):
            if all(0 <= int(g) <= 255 for g in m.groups()):
                err(path, f"clean file contains an IPv4-like string {m.group(0)}")
    totals.update(counts)


def main():
    totals, per_file = Counter(), {}
    for sub, pat, n, is_case in (
        ("cases", re.compile(rf"^{PREFIX}(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$"), N_CASES, True),
        ("clean", re.compile(rf"^{PREFIX}c(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$"), N_CLEAN, False),
    ):
        folder = os.path.join(HERE, sub)
        if not os.path.isdir(folder):
            err(folder, "missing folder")
            continue
        names = sorted(os.listdir(folder))
        nums = []
        for name in names:
            m = pat.match(name)
            if not m:
                err(os.path.join(folder, name), "bad file name")
                continue
            nums.append(int(m.group(1)))
            check_file(os.path.join(folder, name), is_case, totals, per_file)
        if sorted(nums) != list(range(1, n + 1)):
            err(folder, f"expected numbers 001..{n:03d}, found {sorted(nums)}")

    # nothing else in the folder
    for name in os.listdir(HERE):
        if name not in {"cases", "clean", "validate.py", "__pycache__"}:
            err(os.path.join(HERE, name), "unexpected entry")

    print(f"{'file':40s} words markers")
    for name in sorted(per_file):
        w, c = per_file[name]
        print(f"{name:40s} {w:5d} {c:5d}")
    print("\nTotals per category:")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {totals[cat]:4d}")
        if totals[cat] < MIN_PER_CATEGORY:
            errors.append(f"category '{cat}' has only {totals[cat]} markers (< {MIN_PER_CATEGORY})")
    total = sum(totals.values())
    print(f"  {'TOTAL':12s} {total:4d}")
    if not MIN_TOTAL <= total <= MAX_TOTAL:
        errors.append(f"total {total} outside {MIN_TOTAL}-{MAX_TOTAL}")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
