#!/usr/bin/env python3
"""Validator for the heldout20 blind evaluation set.

Checks
  * file naming (cases/fNNN-slug.md, clean/fcNNN-slug.md)
  * markers ⟦category|text⟧ are balanced, not nested, well formed, use a valid category
  * clean cases contain no markers at all
  * no marker inside the protected front-matter keys (authors, author, published, references)
  * front matter parses (YAML) after stripping markers and has the required keys
  * slugs (file names) do not contain marked identifier text
Prints per-file and per-category counts.  Exit status 1 on any error.

Usage: python3 validate.py [--quiet]
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
PREFIX = "f"
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ("title", "summary", "tags")
OPEN, CLOSE = "\u27e6", "\u27e7"
MARKER = re.compile(OPEN + r"([^|" + OPEN + CLOSE + r"]*)\|([^" + OPEN + CLOSE + r"]*)" + CLOSE)

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def check_balance(path, text):
    depth = 0
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        if ch == OPEN:
            depth += 1
            if depth > 1:
                err(path, f"nested marker near line {line}")
                return False
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                err(path, f"unmatched {CLOSE} near line {line}")
                return False
    if depth != 0:
        err(path, f"unclosed {OPEN}")
        return False
    return True


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "missing front matter opening '---'")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "missing front matter closing '---'")
        return None, None
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(fm):
    """Map top-level key -> raw text of its block (line based, robust to markers)."""
    blocks = {}
    key = None
    for ln in fm.splitlines():
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):(\s|$)", ln)
        if m:
            key = m.group(1)
            blocks.setdefault(key, "")
        if key is not None:
            blocks[key] += ln + "\n"
    return blocks


def check_file(path, is_clean, counts, file_counts):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "\t" in text:
        warn(path, "contains tab characters")
    if not check_balance(path, text):
        return
    markers = list(MARKER.finditer(text))
    # every OPEN must belong to a well-formed marker
    if text.count(OPEN) != len(markers):
        err(path, "malformed marker(s): expected ⟦category|text⟧")
    n_here = Counter()
    for m in markers:
        cat, body = m.group(1), m.group(2)
        ln = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {ln}: invalid category {cat!r}")
        if not body.strip():
            err(path, f"line {ln}: empty marker text")
        elif body != body.strip():
            err(path, f"line {ln}: marker text has leading/trailing whitespace: {body!r}")
        if "|" in body:
            err(path, f"line {ln}: '|' inside marker text")
        if len(body) > 120:
            warn(path, f"line {ln}: very long marker text ({len(body)} chars)")
        n_here[cat] += 1
    if is_clean and markers:
        err(path, f"clean case contains {len(markers)} marker(s)")
    if not is_clean and not markers:
        err(path, "identifier case contains no markers")

    fm, body = split_front_matter(path, text)
    if fm is None:
        return
    blocks = top_level_blocks(fm)
    for key in PROTECTED:
        if key in blocks and OPEN in blocks[key]:
            err(path, f"marker inside protected key '{key}'")
    for key in REQUIRED:
        if key not in blocks:
            err(path, f"missing required key '{key}'")
    clean_fm = strip_markers(fm)
    if yaml is not None:
        try:
            data = yaml.safe_load(clean_fm)
        except Exception as e:  # noqa: BLE001
            err(path, f"front matter does not parse after stripping markers: {e}")
            data = None
        if data is not None:
            if not isinstance(data, dict):
                err(path, "front matter is not a mapping")
            else:
                for key in REQUIRED:
                    if key in data and (data[key] is None or data[key] == ""):
                        err(path, f"required key '{key}' is empty")
                if "tags" in data and not isinstance(data["tags"], list):
                    err(path, "'tags' must be a list")
                for lk in ("system", "modality", "authors", "references", "images"):
                    if lk in data and not isinstance(data[lk], list):
                        err(path, f"'{lk}' must be a list")
                pub = data.get("published")
                if pub is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(pub)):
                    err(path, f"'published' not YYYY-MM-DD: {pub!r}")
                for img in data.get("images", []) or []:
                    if not isinstance(img, dict) or "file" not in img:
                        err(path, "image entry without 'file'")
    if not body.strip():
        err(path, "empty body")

    # slug must not contain identifier text
    slug = os.path.basename(path)[:-3].lower()
    slug_tokens = set(re.split(r"[^a-z0-9]+", slug))
    generic = {"clinic", "hospital", "centre", "center", "health", "road", "street", "ward",
               "community", "school", "house", "flat", "unit", "prep", "lane", "general",
               "care", "home", "medical", "nursing", "district", "village", "town"}
    for m in markers:
        whole = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
        if len(whole) >= 4 and whole in slug:
            err(path, f"slug contains identifier {whole!r}")
        if m.group(1) not in ("name", "relative", "initials"):
            continue
        for tok in re.split(r"[^a-z0-9]+", m.group(2).lower()):
            if len(tok) >= 4 and tok not in generic and tok in slug_tokens:
                err(path, f"slug contains identifier token {tok!r}")

    counts.update(n_here)
    file_counts[os.path.relpath(path, HERE)] = sum(n_here.values())


def body_wrapped(path):
    with open(path, encoding="utf-8") as fh:
        text = strip_markers(fh.read())
    _, _, body = text.partition("\n---\n")
    lines = [l for l in body.splitlines() if l.strip() and not l.lstrip().startswith("|")]
    return bool(lines) and max(len(l) for l in lines) <= 82


def main():
    quiet = "--quiet" in sys.argv
    counts = Counter()
    file_counts = {}
    names = {"cases": re.compile(rf"^{PREFIX}\d{{3}}-[a-z0-9]+(-[a-z0-9]+)*\.md$"),
             "clean": re.compile(rf"^{PREFIX}c\d{{3}}-[a-z0-9]+(-[a-z0-9]+)*\.md$")}
    n_files = {"cases": 0, "clean": 0}
    wrapped = 0
    for sub in ("cases", "clean"):
        d = os.path.join(HERE, sub)
        if not os.path.isdir(d):
            err(d, "missing directory")
            continue
        for fn in sorted(os.listdir(d)):
            p = os.path.join(d, fn)
            if not names[sub].match(fn):
                err(p, "bad file name")
                continue
            n_files[sub] += 1
            check_file(p, sub == "clean", counts, file_counts)
            if body_wrapped(p):
                wrapped += 1

    if not quiet:
        for f, n in file_counts.items():
            print(f"{n:4d}  {f}")
    print(f"\nfiles: {n_files['cases']} cases, {n_files['clean']} clean; "
          f"hard-wrapped (<=82 cols): {wrapped}")
    print("per-category counts:")
    for cat in sorted(CATEGORIES):
        flag = "" if counts[cat] >= 8 else "   <-- below 8"
        print(f"  {cat:12s} {counts[cat]:4d}{flag}")
    print(f"  {'TOTAL':12s} {sum(counts.values()):4d}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        print(f"\nFAILED with {len(errors)} error(s)")
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
