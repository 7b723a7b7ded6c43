#!/usr/bin/env python3
"""Validate the heldout21 blind evaluation set.

Checks: marker syntax and balance, valid categories, no markers in clean
cases or in protected front-matter keys, front matter parses after the
markers are stripped, required keys, file naming, slugs free of marked
text, and prints per-category counts.
Usage: python3 validate.py [--strict]
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
PREFIX = "i"
CATS = ["name", "initials", "relative", "date", "age", "location",
        "postal-code", "phone", "email", "id", "vehicle", "device",
        "url", "ip", "biometric"]
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
OPEN, CLOSE = "\u27e6", "\u27e7"
MARK = re.compile(OPEN + r"([a-z-]+)\|([^" + OPEN + CLOSE + r"]*)" + CLOSE)
S_OPEN, S_CLOSE = "\ue000", "\ue001"

MIN_TOTAL = 380
MIN_PER_CAT = 8
N_CASES = 30
N_CLEAN = 12

errors = []
warnings = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def warn(f, msg):
    warnings.append(f"{f}: {msg}")


def split_front(text):
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, text
    return text[4:end + 1], text[end + 5:]


def strip_markers(s):
    return MARK.sub(lambda m: m.group(2), s)


def sentinel_markers(s):
    return MARK.sub(lambda m: S_OPEN + m.group(2) + S_CLOSE, s)


def contains_sentinel(obj):
    if isinstance(obj, str):
        return S_OPEN in obj or S_CLOSE in obj
    if isinstance(obj, dict):
        return any(contains_sentinel(k) or contains_sentinel(v) for k, v in obj.items())
    if isinstance(obj, (list, tuple)):
        return any(contains_sentinel(x) for x in obj)
    return False


def check_markers(fname, text):
    """Return list of (cat, text) for valid markers; report syntax errors."""
    found = []
    depth = 0
    for i, ch in enumerate(text):
        if ch == OPEN:
            depth += 1
            if depth > 1:
                err(fname, f"nested marker near offset {i}")
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                err(fname, f"unbalanced close marker near offset {i}")
                depth = 0
    if depth != 0:
        err(fname, "unbalanced open marker")
    for m in MARK.finditer(text):
        cat, body = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if cat not in CATS:
            err(fname, f"line {line}: invalid category {cat!r}")
        if not body.strip():
            err(fname, f"line {line}: empty marker text")
        if body != body.strip():
            err(fname, f"line {line}: marker text has leading/trailing space: {body!r}")
        if "|" in body:
            warn(fname, f"line {line}: '|' inside marker text {body!r}")
        if cat == "age":
            if not re.fullmatch(r"\d{2,3}", body) or int(body) <= 89:
                err(fname, f"line {line}: age marker must be a number over 89: {body!r}")
        if cat == "date" and re.fullmatch(r"\d{4}", body):
            err(fname, f"line {line}: a bare year is not a date identifier: {body!r}")
        found.append((cat, body))
    # every open must start a well-formed marker
    n_open = text.count(OPEN)
    if n_open != len(found):
        err(fname, f"{n_open} open brackets but {len(found)} well-formed markers")
    return found


def slug_tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", s.lower()) if t]


def check_file(path, clean):
    fname = os.path.relpath(path, HERE)
    base = os.path.basename(path)
    pat = rf"^{PREFIX}c\d{{3}}-[a-z0-9]+(-[a-z0-9]+)*\.md$" if clean else \
        rf"^{PREFIX}\d{{3}}-[a-z0-9]+(-[a-z0-9]+)*\.md$"
    if not re.match(pat, base):
        err(fname, "bad file name")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "\r" in text:
        err(fname, "CR line endings")
    markers = check_markers(fname, text)
    if clean and (markers or OPEN in text or CLOSE in text):
        err(fname, "clean case contains markers")
    if not clean and not markers:
        err(fname, "identifier case has no markers")
    front, body = split_front(text)
    if front is None:
        err(fname, "missing front matter")
        return markers, text
    if yaml is not None:
        try:
            data = yaml.safe_load(strip_markers(front))
        except Exception as e:  # noqa
            err(fname, f"front matter does not parse after stripping: {e}")
            data = None
        try:
            sdata = yaml.safe_load(sentinel_markers(front))
        except Exception as e:  # noqa
            err(fname, f"front matter with sentinels does not parse: {e}")
            sdata = None
        if isinstance(data, dict):
            for k in REQUIRED:
                if k not in data or data[k] in (None, "", []):
                    err(fname, f"missing required key {k}")
            if not isinstance(data.get("tags"), list):
                err(fname, "tags must be a list")
            if data.get("status") != "published":
                err(fname, "status must be published")
            pub = data.get("published")
            if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
                err(fname, f"published not YYYY-MM-DD: {pub!r}")
            for im in data.get("images") or []:
                if not isinstance(im, dict) or "file" not in im:
                    err(fname, "image entry missing file")
        elif data is not None:
            err(fname, "front matter is not a mapping")
        if isinstance(sdata, dict):
            for k in PROTECTED:
                if k in sdata and contains_sentinel(sdata[k]):
                    err(fname, f"marker inside protected key {k}")
    # line-based protected-key check as a fallback (works without yaml)
    cur = None
    for line in front.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            cur = m.group(1)
        if cur in PROTECTED and OPEN in line:
            err(fname, f"marker on a line of protected key {cur}")
    # slug must not contain marked text
    slug = re.sub(r"^[a-z]+\d{3}-", "", base[:-3])
    stoks = set(slug_tokens(slug))
    for cat, body in markers:
        toks = slug_tokens(body)
        if cat in ("url", "email"):
            # generic words in a path are not identifying; check the whole
            # host/local part instead
            toks = [re.sub(r"[^a-z0-9]", "", body.lower().split("//")[-1].split("/")[0].split("@")[0])]
            if any(t and t in re.sub(r"[^a-z0-9]", "", slug) for t in toks):
                err(fname, f"slug contains marked {cat} {body!r}")
            continue
        for t in toks:
            if len(t) >= 3 and t in stoks:
                err(fname, f"slug token {t!r} is part of marked {cat} {body!r}")
    return markers, text


def body_width_ok(text):
    _, body = split_front(text)
    body = strip_markers(body)
    prose = []
    fence = False
    for l in body.splitlines():
        if l.startswith("```"):
            fence = not fence
            continue
        if fence or not l.strip() or l.lstrip().startswith("|"):
            continue
        if " " not in l.strip():  # an unbreakable token such as a long URL
            continue
        prose.append(l)
    if not prose:
        return False
    return max(len(l) for l in prose) <= 80


def main():
    strict = "--strict" in sys.argv
    totals = Counter()
    per_file = {}
    wrapped = 0
    nfiles = 0
    names = defaultdict(list)
    for sub, clean in (("cases", False), ("clean", True)):
        d = os.path.join(HERE, sub)
        files = sorted(f for f in os.listdir(d) if f.endswith(".md"))
        names[sub] = files
        for f in files:
            nfiles += 1
            markers, text = check_file(os.path.join(d, f), clean)
            c = Counter(cat for cat, _ in markers)
            totals.update(c)
            per_file[f"{sub}/{f}"] = sum(c.values())
            if body_width_ok(text):
                wrapped += 1
    nums = [f[:4] for f in names["cases"]] + [f[:5] for f in names["clean"]]
    if len(nums) != len(set(nums)):
        errors.append("duplicate case numbers")
    if len(names["cases"]) != N_CASES:
        errors.append(f"expected {N_CASES} identifier cases, found {len(names['cases'])}")
    if len(names["clean"]) != N_CLEAN:
        errors.append(f"expected {N_CLEAN} clean cases, found {len(names['clean'])}")
    total = sum(totals.values())
    if total < MIN_TOTAL:
        errors.append(f"only {total} markers (< {MIN_TOTAL})")
    for c in CATS:
        if totals[c] < MIN_PER_CAT:
            errors.append(f"category {c} has {totals[c]} markers (< {MIN_PER_CAT})")
    if wrapped * 4 < nfiles:
        warnings.append(f"only {wrapped}/{nfiles} files hard-wrapped")

    print("Per-category counts:")
    for c in CATS:
        print(f"  {c:12s} {totals[c]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"Files: {len(names['cases'])} cases, {len(names['clean'])} clean; "
          f"hard-wrapped (<=80 cols prose): {wrapped}/{nfiles}")
    if "-v" in sys.argv:
        for k, v in per_file.items():
            print(f"  {k}: {v}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    if errors or (strict and warnings):
        print("FAILED")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
