#!/usr/bin/env python3
"""Validator for the heldout16 blind privacy evaluation set.

Checks:
  * file naming (cases/zNNN-slug.md, clean/zcNNN-slug.md), slug free of marked text
  * markers ⟦category|text⟧ balanced, well formed, not nested, not spanning lines
  * categories valid; age markers are numbers over 89
  * clean cases carry no markers
  * no marker inside protected front-matter keys (authors, author, published, references)
  * front matter parses (after stripping markers) and has required keys
  * warns when a marked name token recurs unmarked in the same file
  * prints per-category counts and checks the set's quotas
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml  # optional
except Exception:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "z"
CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
# generic words that may occur inside marked facility/e-mail text and in slugs
GENERIC = {"hospital", "clinic", "centre", "center", "unit", "street", "road", "school",
           "student", "haemophilia", "general", "health", "practice", "ward", "dialysis",
           "medical", "village", "church", "home", "renal", "care", "house", "satellite", "parkinson", "lupus"}
MARKER = re.compile(r"⟦([^|⟦⟧\n]*)\|([^⟦⟧\n]*)⟧")

QUOTAS = {
    "cases": 30, "clean": 12, "total": 380,
    "min": {"vehicle": 8, "device": 8, "url": 8, "ip": 8, "email": 8,
            "biometric": 8, "initials": 15, "age": 12},
}

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with front matter '---'")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, None
    return text[4:end + 1], text[end + 5:]


def parse_yaml(path, fm):
    if yaml is not None:
        try:
            data = yaml.safe_load(fm)
        except Exception as e:  # noqa
            err(path, f"front matter does not parse: {e}")
            return None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return None
        return data
    # minimal fallback: top-level keys only
    data = {}
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m:
            data[m.group(1)] = m.group(2) or []
    return data


def check_file(path, clean, counts, per_file):
    raw = open(path, encoding="utf-8").read()
    name = os.path.basename(path)
    pat = rf"^{PREFIX}c\d{{3}}-[a-z0-9-]+\.md$" if clean else rf"^{PREFIX}\d{{3}}-[a-z0-9-]+\.md$"
    if not re.match(pat, name):
        err(path, f"bad file name (expected pattern {pat})")

    # marker well-formedness
    markers = list(MARKER.finditer(raw))
    leftover = MARKER.sub("", raw)
    for ch in "⟦⟧":
        if ch in leftover:
            ln = raw.count("\n", 0, raw.find(ch)) + 1
            err(path, f"unbalanced or malformed marker bracket {ch!r} (first near line {ln})")
    local = Counter()
    marked_texts = defaultdict(set)
    for m in markers:
        cat, txt = m.group(1), m.group(2)
        ln = raw.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {ln}: invalid category {cat!r}")
            continue
        if not txt or txt != txt.strip():
            err(path, f"line {ln}: empty text or surrounding whitespace in marker {m.group(0)!r}")
        if cat == "age":
            if not re.fullmatch(r"\d{2,3}", txt) or int(txt) <= 89:
                err(path, f"line {ln}: age marker must be a number over 89: {txt!r}")
        local[cat] += 1
        marked_texts[cat].add(txt)

    if clean and markers:
        err(path, f"clean case contains {len(markers)} marker(s)")
    if not clean and not markers:
        err(path, "identifier-bearing case has no markers")

    fm_raw, body_raw = split_front_matter(path, raw)
    if fm_raw is None:
        return
    # protected keys must not contain markers
    current = None
    for i, line in enumerate(fm_raw.splitlines(), start=2):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
        if current in PROTECTED and "⟦" in line:
            err(path, f"line {i}: marker inside protected key '{current}'")
    data = parse_yaml(path, strip_markers(fm_raw))
    if data is None:
        return
    for k in REQUIRED:
        if k not in data or data[k] in (None, "", []):
            err(path, f"missing required key '{k}'")
    if yaml is not None:
        if "tags" in data and not isinstance(data["tags"], list):
            err(path, "tags must be a list")
        for k in ("system", "modality", "authors", "references"):
            if k in data and not isinstance(data[k], list):
                err(path, f"{k} must be a list")
        if "published" in data and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
            err(path, "published must be YYYY-MM-DD")
        if data.get("status") not in (None, "published"):
            err(path, "status must be 'published'")
        if "images" in data:
            imgs = data["images"]
            if not isinstance(imgs, list):
                err(path, "images must be a list")
            else:
                for im in imgs:
                    if not isinstance(im, dict) or "file" not in im:
                        err(path, "each image needs a 'file'")

    # slug must not carry marked text
    slug = name[:-3].lower()
    for cat, txts in marked_texts.items():
        for t in txts:
            for tok in re.findall(r"[A-Za-z]{4,}|\d{3,}", t):
                if tok.lower() in GENERIC:
                    continue
                if re.search(rf"(?<![a-z0-9]){re.escape(tok.lower())}(?![a-z0-9])", slug):
                    err(path, f"slug contains marked text {tok!r} ({cat})")

    # name tokens that recur unmarked (warning only)
    unmarked = MARKER.sub(lambda m: " " * len(m.group(0)), raw)
    # blank protected front-matter lines (authors, references...) before scanning
    um_lines = unmarked.split("\n")
    current = None
    for i in range(1, min(len(um_lines), fm_raw.count("\n") + 1)):
        m = re.match(r"^([A-Za-z_][\w-]*):", um_lines[i])
        if m:
            current = m.group(1)
        if current in PROTECTED:
            um_lines[i] = " " * len(um_lines[i])
    unmarked = "\n".join(um_lines)
    for cat in ("name", "relative"):
        for t in marked_texts.get(cat, ()):
            for tok in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", t):
                if tok.lower() in {"mrs", "miss", "the", "and", "van", "der", "von", "mac", "ms", "mr", "dr", "prof", "pastor", "rev", "sister", "mdm"}:
                    continue
                for mm in re.finditer(rf"(?<![\w]){re.escape(tok)}(?![\w])", unmarked, re.IGNORECASE):
                    ln = raw.count("\n", 0, mm.start()) + 1
                    warn(path, f"line {ln}: '{tok}' (from marked {cat} '{t}') appears unmarked")

    for c, n in local.items():
        counts[c] += n
    per_file[name] = sum(local.values())


def main():
    counts = Counter()
    per_file = {}
    n_cases = n_clean = 0
    for sub, clean in (("cases", False), ("clean", True)):
        d = os.path.join(HERE, sub)
        if not os.path.isdir(d):
            errors.append(f"missing folder {sub}/")
            continue
        for fn in sorted(os.listdir(d)):
            p = os.path.join(d, fn)
            if not fn.endswith(".md"):
                err(p, "unexpected non-markdown file")
                continue
            if clean:
                n_clean += 1
            else:
                n_cases += 1
            check_file(p, clean, counts, per_file)

    total = sum(counts.values())
    if n_cases < QUOTAS["cases"]:
        errors.append(f"only {n_cases} identifier-bearing cases (need {QUOTAS['cases']})")
    if n_clean < QUOTAS["clean"]:
        errors.append(f"only {n_clean} clean cases (need {QUOTAS['clean']})")
    if total < QUOTAS["total"]:
        errors.append(f"only {total} marked identifiers (need {QUOTAS['total']})")
    for c in CATEGORIES:
        if counts[c] == 0:
            errors.append(f"category '{c}' absent")
    for c, n in QUOTAS["min"].items():
        if counts[c] < n:
            errors.append(f"category '{c}' has {counts[c]} (need at least {n})")

    verbose = "-v" in sys.argv
    if verbose:
        for fn, n in sorted(per_file.items()):
            print(f"  {fn}: {n}")
    for w in warnings:
        print("WARNING", w)
    print(f"cases: {n_cases}  clean: {n_clean}  marked identifiers: {total}")
    print("per-category counts:")
    for c in CATEGORIES:
        print(f"  {c:12s} {counts[c]}")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED ({len(errors)} error(s))")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
