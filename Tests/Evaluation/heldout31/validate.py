#!/usr/bin/env python3
"""Validator for the heldout31 evaluation set (prefix "ch").

Checks marker syntax, categories, age/date rules, clean files, protected
front-matter keys, YAML parsing after marker removal, required keys, file
naming, slugs, per-category minimums and file counts. Exits 1 on any error.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
MIN_PER_CAT = 8
MIN_TOTAL = 380
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = {"title", "summary", "tags", "status"}
CASE_RE = re.compile(r"^ch(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^chc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARKER_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")
OPEN, CLOSE = "⟦", "⟧"

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def check_balance(path, text):
    depth = 0
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        if ch == OPEN:
            depth += 1
            if depth > 1:
                err(path, f"line {line}: nested marker")
                return False
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                err(path, f"line {line}: unbalanced closing marker")
                return False
    if depth != 0:
        err(path, "unclosed marker at end of file")
        return False
    return True


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with front matter '---'")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, None
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(fm):
    """Yield (key, block_text) for each top-level key of the YAML front matter."""
    blocks = []
    cur_key, cur = None, []
    for line in fm.splitlines(keepends=True):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):", line)
        if m:
            if cur_key is not None:
                blocks.append((cur_key, "".join(cur)))
            cur_key, cur = m.group(1), [line]
        else:
            cur.append(line)
    if cur_key is not None:
        blocks.append((cur_key, "".join(cur)))
    return blocks


def check_markers(path, text):
    found = []
    for m in MARKER_RE.finditer(text):
        cat, val = m.group(1), m.group(2)
        lineno = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {lineno}: invalid category {cat!r}")
        if not val or val != val.strip():
            err(path, f"line {lineno}: empty or space-padded marker text {val!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", val) or int(val) <= 89:
                err(path, f"line {lineno}: age marker must be a number > 89: {val!r}")
        if cat == "date":
            v = val.strip()
            if re.fullmatch(r"(?:in\s+)?'?\d{2,4}s?", v):
                err(path, f"line {lineno}: bare year marked as date: {val!r}")
        found.append((cat, val))
    # any marker chars left over that did not form valid markers?
    leftover = MARKER_RE.sub("", text)
    if OPEN in leftover or CLOSE in leftover:
        lineno = leftover[: max(leftover.find(OPEN), leftover.find(CLOSE))].count("\n") + 1
        err(path, f"malformed marker (near stripped line {lineno})")
    return found


def norm(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def check_file(path, slug, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "\r" in text:
        err(path, "CR characters present")
    if not check_balance(path, text):
        return []
    found = check_markers(path, text)
    if clean and (found or OPEN in text or CLOSE in text):
        err(path, f"clean file contains {len(found)} marker(s)")
    fm, body = split_front_matter(path, text)
    if fm is None:
        return found
    for key, block in top_level_blocks(fm):
        if key in PROTECTED and (OPEN in block or CLOSE in block):
            err(path, f"marker inside protected key {key!r}")
    if not body.strip():
        err(path, "empty body")
    if yaml is not None:
        try:
            data = yaml.safe_load(strip_markers(fm))
        except yaml.YAMLError as e:
            err(path, f"front matter does not parse: {e}")
            data = None
        if data is not None:
            if not isinstance(data, dict):
                err(path, "front matter is not a mapping")
            else:
                missing = REQUIRED - set(data)
                if missing:
                    err(path, f"missing keys {sorted(missing)}")
                if data.get("status") != "published":
                    err(path, "status must be 'published'")
                if not isinstance(data.get("tags"), list):
                    err(path, "tags must be a list")
                for k in ("authors", "system", "modality", "references", "images"):
                    if k in data and not isinstance(data[k], list):
                        err(path, f"{k} must be a list")
                for img in data.get("images") or []:
                    if not isinstance(img, dict) or "file" not in img:
                        err(path, "image entries need at least 'file'")
                pub = data.get("published")
                if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
                    err(path, "published must be YYYY-MM-DD")
    # slug must not contain marked text
    slug_words = set(slug.split("-"))
    for cat, val in found:
        n = norm(val)
        if n and len(n) >= 2 and n in slug:
            if len(n) >= 3 or n in slug_words:
                err(path, f"slug contains marked text {val!r}")
        if cat in ("name", "relative", "initials", "location"):
            for tok in norm(val).split("-"):
                if len(tok) >= 3 and tok in slug_words and cat != "location":
                    err(path, f"slug word {tok!r} comes from a marked {cat}")
    # warn about possible unmarked repeats of marked names
    stripped_rest = MARKER_RE.sub(" ", text)
    for key in PROTECTED:
        stripped_rest = re.sub(r"(?ms)^%s:.*?(?=^[A-Za-z_]+:|^---$)" % key, "", stripped_rest)
    toks = set()
    for cat, val in found:
        if cat in ("name", "relative"):
            toks.update(t for t in re.findall(r"[^\W\d_][\w'-]*", val) if len(t) >= 3)
    for t in sorted(toks):
        for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(t), stripped_rest):
            ln = stripped_rest.count("\n", 0, m.start()) + 1
            warnings.append(f"{os.path.relpath(path, ROOT)}: line {ln}: unmarked {t!r}?")
    return found


def main():
    if yaml is None:
        print("warning: PyYAML not installed; YAML parsing not checked", file=sys.stderr)
    counts = Counter()
    per_file = {}
    for sub, rx, clean, expected in (("cases", CASE_RE, False, 30), ("clean", CLEAN_RE, True, 12)):
        d = os.path.join(ROOT, sub)
        if not os.path.isdir(d):
            errors.append(f"missing folder {sub}/")
            continue
        names = sorted(os.listdir(d))
        nums = []
        for n in names:
            p = os.path.join(d, n)
            m = rx.match(n)
            if not m:
                err(p, "file name does not follow the pattern")
                continue
            nums.append(int(m.group(1)))
            found = check_file(p, m.group(2), clean)
            if not clean:
                per_file[n] = len(found)
                counts.update(c for c, _ in found)
        if sorted(nums) != list(range(1, expected + 1)):
            errors.append(f"{sub}/: expected numbers 001..{expected:03d}, got {sorted(nums)}")
        if len(names) != expected:
            errors.append(f"{sub}/: expected {expected} files, found {len(names)}")
    for n, c in per_file.items():
        if c == 0:
            errors.append(f"cases/{n}: no markers")
    total = sum(counts.values())
    print("per-category counts:")
    for cat in sorted(CATEGORIES):
        flag = "" if counts[cat] >= MIN_PER_CAT else "   <-- below minimum"
        print(f"  {cat:12s} {counts[cat]:4d}{flag}")
        if counts[cat] < MIN_PER_CAT:
            errors.append(f"category {cat} has {counts[cat]} < {MIN_PER_CAT}")
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    if warnings:
        print("\nwarnings (check by hand):")
        for w in warnings:
            print("  " + w)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
