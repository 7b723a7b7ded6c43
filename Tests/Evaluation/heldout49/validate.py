#!/usr/bin/env python3
"""Validator for the heldout49 (prefix cz) synthetic de-identification evaluation set.

Checks:
  * file names and counts (cases/cz001..cz030, clean/czc001..czc012, slug format);
  * every marker is well formed  (⟦category|text⟧, known category, no nesting, no stray brackets);
  * front matter parses as YAML once markers are removed, and has title, summary, tags, status: published;
  * no marker inside authors / author / published / references, and none at all in clean files;
  * body length 500-1,500 words (markers removed);
  * consistency: text that is marked somewhere in a case does not also appear unmarked elsewhere in it;
  * totals: >= 380 markers over the cases, >= 8 in each of the 15 categories.
Prints counts per category. Exit status 0 when everything passes, 1 otherwise.
Standard library only; PyYAML is used when it is installed.
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml  # optional
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "cz"
N_CASES, N_CLEAN = 30, 12
MIN_TOTAL, MIN_PER_CAT = 380, 8
MIN_WORDS, MAX_WORDS = 500, 1500
CATEGORIES = ["name", "initials", "relative", "date", "age", "location", "postal-code",
              "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"]
NOT_IDENTIFIER_KEYS = {"authors", "author", "published", "references"}
KNOWN_KEYS = {"title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
              "diagnosis", "certainty", "authors", "author", "published", "status", "license",
              "consent", "quiz", "images", "references"}

MARKER = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧]*)⟧")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CASE_NAME = re.compile(rf"^{PREFIX}(\d{{3}})-{SLUG}\.md$")
CLEAN_NAME = re.compile(rf"^{PREFIX}c(\d{{3}})-{SLUG}\.md$")

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    """Return (stripped text, list of (category, text, start, end) in stripped coordinates)."""
    out, spans, pos, last = [], [], 0, 0
    for m in MARKER.finditer(text):
        out.append(text[last:m.start()])
        pos += m.start() - last
        cat, val = m.group(1), m.group(2)
        spans.append((cat, val, pos, pos + len(val)))
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(text[last:])
    return "".join(out), spans


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with a front-matter fence '---'")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter has no closing fence")
        return None, None, 0
    return text[4:end + 1], text[end + 5:], text[:end + 5].count("\n")


def top_level_blocks(fm):
    """Map each front-matter line index to the top-level key it belongs to."""
    owner, key = [], None
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            key = m.group(1)
        owner.append(key)
    return owner


def parse_yaml(path, fm):
    if yaml is None:
        return None
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError as e:  # type: ignore[attr-defined]
        err(path, f"front matter is not valid YAML after removing markers: {e}")
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    return data


def check_front_matter(path, data):
    if data is None:
        return
    for key in ("title", "summary", "tags", "status"):
        if key not in data or data[key] in (None, "", []):
            err(path, f"front matter lacks required key '{key}'")
    if not isinstance(data.get("tags"), list):
        err(path, "tags is not a list")
    if data.get("status") != "published":
        err(path, "status is not 'published'")
    for key in data:
        if key not in KNOWN_KEYS:
            err(path, f"unknown front-matter key '{key}'")
    for img in data.get("images") or []:
        if not isinstance(img, dict) or not img.get("file") or not img.get("alt"):
            err(path, "image entry lacks file or alt")


def word_count(body):
    return len(re.findall(r"[^\s|#*>`\-]+", body))


def is_hard_wrapped(body):
    prose = [l for l in body.split("\n") if l.strip() and not l.lstrip().startswith(("|", "#", "```"))]
    return bool(prose) and max(len(l) for l in prose) <= 100 and len(prose) > 20


def consistency(path, stripped, spans, fm_len, owner):
    """Marked text must not appear unmarked elsewhere in the same file."""
    covered = [(s, e) for _, _, s, e in spans]
    line_starts = [0] + [i + 1 for i, c in enumerate(stripped) if c == "\n"]

    def line_of(pos):
        lo, hi = 0, len(line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo  # 0-based

    seen = set()
    for cat, val, _, _ in spans:
        if val in seen or len(val) < 2:
            continue
        seen.add(val)
        for m in re.finditer(r"(?<![\w])" + re.escape(val) + r"(?![\w])", stripped):
            s, e = m.span()
            if any(cs <= s and e <= ce for cs, ce in covered):
                continue
            ln = line_of(s)
            # line 0 is the opening fence; front-matter lines are 1..fm_len
            if 1 <= ln <= len(owner) and owner[ln - 1] in NOT_IDENTIFIER_KEYS:
                continue
            err(path, f"line {ln + 1}: '{val}' ({cat}) is marked elsewhere but appears unmarked here")


def main():
    totals = Counter()
    per_file = {}
    wrapped = 0
    for sub, pattern, n, must_mark in (("cases", CASE_NAME, N_CASES, True), ("clean", CLEAN_NAME, N_CLEAN, False)):
        folder = os.path.join(HERE, sub)
        names = sorted(f for f in os.listdir(folder) if not f.startswith("."))
        numbers = []
        for f in names:
            m = pattern.match(f)
            if not m:
                err(os.path.join(folder, f), "file name does not follow the naming pattern")
                continue
            numbers.append(int(m.group(1)))
        if sorted(numbers) != list(range(1, n + 1)):
            err(folder, f"expected files numbered 001..{n:03d}, found {sorted(numbers)}")
        for f in names:
            path = os.path.join(folder, f)
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
            if "\r" in raw:
                err(path, "contains carriage returns")
            markers = MARKER.findall(raw)
            leftover = MARKER.sub("", raw)
            if "⟦" in leftover or "⟧" in leftover:
                for i, line in enumerate(MARKER.sub("", raw).split("\n"), 1):
                    if "⟦" in line or "⟧" in line:
                        err(path, f"line {i}: malformed or nested marker")
            if not must_mark:
                if markers or "⟦" in raw or "⟧" in raw:
                    err(path, "clean file contains markers")
            else:
                if len(markers) < 5:
                    err(path, f"only {len(markers)} markers")
                for cat, val in markers:
                    if cat not in CATEGORIES:
                        err(path, f"unknown category '{cat}' (text '{val}')")
                    if not val or val != val.strip():
                        err(path, f"empty marker text or surrounding whitespace: '{val}'")
                    if "\n" in val:
                        err(path, f"marker text spans lines: '{val}'")
            fm_raw, body_raw, _ = split_front_matter(path, raw)
            if fm_raw is None:
                continue
            owner = top_level_blocks(fm_raw)
            for line, key in zip(fm_raw.split("\n"), owner):
                if key in NOT_IDENTIFIER_KEYS and "⟦" in line:
                    err(path, f"marker inside '{key}', which is never an identifier")
            stripped, spans = strip_markers(raw)
            fm, body, fm_lines = split_front_matter(path, stripped)
            if fm is None:
                continue
            check_front_matter(path, parse_yaml(path, fm))
            wc = word_count(body)
            if not MIN_WORDS <= wc <= MAX_WORDS:
                err(path, f"body has {wc} words (expected {MIN_WORDS}-{MAX_WORDS})")
            if is_hard_wrapped(body):
                wrapped += 1
            if must_mark:
                consistency(path, stripped, spans, fm_lines, owner)
                c = Counter(cat for cat, _ in markers)
                per_file[f] = (sum(c.values()), wc)
                totals.update(c)

    total = sum(totals.values())
    print(f"{'category':<13} count")
    for cat in CATEGORIES:
        flag = "" if totals[cat] >= MIN_PER_CAT else f"   < {MIN_PER_CAT}!"
        print(f"{cat:<13} {totals[cat]:5d}{flag}")
        if totals[cat] < MIN_PER_CAT:
            errors.append(f"category '{cat}' has {totals[cat]} markers (< {MIN_PER_CAT})")
    print(f"{'total':<13} {total:5d}")
    if total < MIN_TOTAL:
        errors.append(f"only {total} markers in the cases (< {MIN_TOTAL})")
    if "-v" in sys.argv:
        for f, (n, wc) in sorted(per_file.items()):
            print(f"  {f:<60} {n:3d} markers {wc:5d} words")
    print(f"hard-wrapped files: {wrapped} of {N_CASES + N_CLEAN}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
