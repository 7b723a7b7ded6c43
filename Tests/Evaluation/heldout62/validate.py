#!/usr/bin/env python3
"""Validate the heldout62 blind evaluation set for casebook's privacy rules.

Checks file names and counts, marker syntax, front matter, word counts,
marked ages, fictional e-mail / URL domains, unmarked repeats of marked
identifiers, hard-wrapping share, and the category / total quotas.
Prints counts per category and per file; exits 0 when everything passes.

Python 3 standard library; PyYAML is used when installed.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dm"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
EXPECTED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
ALLOWED_KEYS = set(EXPECTED_KEYS) | {"author"}
NO_MARKER_KEYS = {"authors", "author", "published", "references"}

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL = re.compile(r"(?i)\b(?:https?|ftp)://([^/\s)\]>\"'|⟧`]+)")
WWW = re.compile(r"(?i)(?<![/\w.@])www\.([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
FICTIONAL_SUFFIXES = (".test", ".invalid", ".example", ".localhost")
FICTIONAL_DOMAINS = ("example.org", "example.com", "example.net")

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def mask_markers(text):
    """Replace every marker by spaces of equal length (keeps offsets)."""
    return MARKER.sub(lambda m: " " * len(m.group(0)), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with a YAML front matter block")
        return None, text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed by ---")
        return None, text, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def fictional_domain(domain):
    d = domain.lower().rstrip(".")
    if d in FICTIONAL_DOMAINS or any(d.endswith("." + f) for f in FICTIONAL_DOMAINS):
        return True
    return any(d.endswith(s) for s in FICTIONAL_SUFFIXES)


def word_count(body):
    plain = strip_markers(body)
    return sum(1 for tok in plain.split() if any(ch.isalnum() for ch in tok))


def check_markers_syntax(path, text):
    markers = []
    for lineno, line in enumerate(text.split("\n"), 1):
        found = list(MARKER.finditer(line))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray, nested or multi-line marker bracket: {line.strip()[:100]}")
        for m in found:
            cat, txt = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not txt.strip():
                err(path, f"line {lineno}: empty marker text")
            elif txt != txt.strip():
                err(path, f"line {lineno}: marker text has surrounding spaces: {txt!r}")
            markers.append((lineno, cat, txt))
    return markers


def check_front_matter(path, fm, is_clean):
    # markers forbidden in credit / publication / reference keys (line-based)
    current = None
    for lineno, line in enumerate(fm.split("\n"), 2):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:", line)
        if m:
            current = m.group(1)
        if current in NO_MARKER_KEYS and ("⟦" in line or "⟧" in line):
            err(path, f"line {lineno}: marker inside {current!r}")
    if yaml is None:
        for key in REQUIRED_KEYS:
            if not re.search(rf"(?m)^{key}\s*:", fm):
                err(path, f"front matter lacks {key!r}")
        return None
    try:
        data = yaml.safe_load(strip_markers(fm))
    except yaml.YAMLError as exc:
        err(path, f"front matter does not parse with markers removed: {exc}")
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    try:
        yaml.safe_load(fm)
    except yaml.YAMLError as exc:
        warnings.append(f"{os.path.relpath(path, HERE)}: front matter does not parse with markers in place ({exc.__class__.__name__})")
    for key in EXPECTED_KEYS:
        if key not in data and not (key == "authors" and "author" in data):
            err(path, f"front matter lacks {key!r}")
    for key in data:
        if key not in ALLOWED_KEYS:
            err(path, f"unknown front matter key {key!r}")
    for key in ("title", "summary"):
        if not isinstance(data.get(key), str) or not data.get(key).strip():
            err(path, f"{key!r} must be a non-empty string")
    tags = data.get("tags")
    if not isinstance(tags, list) or not tags:
        err(path, "'tags' must be a non-empty list")
    if data.get("status") != "published":
        err(path, "'status' must be 'published'")
    imgs = data.get("images")
    if not isinstance(imgs, list) or not imgs:
        err(path, "'images' must be a non-empty list")
    else:
        for i, img in enumerate(imgs):
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                err(path, f"images[{i}] needs file and alt")
                continue
            for ann in img.get("annotations", []) or []:
                if not isinstance(ann, dict) or not {"x", "y", "label"} <= set(ann):
                    err(path, f"images[{i}] annotation needs x, y, label")
    refs = data.get("references")
    if not isinstance(refs, list) or not refs:
        err(path, "'references' must be a non-empty list")
    age = str(data.get("age", ""))
    if not re.fullmatch(r"\d{1,2}0s|\d{1,2}-\d{1,2}|90\+|\d{1,2}s", age):
        err(path, f"'age' should be an age band, got {age!r}")
    return data


def check_ages(path, markers):
    for lineno, cat, txt in markers:
        if cat != "age":
            continue
        nums = re.findall(r"\d+", txt)
        if not nums:
            err(path, f"line {lineno}: age marker without a number: {txt!r}")
        elif int(nums[0]) < 90:
            err(path, f"line {lineno}: marked age {txt!r} is under 90")


def check_dates(path, markers):
    for lineno, cat, txt in markers:
        if cat == "date" and re.fullmatch(r"\s*\d{4}\s*", txt):
            err(path, f"line {lineno}: a year alone is not an identifier: {txt!r}")


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        if not fictional_domain(m.group(1)):
            err(path, f"e-mail domain is not fictional: {m.group(0)}")
    for m in URL.finditer(plain):
        host = m.group(1).split("@")[-1].split(":")[0]
        if not fictional_domain(host):
            err(path, f"URL domain is not fictional: {m.group(0)}")
    for m in WWW.finditer(plain):
        if not fictional_domain(m.group(1)):
            err(path, f"www domain is not fictional: {m.group(0)}")


def check_unmarked_repeats(path, text, markers):
    """A marked identifier that also occurs unmarked elsewhere is a miss."""
    masked = mask_markers(text)
    seen = set()
    for lineno, cat, txt in markers:
        if cat == "age" or len(txt) < 3 or txt in seen:
            continue
        seen.add(txt)
        pat = re.compile(r"(?<![\w])" + re.escape(txt) + r"(?![\w])")
        for m in pat.finditer(masked):
            ln = masked.count("\n", 0, m.start()) + 1
            err(path, f"line {ln}: {txt!r} ({cat}) also occurs unmarked")


def check_filename(path, markers):
    base = os.path.basename(path)[:-3]
    slug_part = base.split("-", 1)[1] if "-" in base else ""
    for _, cat, txt in markers:
        if cat in ("age",):
            continue
        s = re.sub(r"[^a-z0-9]+", "-", txt.lower()).strip("-")
        if len(s) >= 3 and re.search(r"(?:^|-)" + re.escape(s) + r"(?:-|$)", slug_part):
            err(path, f"file name contains identifier {txt!r}")


def is_hard_wrapped(body):
    """Prose lines all <= 90 chars and at least one paragraph over 2 lines."""
    in_code = False
    prose = []
    for line in body.split("\n"):
        if line.strip().startswith("```"):
            in_code = not in_code
            continue
        if in_code or line.lstrip().startswith("|") or line.startswith("#") or line.strip().startswith("<!--"):
            continue
        if line.strip():
            prose.append(line)
    if not prose:
        return False
    long_lines = [l for l in prose if len(strip_markers(l)) > 90]
    paras = re.split(r"\n\s*\n", body)
    multi = sum(1 for p in paras if len(p.strip().split("\n")) >= 3 and not p.lstrip().startswith("|"))
    return not long_lines and multi >= 3


def expected_names(folder, pattern, n):
    names = sorted(f for f in os.listdir(folder)) if os.path.isdir(folder) else []
    found = {}
    for f in names:
        m = re.fullmatch(pattern, f)
        if not m:
            err(os.path.join(folder, f), "unexpected file name")
            continue
        num, slug = int(m.group(1)), m.group(2)
        if not SLUG.match(slug):
            err(os.path.join(folder, f), "slug must be lowercase words joined by hyphens")
        if num in found:
            err(os.path.join(folder, f), f"duplicate number {num:03d}")
        found[num] = os.path.join(folder, f)
    for i in range(1, n + 1):
        if i not in found:
            errors.append(f"{os.path.relpath(folder, HERE)}: missing file number {i:03d}")
    for i in found:
        if i < 1 or i > n:
            err(found[i], "number out of range")
    return [found[i] for i in sorted(found)]


def main():
    cases = expected_names(os.path.join(HERE, "cases"), rf"{PREFIX}(\d{{3}})-(.+)\.md", N_CASES)
    clean = expected_names(os.path.join(HERE, "clean"), rf"{PREFIX}c(\d{{3}})-(.+)\.md", N_CLEAN)

    per_cat = Counter()
    per_file = OrderedDict()
    wrapped = 0
    for path in cases + clean:
        is_clean = path in clean
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if "\r" in text:
            err(path, "CR line endings")
        markers = check_markers_syntax(path, text)
        fm, body, _ = split_front_matter(path, text)
        if fm is not None:
            check_front_matter(path, fm, is_clean)
        wc = word_count(body)
        if not MIN_WORDS <= wc <= MAX_WORDS:
            err(path, f"body has {wc} words (want {MIN_WORDS}-{MAX_WORDS})")
        check_domains(path, text)
        if is_hard_wrapped(body):
            wrapped += 1
        if is_clean:
            if markers or "⟦" in text or "⟧" in text:
                err(path, "clean file contains markers")
            per_file[os.path.relpath(path, HERE)] = (0, wc, Counter())
            continue
        check_ages(path, markers)
        check_dates(path, markers)
        check_unmarked_repeats(path, text, markers)
        check_filename(path, markers)
        c = Counter(cat for _, cat, _ in markers)
        if len(markers) < 5:
            err(path, f"only {len(markers)} markers")
        per_cat.update(c)
        per_file[os.path.relpath(path, HERE)] = (len(markers), wc, c)

    total = sum(per_cat.values())
    print("Markers per category (cases):")
    for cat in CATEGORIES:
        flag = "" if per_cat[cat] >= MIN_PER_CATEGORY else f"   <-- below {MIN_PER_CATEGORY}"
        print(f"  {cat:12s} {per_cat[cat]:4d}{flag}")
        if per_cat[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat!r} has {per_cat[cat]} markers (< {MIN_PER_CATEGORY})")
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    print("\nPer file (markers, body words, categories):")
    for f, (n, wc, c) in per_file.items():
        cats = ", ".join(f"{k}:{v}" for k, v in sorted(c.items()))
        print(f"  {f:58s} {n:3d} {wc:5d}  {cats}")
    n_files = len(cases) + len(clean)
    print(f"\nHard-wrapped files: {wrapped} of {n_files}")
    if n_files and not (0.25 <= wrapped / n_files <= 0.45):
        errors.append(f"hard-wrapped share {wrapped}/{n_files} is not about a third")
    for w in warnings:
        print("warning:", w)
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
