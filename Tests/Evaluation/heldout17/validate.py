#!/usr/bin/env python3
"""Validator for the heldout17 blind evaluation set.

Checks:
  * file names follow j<NNN>-slug.md (cases/) and jc<NNN>-slug.md (clean/)
  * markers ⟦category|text⟧ are balanced, un-nested, single-line, non-empty
  * categories are from the allowed list
  * clean cases contain no markers (and no stray marker brackets)
  * no marker sits inside protected front-matter keys (authors, author,
    published, references)
  * front matter parses (YAML) after markers are stripped; required keys
    exist; tags is a list; published is YYYY-MM-DD; status is published
  * slugs (file names) contain no markers
  * prints per-category counts and checks the task's minimum quotas
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
PREFIX = "j"
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
OPEN, CLOSE = "\u27e6", "\u27e7"
MARK_RE = re.compile(OPEN + r"([^" + OPEN + CLOSE + r"|]+)\|([^" + OPEN + CLOSE + r"]*)" + CLOSE)

MIN_CASES = 30
MIN_CLEAN = 12
MIN_TOTAL = 380
QUOTAS = {"vehicle": 8, "device": 8, "url": 8, "ip": 8, "email": 8,
          "biometric": 8, "initials": 15, "age": 12}

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "missing front matter opening '---'")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "missing front matter closing '---'")
        return None, None
    return text[4:end + 1], text[end + 5:]


def check_markers(path, text):
    """Return Counter of categories; report malformed markers."""
    counts = Counter()
    depth = 0
    for i, ch in enumerate(text):
        if ch == OPEN:
            depth += 1
            if depth > 1:
                line = text.count("\n", 0, i) + 1
                err(path, f"nested marker at line {line}")
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                line = text.count("\n", 0, i) + 1
                err(path, f"unbalanced closing marker at line {line}")
                depth = 0
    if depth != 0:
        err(path, "unbalanced opening marker")
    n_open = text.count(OPEN)
    matches = list(MARK_RE.finditer(text))
    if len(matches) != n_open:
        err(path, f"{n_open} opening brackets but {len(matches)} well-formed markers")
    for m in matches:
        cat, body = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: unknown category '{cat}'")
        if not body.strip():
            err(path, f"line {line}: empty marker text")
        if body != body.strip():
            err(path, f"line {line}: marker text has leading/trailing space: '{body}'")
        if "\n" in body:
            err(path, f"line {line}: marker spans a line break")
        if "|" in body:
            err(path, f"line {line}: '|' inside marker text")
        counts[cat] += 1
    return counts


def protected_blocks(fm):
    """Yield (key, block_text) for top-level keys in the raw front matter."""
    current, buf = None, []
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            if current is not None:
                yield current, "\n".join(buf)
            current, buf = m.group(1), [line]
        else:
            buf.append(line)
    if current is not None:
        yield current, "\n".join(buf)


def check_front_matter(path, fm):
    for key, block in protected_blocks(fm):
        if key in PROTECTED and OPEN in block:
            err(path, f"marker inside protected key '{key}'")
    stripped = strip_markers(fm)
    if yaml is None:
        for key in REQUIRED:
            if not re.search(rf"^{key}:", stripped, re.M):
                err(path, f"missing required key '{key}'")
        return
    try:
        data = yaml.safe_load(stripped)
    except Exception as e:  # noqa
        err(path, f"front matter does not parse: {e}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    # Also make sure the *marked* front matter parses (markers must not break YAML)
    try:
        yaml.safe_load(fm)
    except Exception as e:  # noqa
        err(path, f"marked front matter does not parse: {e}")
    for key in REQUIRED:
        if key not in data or data[key] in (None, "", []):
            err(path, f"missing required key '{key}'")
    if "tags" in data and not isinstance(data["tags"], list):
        err(path, "tags must be a list")
    for key in ("system", "modality", "authors", "references", "images"):
        if key in data and not isinstance(data[key], list):
            err(path, f"{key} must be a list")
    pub = data.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
        err(path, f"published not YYYY-MM-DD: {pub}")
    if data.get("status") not in (None, "published"):
        err(path, f"status should be 'published', got {data.get('status')}")
    for img in data.get("images") or []:
        if not isinstance(img, dict) or "file" not in img:
            err(path, "image entries need a 'file' key")


def main():
    totals = Counter()
    per_file = {}
    n_cases = n_clean = 0
    for sub, pattern, expect_marks in (
        ("cases", rf"^{PREFIX}\d{{3}}-[a-z0-9-]+\.md$", True),
        ("clean", rf"^{PREFIX}c\d{{3}}-[a-z0-9-]+\.md$", False),
    ):
        d = os.path.join(HERE, sub)
        if not os.path.isdir(d):
            err(d, "missing folder")
            continue
        for fn in sorted(os.listdir(d)):
            path = os.path.join(d, fn)
            if not re.match(pattern, fn):
                err(path, "bad file name")
            if OPEN in fn or CLOSE in fn:
                err(path, "marker in file name")
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            fm, body = split_front_matter(path, text)
            counts = check_markers(path, text)
            if fm is not None:
                check_front_matter(path, fm)
            if expect_marks:
                n_cases += 1
                if not counts:
                    err(path, "identifier case has no markers")
                per_file[fn] = sum(counts.values())
                totals.update(counts)
            else:
                n_clean += 1
                if counts or OPEN in text or CLOSE in text:
                    err(path, "clean case contains markers")
    if n_cases < MIN_CASES:
        err(HERE, f"only {n_cases} identifier cases (need {MIN_CASES})")
    if n_clean < MIN_CLEAN:
        err(HERE, f"only {n_clean} clean cases (need {MIN_CLEAN})")
    total = sum(totals.values())
    if total < MIN_TOTAL:
        err(HERE, f"only {total} markers (need {MIN_TOTAL})")
    for cat in CATEGORIES:
        if totals[cat] == 0:
            err(HERE, f"category '{cat}' absent")
    for cat, q in QUOTAS.items():
        if totals[cat] < q:
            err(HERE, f"category '{cat}' has {totals[cat]} (need {q})")

    if "-v" in sys.argv:
        for fn, n in per_file.items():
            print(f"  {fn}: {n}")
    print(f"identifier cases: {n_cases}   clean cases: {n_clean}")
    print("per-category counts:")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {totals[cat]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
