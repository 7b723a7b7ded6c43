#!/usr/bin/env python3
"""Validator for the heldout28 evaluation set (prefix "ce").

Checks
  * file layout: cases/ce001-<slug>.md ... ce030, clean/cec001-<slug>.md ... cec012
  * marker syntax ⟦category|text⟧: balanced, not nested, no '|' in text,
    no leading/trailing whitespace, known category
  * age markers are integers > 89; date markers are never a bare year
  * no markers in clean files; no markers in protected front-matter keys
    (authors, author, published, references)
  * front matter parses (PyYAML if available) after markers are stripped and
    has title, summary, tags (list), status: published
  * slugs contain no marked text
  * per-category minimums (>= 8 each, >= 380 in total)
Exits 1 on any error, prints OK otherwise.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ("title", "summary", "tags", "status")
CASE_RE = re.compile(r"^ce(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$")
CLEAN_RE = re.compile(r"^cec(\d{3})-([a-z]+(?:-[a-z]+)*)\.md$")
MARKER_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧]*)⟧")
N_CASES, N_CLEAN = 30, 12
MIN_PER_CAT, MIN_TOTAL, AIM = 8, 380, 15
AIM_CATS = ("name", "date", "location", "initials", "id")
WRAP = 80
SLUG_STOP = {
    "ward", "clinic", "hospital", "health", "centre", "center", "camp", "block",
    "road", "street", "village", "district", "station", "island", "river",
    "base", "prison", "mine", "farm", "house", "post", "unit", "the", "and",
    "de", "la", "du", "des", "le", "do", "da", "del", "al", "el", "bay",
    "point", "creek", "north", "south", "east", "west", "new", "port",
}

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def check_syntax(path, text):
    depth = 0
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        if ch == "⟦":
            depth += 1
            if depth > 1:
                err(path, f"line {line}: nested or unclosed marker")
                depth = 1
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                err(path, f"line {line}: unmatched closing bracket")
                depth = 0
    if depth:
        err(path, "unclosed marker at end of file")
    # every ⟦ must start a well-formed marker
    opens = text.count("⟦")
    good = len(MARKER_RE.findall(text))
    if opens != good:
        for m in re.finditer(r"⟦[^⟧]*⟧?", text):
            if not MARKER_RE.fullmatch(m.group(0)):
                ln = text.count("\n", 0, m.start()) + 1
                err(path, f"line {ln}: malformed marker {m.group(0)[:60]!r}")


def check_markers(path, text, counts, marked_texts):
    for m in MARKER_RE.finditer(text):
        cat, val = m.group(1), m.group(2)
        ln = text.count("\n", 0, m.start()) + 1
        where = f"line {ln}"
        if cat not in CATEGORIES:
            err(path, f"{where}: unknown category {cat!r}")
            continue
        if not val:
            err(path, f"{where}: empty marker")
            continue
        if val != val.strip():
            err(path, f"{where}: leading/trailing whitespace in {val!r}")
        if "|" in val:
            err(path, f"{where}: '|' inside marked text")
        if cat == "age":
            if not re.fullmatch(r"\d{2,3}", val) or int(val) <= 89:
                err(path, f"{where}: age marker must be a number > 89: {val!r}")
        if cat == "date":
            if re.fullmatch(r"(?:(?:vers|circa|ca\.|c\.|about|around|approx\.?|"
                            r"early|late|mid-?|in|en|em|de|del)\s*)?"
                            r"(?:19|20)\d{2}(?:\s*(?:g\.|г\.))?", val.strip(), re.I):
                err(path, f"{where}: bare year marked as date: {val!r}")
        if cat in ("name", "initials", "relative") and re.fullmatch(
                r"(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Dr|Dra|Prof|Sr|Sra|Srta|Sgt|Cpl|Pte|"
                r"Capt|Maj|Lic|Nurse|Sister|Maman|Doña|Tita)\.?(?:\s.*)?", val):
            err(path, f"{where}: title inside name marker: {val!r}")
        counts[cat] += 1
        marked_texts.append((cat, val))


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with front matter '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


def check_protected(path, fm):
    key = None
    for i, line in enumerate(fm.splitlines(), start=2):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            key = m.group(1)
        if key in PROTECTED and "⟦" in line:
            err(path, f"line {i}: marker inside protected key {key!r}")


def check_front_matter(path, fm):
    plain = strip_markers(fm)
    if yaml is None:
        for k in REQUIRED:
            if not re.search(rf"^{k}\s*:", plain, re.M):
                err(path, f"front matter missing {k!r}")
        return
    try:
        data = yaml.safe_load(plain)
    except yaml.YAMLError as e:  # type: ignore
        err(path, f"front matter does not parse: {e}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for k in REQUIRED:
        if k not in data:
            err(path, f"front matter missing {k!r}")
    if not isinstance(data.get("tags"), list):
        err(path, "tags must be a list")
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    for k in ("authors", "system", "modality", "references", "images"):
        if k in data and not isinstance(data[k], list):
            err(path, f"{k} must be a list")
    for img in data.get("images") or []:
        if not isinstance(img, dict) or "file" not in img:
            err(path, "each image needs a file key")
    pub = data.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
        err(path, f"published must be YYYY-MM-DD, got {pub!r}")


def check_slug(path, slug, marked_texts):
    slug_tokens = slug.split("-")
    slug_norm = "-" + slug + "-"
    for cat, val in marked_texts:
        norm = re.sub(r"[^a-z0-9]+", "-", val.lower()).strip("-")
        if norm and ("-" + norm + "-") in slug_norm:
            err(path, f"slug contains marked text {val!r} ({cat})")
            continue
        if cat in ("name", "relative", "location", "initials"):
            for tok in re.split(r"[^a-z0-9]+", val.lower()):
                if len(tok) >= 4 and tok not in SLUG_STOP and tok in slug_tokens:
                    err(path, f"slug token {tok!r} comes from marked text {val!r}")


def is_wrapped(text):
    plain = strip_markers(text)
    return all(len(l) <= WRAP for l in plain.splitlines())


def main():
    totals = Counter()
    wrapped = 0
    per_file = {}
    for sub, rx, n, is_clean in (("cases", CASE_RE, N_CASES, False),
                                 ("clean", CLEAN_RE, N_CLEAN, True)):
        d = os.path.join(HERE, sub)
        if not os.path.isdir(d):
            errors.append(f"missing folder {sub}/")
            continue
        seen = {}
        for fn in sorted(os.listdir(d)):
            path = os.path.join(d, fn)
            m = rx.match(fn)
            if not m:
                err(path, "file name does not follow the pattern")
                continue
            num = int(m.group(1))
            if num in seen:
                err(path, f"duplicate number {num:03d} (also {seen[num]})")
            seen[num] = fn
            with open(path, encoding="utf-8") as f:
                text = f.read()
            check_syntax(path, text)
            counts = Counter()
            marked = []
            check_markers(path, text, counts, marked)
            if is_clean and (counts or "⟦" in text or "⟧" in text):
                err(path, f"clean file contains {sum(counts.values())} marker(s)")
            fm, _body = split_front_matter(path, text)
            if fm is not None:
                check_protected(path, fm)
                check_front_matter(path, fm)
            check_slug(path, m.group(2), marked)
            if not is_clean:
                if sum(counts.values()) == 0:
                    err(path, "case file has no markers")
                totals.update(counts)
                per_file[fn] = sum(counts.values())
            if is_wrapped(text):
                wrapped += 1
        expected = set(range(1, n + 1))
        if set(seen) != expected:
            missing = sorted(expected - set(seen))
            extra = sorted(set(seen) - expected)
            errors.append(f"{sub}/: expected {n} files numbered 1..{n}; "
                          f"missing {missing} extra {extra}")

    for cat in sorted(CATEGORIES):
        if totals[cat] < MIN_PER_CAT:
            errors.append(f"category {cat!r}: {totals[cat]} < {MIN_PER_CAT}")
    for cat in AIM_CATS:
        if totals[cat] < AIM:
            warnings.append(f"category {cat!r}: {totals[cat]} below aim of {AIM}")
    total = sum(totals.values())
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")

    print("Per-category counts:")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {totals[cat]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"Hard-wrapped files (all lines <= {WRAP} cols after stripping): {wrapped}")
    if "-v" in sys.argv:
        for fn, c in per_file.items():
            print(f"  {fn}: {c}")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
