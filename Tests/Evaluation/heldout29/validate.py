#!/usr/bin/env python3
"""Validator for the heldout29 blind evaluation set (prefix "cf").

Checks:
  * marker syntax ⟦category|text⟧, balance, no nesting, no '|' in text,
    no leading/trailing whitespace in the marked text, non-empty text
  * categories are the 15 allowed ones
  * age markers are integers > 89
  * date markers are not a bare year
  * clean files contain no markers at all
  * no markers inside protected front-matter keys (authors, author,
    published, references)
  * front matter parses (after markers are stripped) and has the required
    keys (title, summary, tags as a list, status: published)
  * file names follow cfNNN-<slug>.md (cases, 001..030) and
    cfcNNN-<slug>.md (clean, 001..012); slugs contain no marked text
  * per-category counts (>= 8 each) and total (>= 380)
Exit status 1 on any error, otherwise prints the counts and OK.
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
CASES = os.path.join(HERE, "cases")
CLEAN = os.path.join(HERE, "clean")

CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]
MIN_PER_CATEGORY = 8
MIN_TOTAL = 380
N_CASES = 30
N_CLEAN = 12
WRAP_WIDTH = 80

CASE_RE = re.compile(r"^cf(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^cfc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARKER_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧]*)⟧")
OPEN, CLOSE = "⟦", "⟧"

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def check_syntax(path, text):
    """Bracket balance / nesting and per-marker checks. Returns markers."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == OPEN:
            if depth:
                line = text.count("\n", 0, i) + 1
                err(path, f"nested marker at line {line}")
            depth += 1
        elif ch == CLOSE:
            if not depth:
                line = text.count("\n", 0, i) + 1
                err(path, f"unbalanced closing bracket at line {line}")
                depth = 1
            depth -= 1
    if depth:
        err(path, "unclosed marker at end of file")

    markers = []
    for m in MARKER_RE.finditer(text):
        cat, body = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: unknown category {cat!r}")
        if "|" in body:
            err(path, f"line {line}: '|' inside marked text {body!r}")
        if not body.strip():
            err(path, f"line {line}: empty marked text")
        elif body != body.strip():
            err(path, f"line {line}: leading/trailing whitespace in {body!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", body) or int(body) <= 89:
                err(path, f"line {line}: age marker must be a number > 89, got {body!r}")
        if cat == "date" and re.fullmatch(r"\s*\d{4}\s*", body):
            err(path, f"line {line}: bare year marked as date {body!r}")
        markers.append((cat, body, line))
    # any bracket not consumed by a well-formed marker
    leftover = MARKER_RE.sub("", text)
    if OPEN in leftover or CLOSE in leftover:
        err(path, "malformed marker (bracket outside a well-formed marker)")
    return markers


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with front matter '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(fm):
    """Map top-level key -> raw text of its block (key line + continuation)."""
    blocks = {}
    current = None
    for line in fm.splitlines(keepends=True):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m and not line.startswith((" ", "\t", "-")):
            current = m.group(1)
            blocks[current] = line
        elif current is not None:
            blocks[current] += line
    return blocks


def minimal_yaml_keys(fm):
    """Fallback parser when PyYAML is missing: only top-level keys."""
    data = {}
    for key, block in top_level_blocks(fm).items():
        first = block.split(":", 1)[1].strip()
        rest = block.splitlines()[1:]
        if first.startswith("[") or any(l.strip().startswith("- ") for l in rest):
            data[key] = ["<list>"]
        else:
            data[key] = first.strip("'\"")
    return data


def check_front_matter(path, fm_raw, clean):
    blocks = top_level_blocks(fm_raw)
    for key in PROTECTED:
        if key in blocks and (OPEN in blocks[key] or CLOSE in blocks[key]):
            err(path, f"marker inside protected key '{key}'")
    fm = strip_markers(fm_raw)
    if yaml is not None:
        try:
            data = yaml.safe_load(fm)
        except yaml.YAMLError as e:
            err(path, f"front matter does not parse: {e}")
            return
    else:
        data = minimal_yaml_keys(fm)
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for key in REQUIRED:
        if key not in data:
            err(path, f"missing required key '{key}'")
    if "tags" in data and not isinstance(data["tags"], list):
        err(path, "'tags' must be a list")
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    if yaml is not None:
        for key in ("system", "modality", "authors", "references", "images"):
            if key in data and not isinstance(data[key], list):
                err(path, f"'{key}' should be a list")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img:
                err(path, "each image needs a 'file'")


def slug_words(slug):
    return set(slug.split("-"))


def check_slug(path, slug, markers, text):
    words = slug_words(slug)
    unmarked_words = set(re.findall(r"[^\W_]+", MARKER_RE.sub(" ", text).lower()))
    for cat, body, line in markers:
        norm = re.sub(r"[^a-z0-9]+", "-", body.lower()).strip("-")
        if norm and f"-{norm}-" in f"-{slug}-":
            err(path, f"slug contains marked text {body!r}")
            continue
        if cat in ("name", "relative", "initials", "location"):
            for w in re.findall(r"[^\W_]+", body.lower()):
                if len(w) < 3 or w not in words:
                    continue
                # a word of a marked place that the case also uses as an
                # ordinary word (e.g. "birth" in "... Birth Centre") is generic
                if cat == "location" and w in unmarked_words:
                    continue
                err(path, f"slug word {w!r} is part of marked {cat} {body!r}")


def is_hard_wrapped(body):
    in_code = False
    prose = 0
    for line in strip_markers(body).splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        if len(line) > WRAP_WIDTH:
            return False
        if line.strip() and not in_code:
            prose += 1
    return prose > 0


def scan(folder, regex, expected, clean):
    if not os.path.isdir(folder):
        err(folder, "missing folder")
        return Counter(), 0, 0
    seen = {}
    counts = Counter()
    wrapped = 0
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        m = regex.match(name)
        if not m:
            err(path, "file name does not follow the pattern")
            continue
        num = int(m.group(1))
        if num in seen:
            err(path, f"duplicate number {num:03d}")
        seen[num] = name
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if "\r" in text:
            err(path, "carriage return in file")
        markers = check_syntax(path, text)
        if clean and (markers or OPEN in text or CLOSE in text):
            err(path, "clean file contains markers")
        fm_raw, body = split_front_matter(path, text)
        if fm_raw is not None:
            check_front_matter(path, fm_raw, clean)
        check_slug(path, m.group(2), markers, text)
        if is_hard_wrapped(body):
            wrapped += 1
        for cat, _, _ in markers:
            counts[cat] += 1
    missing = sorted(set(range(1, expected + 1)) - set(seen))
    extra = sorted(set(seen) - set(range(1, expected + 1)))
    if missing:
        err(folder, f"missing numbers {missing}")
    if extra:
        err(folder, f"unexpected numbers {extra}")
    return counts, len(seen), wrapped


def main():
    counts, n_cases, wrapped_cases = scan(CASES, CASE_RE, N_CASES, clean=False)
    _, n_clean, wrapped_clean = scan(CLEAN, CLEAN_RE, N_CLEAN, clean=True)
    total = sum(counts.values())
    for cat in sorted(CATEGORIES):
        if counts[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat!r}: {counts[cat]} < {MIN_PER_CATEGORY}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")

    print(f"cases: {n_cases}  clean: {n_clean}")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {counts[cat]}")
    print(f"  {'TOTAL':12s} {total}")
    print(f"hard-wrapped (<= {WRAP_WIDTH} cols after stripping): "
          f"{wrapped_cases} cases + {wrapped_clean} clean")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
