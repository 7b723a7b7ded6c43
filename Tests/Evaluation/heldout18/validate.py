#!/usr/bin/env python3
"""Validator for the heldout18 blind evaluation set.

Checks:
  * file names follow <P>NNN-slug.md (cases/) and <P>cNNN-slug.md (clean/)
  * slugs contain no markers
  * markers are balanced, not nested, well-formed: ⟦category|text⟧
  * categories are valid; marker text is non-empty and not padded by whitespace
  * clean cases contain no markers
  * no marker sits inside a protected front-matter key (authors, author, published, references)
  * front matter parses (with and without markers) and required keys exist
  * prints per-category counts
Usage: python3 validate.py [--min-total N]
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
PREFIX = "a"
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
OPEN, CLOSE = "\u27e6", "\u27e7"
MARKER_RE = re.compile(OPEN + r"([^" + OPEN + CLOSE + r"|]*)\|([^" + OPEN + CLOSE + r"]*)" + CLOSE)

errors = []
counts = Counter()
per_file = {}


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def check_balance(path, text):
    depth = 0
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        elif ch == OPEN:
            depth += 1
            if depth > 1:
                err(path, f"nested marker near line {line}")
                return False
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                err(path, f"unbalanced closing marker near line {line}")
                return False
    if depth != 0:
        err(path, "unclosed marker at end of file")
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
    """Yield (key, block_text) for each top-level key of the front matter."""
    blocks = []
    key, buf = None, []
    for ln in fm.splitlines(keepends=True):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", ln)
        if m and not ln.startswith((" ", "\t", "-")):
            if key is not None:
                blocks.append((key, "".join(buf)))
            key, buf = m.group(1), [ln]
        else:
            buf.append(ln)
    if key is not None:
        blocks.append((key, "".join(buf)))
    return blocks


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "\r" in text:
        err(path, "contains CR characters")
    if not check_balance(path, text):
        return
    # malformed markers: every OPEN must start a well-formed marker
    well = list(MARKER_RE.finditer(text))
    if len(well) != text.count(OPEN):
        err(path, f"{text.count(OPEN) - len(well)} malformed marker(s)")
    local = Counter()
    for m in well:
        cat, body = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, f"invalid category {cat!r}")
        if not body.strip():
            err(path, f"empty marker text for {cat!r}")
        elif body != body.strip():
            err(path, f"marker text padded with whitespace: {body!r}")
        local[cat] += 1
    if clean and well:
        err(path, f"clean case contains {len(well)} marker(s)")
    if not clean and not well:
        err(path, "identifier case contains no markers")
    fm, body = split_front_matter(path, text)
    if fm is None:
        return
    for key, block in top_level_blocks(fm):
        if key in PROTECTED and OPEN in block:
            err(path, f"marker inside protected key {key!r}")
    if yaml is not None:
        for label, src in (("stripped", strip_markers(fm)), ("marked", fm)):
            try:
                data = yaml.safe_load(src)
            except yaml.YAMLError as exc:
                err(path, f"front matter ({label}) does not parse: {exc}")
                continue
            if not isinstance(data, dict):
                err(path, f"front matter ({label}) is not a mapping")
                continue
            for k in REQUIRED:
                if k not in data or data[k] in (None, "", []):
                    err(path, f"missing required key {k!r}")
            if not isinstance(data.get("tags"), list):
                err(path, "tags must be a list")
            pub = data.get("published")
            if pub is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(pub)):
                err(path, "published must be YYYY-MM-DD")
            for img in data.get("images") or []:
                if not isinstance(img, dict) or "file" not in img:
                    err(path, "images entries need a 'file' key")
    else:
        for k in REQUIRED:
            if not re.search(rf"(?m)^{k}\s*:", strip_markers(fm)):
                err(path, f"missing required key {k!r}")
    if not body.strip():
        err(path, "empty body")
    counts.update(local)
    per_file[os.path.relpath(path, HERE)] = sum(local.values())


def main():
    min_total = 0
    if "--min-total" in sys.argv:
        min_total = int(sys.argv[sys.argv.index("--min-total") + 1])
    n_cases = n_clean = 0
    for sub, clean in (("cases", False), ("clean", True)):
        d = os.path.join(HERE, sub)
        if not os.path.isdir(d):
            err(d, "missing directory")
            continue
        pat = re.compile(rf"^{PREFIX}{'c' if clean else ''}\d{{3}}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
        for fn in sorted(os.listdir(d)):
            p = os.path.join(d, fn)
            if not fn.endswith(".md"):
                err(p, "unexpected non-markdown file")
                continue
            if OPEN in fn or CLOSE in fn:
                err(p, "slug contains a marker")
            if not pat.match(fn):
                err(p, "file name does not match naming pattern")
            check_file(p, clean)
            if clean:
                n_clean += 1
            else:
                n_cases += 1
    total = sum(counts.values())
    print(f"identifier cases: {n_cases}   clean cases: {n_clean}")
    print(f"total markers: {total}")
    for cat in sorted(CATEGORIES, key=lambda c: (-counts[c], c)):
        print(f"  {cat:12s} {counts[cat]:4d}")
    if min_total and total < min_total:
        errors.append(f"total markers {total} < required {min_total}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
