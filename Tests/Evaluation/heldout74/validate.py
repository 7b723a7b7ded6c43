#!/usr/bin/env python3
"""Validate the heldout74 blind evaluation set (prefix 'dy').

Checks file names and counts, marker syntax, front matter, word counts,
ages, fictional domains and the category totals. Exits 0 when all pass.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PP = "dy"
N_CASES, N_CLEAN = 30, 12
MIN_TOTAL, MIN_PER_CAT = 400, 10
MIN_WORDS, MAX_WORDS = 500, 1500
CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
REQUIRED_KEYS = ["title", "summary", "tags", "specialty", "system", "modality",
                 "age", "sex", "diagnosis", "certainty", "published", "status",
                 "license", "consent", "quiz", "images", "references"]
NO_MARKER_KEYS = ["authors", "author", "published", "references"]
FICTIONAL = ("example.org", "example.com", "example.net", ".test", ".invalid",
             ".example")
MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
URL_RE = re.compile(r"\b(?:https?|ftp)://([^\s/)\]>\"'⟧|]+)", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def fictional_host(host):
    host = host.lower().split(":")[0].rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return any(host == d.lstrip(".") or host.endswith(d if d.startswith(".") else "." + d)
               or host == d for d in FICTIONAL)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def parse_yaml(path, fm, label):
    if yaml is None:
        return None
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError as e:
        err(path, f"front matter ({label}) does not parse: {e}")
        return None
    if not isinstance(data, dict):
        err(path, f"front matter ({label}) is not a mapping")
        return None
    return data


def walk_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk_strings(k)
            yield from walk_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk_strings(v)


def check_markers_syntax(path, text):
    """Return list of (category, text, line) and record syntax errors."""
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category '{cat}'")
            if not val.strip() or val != val.strip():
                err(path, f"line {lineno}: empty or padded marker text '{val}'")
            found.append((cat, val, lineno))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray, nested or multi-line marker bracket")
    return found


def is_wrapped(body):
    """A file counts as hard-wrapped if no prose line is longer than 100 chars
    and most prose lines end before column 81."""
    in_code = False
    prose = []
    for line in body.split("\n"):
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code or line.startswith("|") or not line.strip():
            continue
        prose.append(len(strip_markers(line)))
    if not prose:
        return False
    long_lines = sum(1 for n in prose if n > 100)
    return long_lines == 0 and sum(1 for n in prose if n <= 80) / len(prose) > 0.9


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    markers = check_markers_syntax(path, text)
    if clean and markers:
        err(path, f"clean file contains {len(markers)} marker(s)")
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return markers, False
    raw = parse_yaml(path, fm, "raw")
    data = parse_yaml(path, strip_markers(fm), "markers removed")
    if data is not None:
        for key in REQUIRED_KEYS:
            if key not in data:
                err(path, f"front matter missing '{key}'")
        if "authors" not in data and "author" not in data:
            err(path, "front matter missing 'authors'")
        if not isinstance(data.get("tags"), list) or not data.get("tags"):
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status must be 'published'")
        for key in ("title", "summary"):
            if not isinstance(data.get(key), str) or not data.get(key).strip():
                err(path, f"'{key}' must be a non-empty string")
        age = str(data.get("age", ""))
        if not re.fullmatch(r"\d{1,2}-\d{1,2}|\d0s|90\+", age):
            err(path, f"front-matter age '{age}' is not an age band")
        if data.get("sex") not in ("female", "male", "other", "not-stated"):
            err(path, "sex must be female|male|other|not-stated")
        imgs = data.get("images")
        if not isinstance(imgs, list) or not imgs:
            err(path, "images must be a non-empty list")
        else:
            for im in imgs:
                if not isinstance(im, dict) or not im.get("file") or not im.get("alt"):
                    err(path, "each image needs file and alt")
        refs = data.get("references")
        if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
            err(path, "references must be a list of strings")
        import datetime
        if not isinstance(data.get("published"), (datetime.date, str)):
            err(path, "published must be a date")
    if raw is not None:
        for key in NO_MARKER_KEYS:
            if key in raw and any("⟦" in s for s in walk_strings(raw[key])):
                err(path, f"marker inside '{key}'")
    # words
    words = len(strip_markers(body).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, f"body has {words} words (need {MIN_WORDS}-{MAX_WORDS})")
    # ages
    for cat, val, ln in markers:
        if cat == "age":
            nums = [int(n) for n in re.findall(r"\d+", val)]
            if not nums or max(nums) < 90:
                err(path, f"line {ln}: age marker '{val}' is not 90 or more")
    # domains: every URL and e-mail anywhere in the file
    plain = strip_markers(text)
    for m in URL_RE.finditer(plain):
        if not fictional_host(m.group(1)):
            err(path, f"URL with non-fictional host: {m.group(0)}")
    for m in EMAIL_RE.finditer(plain):
        if not fictional_host(m.group(1)):
            err(path, f"e-mail with non-fictional domain: {m.group(0)}")
    for cat, val, ln in markers:
        if cat == "email" and not EMAIL_RE.search(val):
            err(path, f"line {ln}: email marker '{val}' is not an address")
        if cat == "url":
            host = re.sub(r"^[a-z]+://", "", val, flags=re.I).split("/")[0]
            if not fictional_host(host):
                err(path, f"line {ln}: url marker with non-fictional host '{val}'")
    # file name must not contain any identifier
    base = os.path.basename(path).lower()
    slug = re.sub(r"^dyc?\d{3}-", "", base)[:-3]
    if re.search(r"\d", slug):
        err(path, "slug contains digits")
    for cat, val, ln in markers:
        whole = "-".join(re.findall(r"[a-z0-9]+", val.lower()))
        if len(whole) >= 4 and whole in slug:
            err(path, f"file name contains identifier '{val}' ({cat})")
        if cat in ("name", "relative", "initials"):
            for tok in re.findall(r"[a-z]{3,}", val.lower()):
                if tok in slug.split("-"):
                    err(path, f"file name contains name token '{tok}'")
    return markers, is_wrapped(body)


def main():
    per_file = OrderedDict()
    totals = Counter()
    wrapped = []
    for sub, prefix, n, clean in (("cases", PP, N_CASES, False),
                                  ("clean", PP + "c", N_CLEAN, True)):
        d = os.path.join(HERE, sub)
        names = sorted(os.listdir(d)) if os.path.isdir(d) else []
        pat = re.compile(rf"^{prefix}(\d{{3}})-[a-z]+(?:-[a-z]+)*\.md$")
        nums = []
        for name in names:
            m = pat.match(name)
            if not m:
                err(os.path.join(d, name), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            err(d, f"expected {prefix}001..{prefix}{n:03d}, found {sorted(nums)}")
        for name in names:
            path = os.path.join(d, name)
            markers, w = check_file(path, clean)
            if w:
                wrapped.append(name)
            c = Counter(cat for cat, _, _ in markers)
            per_file[f"{sub}/{name}"] = c
            if not clean:
                totals.update(c)
    total = sum(totals.values())
    if total < MIN_TOTAL:
        err(HERE, f"only {total} markers in cases (need {MIN_TOTAL})")
    for cat in CATEGORIES:
        if totals[cat] < MIN_PER_CAT:
            err(HERE, f"category '{cat}' has {totals[cat]} markers (need {MIN_PER_CAT})")
    nfiles = N_CASES + N_CLEAN
    if not (0.25 * nfiles <= len(wrapped) <= 0.45 * nfiles):
        err(HERE, f"{len(wrapped)} hard-wrapped files; want about a third of {nfiles}")

    print("Markers per category (cases):")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {totals[cat]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print("\nMarkers per file:")
    for name, c in per_file.items():
        detail = ", ".join(f"{k}={v}" for k, v in sorted(c.items()))
        print(f"  {name:55s} {sum(c.values()):3d}  {detail}")
    print(f"\nHard-wrapped files ({len(wrapped)}/{nfiles}): {', '.join(wrapped)}")
    if yaml is None:
        print("\nwarning: PyYAML not installed; front matter not parsed")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
