#!/usr/bin/env python3
"""Validator for the heldout50 evaluation set (prefix "da").

Checks file names and counts, front matter (after markers are removed),
marker syntax and categories, that clean files carry no markers, that no
marker sits inside authors/author/published/references, body length, and
the totals.  Prints counts per category.  Exit status 0 when everything
passes, 1 otherwise.

Usage: python3 validate.py [--verbose]
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # optional
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "da"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 380
MIN_PER_CATEGORY = 8
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
KNOWN_KEYS = {
    "title", "summary", "tags", "specialty", "system", "modality", "age",
    "sex", "diagnosis", "certainty", "authors", "author", "published",
    "status", "license", "consent", "quiz", "images", "references",
}
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
EXPECTED_KEYS = ["specialty", "system", "modality", "age", "sex", "diagnosis",
                 "certainty", "published", "references"]
PROTECTED_KEYS = {"authors", "author", "published", "references"}

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"

errors = []
warnings = []


def err(path, msg):
    errors.append(f"ERROR {os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"warn  {os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with a '---' front-matter fence")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed by '---'")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    body_line = text[:end + 5].count("\n") + 1
    return fm, body, body_line


def top_level_blocks(fm):
    """Yield (key, first_line_no, block_text) for each top-level YAML key."""
    blocks = []
    cur_key, cur_start, cur_lines = None, 0, []
    for i, line in enumerate(fm.split("\n"), start=2):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:", line)
        if m and not line.startswith((" ", "\t", "-")):
            if cur_key is not None:
                blocks.append((cur_key, cur_start, "\n".join(cur_lines)))
            cur_key, cur_start, cur_lines = m.group(1), i, [line]
        elif cur_key is not None:
            cur_lines.append(line)
    if cur_key is not None:
        blocks.append((cur_key, cur_start, "\n".join(cur_lines)))
    return blocks


def check_markers(path, text):
    """Return list of (category, text, line) for well-formed markers."""
    found = []
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: unknown category {cat!r}")
        if not val.strip():
            err(path, f"line {line}: empty marker text")
        elif val != val.strip():
            err(path, f"line {line}: marker text has surrounding whitespace: {val!r}")
        found.append((cat, val, line))
    rest = MARKER.sub("", text)
    for ch in "⟦⟧":
        idx = rest.find(ch)
        if idx >= 0:
            # report the line in the original text (approximate)
            err(path, f"malformed or nested marker (stray {ch!r}) near: "
                      f"{rest[max(0, idx - 40):idx + 40]!r}")
    return found


def word_count(body):
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’./:-]*", body))


def is_hard_wrapped(body):
    lines, fence = [], False
    for l in body.split("\n"):
        if l.startswith("```"):
            fence = not fence
            continue
        if fence or not l.strip() or l.lstrip().startswith(("|", "#", "<!--")):
            continue
        lines.append(l)
    if not lines:
        return False
    lines = [strip_markers(l) for l in lines]
    lines = [l for l in lines if " " in l.strip()]  # a lone long token (URL) cannot wrap
    return bool(lines) and max(len(l) for l in lines) <= 90


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if "\r" in raw:
        err(path, "file contains carriage returns")
    markers = check_markers(path, raw)
    if clean and ("⟦" in raw or "⟧" in raw):
        err(path, "clean file contains marker characters")
    fm_raw, body, _ = split_front_matter(path, raw)
    if fm_raw is None:
        return markers, False
    # markers must not be inside protected keys
    for key, line, block in top_level_blocks(fm_raw):
        if key in PROTECTED_KEYS and ("⟦" in block or "⟧" in block):
            err(path, f"line {line}: marker inside protected key '{key}'")
    fm_text = strip_markers(fm_raw)
    if yaml is not None:
        try:
            data = yaml.safe_load(fm_text)
        except yaml.YAMLError as exc:
            err(path, f"front matter does not parse after removing markers: {exc}")
            data = None
        if data is not None:
            if not isinstance(data, dict):
                err(path, "front matter is not a mapping")
            else:
                for k in REQUIRED_KEYS:
                    if k not in data or data[k] in (None, "", []):
                        err(path, f"missing required key '{k}'")
                if not isinstance(data.get("tags"), list) or not data.get("tags"):
                    err(path, "tags must be a non-empty list")
                if data.get("status") != "published":
                    err(path, "status must be 'published'")
                if "authors" not in data and "author" not in data:
                    err(path, "missing authors/author")
                for k in EXPECTED_KEYS:
                    if k not in data:
                        warn(path, f"missing expected key '{k}'")
                for k in data:
                    if k not in KNOWN_KEYS:
                        err(path, f"unknown front-matter key '{k}'")
                imgs = data.get("images") or []
                if not isinstance(imgs, list):
                    err(path, "images must be a list")
                else:
                    for im in imgs:
                        if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                            err(path, "each image needs file and alt")
                age = str(data.get("age", ""))
                if age and not re.fullmatch(r"(\d0s|\d+-\d+|90\+|newborn|infant|child|adolescent)", age):
                    warn(path, f"age {age!r} is not an age band")
    else:
        for k in REQUIRED_KEYS:
            if not re.search(rf"^{k}\s*:", fm_text, re.M):
                err(path, f"missing required key '{k}'")
    words = word_count(strip_markers(body))
    if not (MIN_WORDS <= words <= MAX_WORDS):
        err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    return markers, is_hard_wrapped(body)


def check_names(folder, pattern, n, label):
    full = os.path.join(HERE, folder)
    if not os.path.isdir(full):
        err(full, "folder missing")
        return []
    files = sorted(f for f in os.listdir(full) if not f.startswith("."))
    good = []
    seen = set()
    for f in files:
        m = re.fullmatch(pattern, f)
        if not m:
            err(os.path.join(full, f), f"bad {label} file name")
            continue
        num = int(m.group(1))
        if num in seen:
            err(os.path.join(full, f), f"duplicate number {num}")
        seen.add(num)
        good.append(os.path.join(full, f))
    want = set(range(1, n + 1))
    if seen != want:
        err(full, f"expected {label} numbers 1..{n}; missing {sorted(want - seen)}, "
                  f"extra {sorted(seen - want)}")
    return good


def main():
    verbose = "--verbose" in sys.argv
    case_files = check_names("cases", rf"{PREFIX}(\d{{3}})-{SLUG}\.md", N_CASES, "case")
    clean_files = check_names("clean", rf"{PREFIX}c(\d{{3}})-{SLUG}\.md", N_CLEAN, "clean")

    per_cat = Counter()
    per_file = {}
    wrapped = 0
    for path in case_files:
        markers, hw = check_file(path, clean=False)
        wrapped += hw
        per_file[os.path.basename(path)] = Counter(c for c, _, _ in markers)
        per_cat.update(c for c, _, _ in markers)
        if not markers:
            err(path, "case has no markers")
    for path in clean_files:
        markers, hw = check_file(path, clean=True)
        wrapped += hw

    total = sum(per_cat.values())
    if total < MIN_TOTAL:
        err(HERE, f"only {total} markers (need {MIN_TOTAL})")
    for c in CATEGORIES:
        if per_cat[c] < MIN_PER_CATEGORY:
            err(HERE, f"category {c!r} has {per_cat[c]} markers (need {MIN_PER_CATEGORY})")

    print("Identifiers per category:")
    for c in CATEGORIES:
        print(f"  {c:12s} {per_cat[c]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"Cases: {len(case_files)}  clean: {len(clean_files)}  hard-wrapped files: {wrapped}")
    if verbose:
        for f, cnt in sorted(per_file.items()):
            print(f"  {f}: {sum(cnt.values())}  " +
                  ", ".join(f"{k}={v}" for k, v in sorted(cnt.items())))
    for w in warnings:
        print(w)
    for e in errors:
        print(e)
    if errors:
        print(f"FAILED with {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
