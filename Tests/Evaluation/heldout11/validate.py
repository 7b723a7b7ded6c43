#!/usr/bin/env python3
"""Validator for the heldout11 blind evaluation set (prefix "u").

Checks: marker syntax and balance, valid categories, clean files free of markers,
no markers in protected front-matter keys, front matter parses after stripping markers,
required keys present, file naming, and per-category minimum counts. Prints counts.
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "u"
CATEGORIES = ["name", "initials", "relative", "date", "age", "location", "postal-code",
              "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"]
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
MARKER = re.compile(r"⟦([a-z-]+)\|([^⟦⟧|\n]+)⟧")
MINIMUMS = {"initials": 15, "location": 15, "postal-code": 15, "age": 15, "vehicle": 15,
            "device": 15, "relative": 15, "id": 15, "email": 6, "url": 6, "ip": 6,
            "phone": 6, "name": 60, "date": 60, "biometric": 3}
MIN_TOTAL = 380
N_CASES = 30
N_CLEAN = 12

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front(path, text):
    if not text.startswith("---\n"):
        err(path, "no front matter opening ---")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "no front matter closing ---")
        return None, text
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(front):
    blocks = defaultdict(list)
    key = None
    for line in front.splitlines():
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):", line)
        if m:
            key = m.group(1)
        if key is not None:
            blocks[key].append(line)
    return blocks


def check_markers(path, text):
    found = []
    # every opening bracket must start a well-formed marker
    pos = 0
    for m in MARKER.finditer(text):
        found.append(m)
    n_open, n_close = text.count("⟦"), text.count("⟧")
    if n_open != n_close:
        err(path, f"unbalanced markers: {n_open} open vs {n_close} close")
    if n_open != len(found):
        # locate malformed ones
        covered = set()
        for m in found:
            covered.update(range(m.start(), m.end()))
        for i, ch in enumerate(text):
            if ch in "⟦⟧" and i not in covered:
                line = text.count("\n", 0, i) + 1
                err(path, f"malformed or nested marker near line {line}: {text[max(0,i-30):i+40]!r}")
    for m in found:
        cat, val = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATEGORIES:
            err(path, f"line {line}: invalid category {cat!r}")
        if val != val.strip() or not val.strip():
            err(path, f"line {line}: marker text has surrounding whitespace or is empty: {val!r}")
    return found


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    base = os.path.basename(path)
    pat = rf"^{PREFIX}c\d{{3}}-[a-z0-9]+(-[a-z0-9]+)*\.md$" if clean else rf"^{PREFIX}\d{{3}}-[a-z0-9]+(-[a-z0-9]+)*\.md$"
    if not re.match(pat, base):
        err(path, "bad file name")
    markers = check_markers(path, text)
    if clean and ("⟦" in text or "⟧" in text):
        err(path, "clean case contains markers")
    if not clean and not markers:
        err(path, "identifier case has no markers")
    front, body = split_front(path, text)
    if front is None:
        return Counter(), markers
    blocks = top_level_blocks(front)
    for key in PROTECTED:
        if key in blocks and any("⟦" in l or "⟧" in l for l in blocks[key]):
            err(path, f"marker inside protected key {key!r}")
    stripped_front = strip(front)
    data = None
    if yaml is not None:
        try:
            data = yaml.safe_load(stripped_front)
        except Exception as e:  # noqa
            err(path, f"front matter does not parse: {e}")
            data = None
        if data is not None and not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            data = None
    if data is not None:
        for k in REQUIRED:
            if not data.get(k):
                err(path, f"missing required key {k!r}")
        if "tags" in data and not isinstance(data["tags"], list):
            err(path, "tags must be a list")
        for k in ("system", "modality", "authors", "references"):
            if k in data and not isinstance(data[k], list):
                err(path, f"{k} must be a list")
        if "references" in data:
            for r in data["references"] or []:
                if not isinstance(r, str):
                    err(path, "references must be strings")
        if "published" in data:
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data["published"])):
                err(path, "published must be YYYY-MM-DD")
        if data.get("status") not in (None, "published", "draft"):
            err(path, "odd status value")
        if "images" in data:
            if not isinstance(data["images"], list):
                err(path, "images must be a list")
            else:
                for im in data["images"]:
                    if not isinstance(im, dict) or not {"file", "alt", "caption"} <= set(im):
                        err(path, "each image needs file, alt, caption")
        unknown = set(data) - {"title", "summary", "tags", "specialty", "system", "modality", "age",
                               "sex", "diagnosis", "certainty", "authors", "published", "status",
                               "images", "references"}
        if unknown:
            warn(path, f"unknown keys {sorted(unknown)}")
    # name-repeat heuristic: tokens of marked names should not appear unmarked elsewhere
    if not clean:
        unmarked = MARKER.sub(lambda m: "\u0000" * len(m.group(0)), text)
        # ignore protected blocks (authors/references may legitimately share surnames)
        prot_text = "\n".join("\n".join(blocks[k]) for k in PROTECTED if k in blocks)
        tokens = set()
        for m in markers:
            if m.group(1) in ("name", "relative"):
                for tok in re.findall(r"[A-Z][A-Za-z'\-]{2,}", m.group(2)):
                    if tok not in ("Mrs", "Miss", "Prof", "Sister", "Nurse", "Baby"):
                        tokens.add(tok)
        for tok in sorted(tokens):
            for hit in re.finditer(rf"(?<![A-Za-z]){re.escape(tok)}(?![A-Za-z])", unmarked):
                line_no = unmarked.count("\n", 0, hit.start()) + 1
                line = text.splitlines()[line_no - 1]
                if tok in prot_text and line in prot_text:
                    continue
                warn(path, f"line {line_no}: name token {tok!r} appears unmarked")
    return Counter(m.group(1) for m in markers), markers


def main():
    total = Counter()
    per_file = {}
    cases = sorted(f for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".md"))
    cleans = sorted(f for f in os.listdir(os.path.join(HERE, "clean")) if f.endswith(".md"))
    for f in cases:
        c, _ = check_file(os.path.join(HERE, "cases", f), clean=False)
        per_file[f] = sum(c.values())
        total.update(c)
    for f in cleans:
        check_file(os.path.join(HERE, "clean", f), clean=True)
    if len(cases) != N_CASES:
        errors.append(f"expected {N_CASES} identifier cases, found {len(cases)}")
    if len(cleans) != N_CLEAN:
        errors.append(f"expected {N_CLEAN} clean cases, found {len(cleans)}")
    nums = [f[1:4] for f in cases] + [f[2:5] for f in cleans]
    for cat, mn in MINIMUMS.items():
        if total[cat] < mn:
            errors.append(f"category {cat}: {total[cat]} < minimum {mn}")
    if sum(total.values()) < MIN_TOTAL:
        errors.append(f"total identifiers {sum(total.values())} < {MIN_TOTAL}")
    # categories present in how many files
    spread = Counter()
    for f in cases:
        with open(os.path.join(HERE, "cases", f), encoding="utf-8") as fh:
            for cat in {m.group(1) for m in MARKER.finditer(fh.read())}:
                spread[cat] += 1
    print(f"identifier cases: {len(cases)}   clean cases: {len(cleans)}")
    print(f"{'category':<12} {'count':>6} {'files':>6}")
    for cat in CATEGORIES:
        print(f"{cat:<12} {total[cat]:>6} {spread[cat]:>6}")
    print(f"{'TOTAL':<12} {sum(total.values()):>6}")
    if "-v" in sys.argv:
        for f, n in per_file.items():
            print(f"  {f}: {n}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAILED with {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
