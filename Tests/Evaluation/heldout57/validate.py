#!/usr/bin/env python3
"""Validate the heldout57 blind evaluation set (prefix dh).

Checks file names and counts, marker syntax, front matter, word counts,
marked ages, fictional e-mail and URL domains, and the set's totals.
Prints counts per category and per file; exits 0 when everything passes.
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
PREFIX = "dh"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
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
NO_MARKER_KEYS = ["authors", "author", "published", "references"]
FICTIONAL_SUFFIXES = (
    "example.org", "example.com", "example.net", ".test", ".invalid",
    ".example", ".localhost",
)

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL = re.compile(r"(?:(?:https?|ftp)://|www\.)([^\s/:?#\"'<>)\]⟧|]+)", re.I)
NUMBER_WORDS = {
    "ninety": 90, "hundred": 100,
}

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def fictional(domain):
    d = domain.lower().rstrip(".")
    return any(d == s.lstrip(".") or d.endswith(s if s.startswith(".") else "." + s)
               or d == s for s in FICTIONAL_SUFFIXES)


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        err(path, "does not start with front matter '---'")
        return None, None, 0
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 1
    err(path, "front matter is not closed")
    return None, None, 0


def parse_yaml(path, fm, label):
    if yaml is None:
        return None
    try:
        data = yaml.safe_load(fm)
    except Exception as e:  # noqa: BLE001
        err(path, f"front matter ({label}) does not parse: {e}")
        return None
    if not isinstance(data, dict):
        err(path, f"front matter ({label}) is not a mapping")
        return None
    return data


def contains_marker(value):
    if isinstance(value, str):
        return "⟦" in value or "⟧" in value
    if isinstance(value, list):
        return any(contains_marker(v) for v in value)
    if isinstance(value, dict):
        return any(contains_marker(v) for v in value.values())
    return False


def check_markers(path, text, is_clean):
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER.finditer(line):
            cat, span = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
                continue
            if not span.strip():
                err(path, f"line {lineno}: empty marker")
                continue
            if span != span.strip():
                err(path, f"line {lineno}: marker text has outer spaces: {span!r}")
            found.append((cat, span, lineno))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray, nested or multi-line marker bracket")
    if is_clean and found:
        err(path, f"clean file has {len(found)} marker(s)")
    return found


def check_age(path, span, lineno):
    nums = [int(n) for n in re.findall(r"\d+", span)]
    low = span.lower()
    for w, v in NUMBER_WORDS.items():
        if w in low:
            nums.append(v)
    if not nums or max(nums) < 90:
        err(path, f"line {lineno}: marked age {span!r} is not 90 or more")


def check_domains(path, text):
    for lineno, line in enumerate(text.split("\n"), 1):
        plain = strip_markers(line)
        for m in EMAIL.finditer(plain):
            if not fictional(m.group(1)):
                err(path, f"line {lineno}: e-mail domain not fictional: {m.group(0)}")
        for m in URL.finditer(plain):
            host = m.group(1)
            if not fictional(host):
                err(path, f"line {lineno}: URL domain not fictional: {m.group(0)}")


def is_hard_wrapped(body):
    """Prose lines (outside code fences and tables) at most ~80 visible characters."""
    prose, fence = [], False
    for line in body.split("\n"):
        if line.startswith("```"):
            fence = not fence
            continue
        if fence or not line.strip() or line.lstrip().startswith(("|", "<!--")):
            continue
        prose.append(len(strip_markers(line)))
    if not prose:
        return False
    return max(prose) <= 100 and sum(n <= 82 for n in prose) / len(prose) >= 0.9


def check_file(path, is_clean):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    markers = check_markers(path, text, is_clean)
    check_domains(path, text)
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return markers, False
    # Front matter must parse both with the markers and with them removed.
    raw = parse_yaml(path, fm, "raw")
    clean = parse_yaml(path, strip_markers(fm), "markers removed")
    if clean is not None:
        for k in REQUIRED_KEYS:
            if k not in clean or clean[k] in (None, "", []):
                err(path, f"front matter lacks {k}")
        if not isinstance(clean.get("tags"), list) or not clean.get("tags"):
            err(path, "tags must be a non-empty list")
        for k in EXPECTED_KEYS:
            if k not in clean:
                err(path, f"front matter lacks expected key {k}")
        if clean.get("status") != "published":
            err(path, "status is not 'published'")
        imgs = clean.get("images") or []
        if not isinstance(imgs, list):
            err(path, "images must be a list")
        else:
            for im in imgs:
                if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                    err(path, "each image needs file and alt")
                for a in (im.get("annotations") or []) if isinstance(im, dict) else []:
                    if not isinstance(a, dict) or not {"x", "y", "label"} <= set(a):
                        err(path, "each annotation needs x, y, label")
    if raw is not None:
        for k in NO_MARKER_KEYS:
            if k in raw and contains_marker(raw[k]):
                err(path, f"marker inside {k}")
    elif yaml is None:
        # Fallback: line-based look at the forbidden keys.
        current = None
        for line in fm.split("\n"):
            m = re.match(r"^([A-Za-z_]+):", line)
            if m:
                current = m.group(1)
            if current in NO_MARKER_KEYS and "⟦" in line:
                err(path, f"marker inside {current}")
    words = len(strip_markers(body).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    for cat, span, lineno in markers:
        if cat == "age":
            check_age(path, span, lineno)
        if cat == "email":
            m = EMAIL.search(span)
            if not m:
                err(path, f"line {lineno}: email marker without an address: {span!r}")
        if cat == "url":
            m = URL.search(span)
            host = m.group(1) if m else span.split("/")[0]
            if not fictional(host):
                err(path, f"line {lineno}: url marker host not fictional: {span!r}")
    return markers, is_hard_wrapped(body)


def main():
    totals = Counter()
    per_file = []
    wrapped = 0
    for sub, pattern, n, is_clean in (
        ("cases", re.compile(rf"^{PREFIX}(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$"), N_CASES, False),
        ("clean", re.compile(rf"^{PREFIX}c(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$"), N_CLEAN, True),
    ):
        d = os.path.join(HERE, sub)
        names = sorted(os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for name in names:
            m = pattern.match(name)
            if not m:
                err(d, f"unexpected file name {name!r}")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            err(d, f"expected numbers 001-{n:03d}, found {sorted(nums)}")
        for name in names:
            if not pattern.match(name):
                continue
            path = os.path.join(d, name)
            markers, hw = check_file(path, is_clean)
            wrapped += hw
            c = Counter(cat for cat, _, _ in markers)
            totals.update(c)
            per_file.append((f"{sub}/{name}", len(markers), hw, c))

    print("Per file:")
    for name, count, hw, c in per_file:
        detail = ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
        print(f"  {name:55s} {count:4d}{'  [wrapped]' if hw else ''}  {detail}")
    print("\nPer category:")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {totals[cat]:4d}")
        if totals[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat} has {totals[cat]} markers (want >= {MIN_PER_CATEGORY})")
    total = sum(totals.values())
    print(f"  {'total':12s} {total:4d}")
    if total < MIN_MARKERS:
        errors.append(f"only {total} markers (want >= {MIN_MARKERS})")
    nfiles = N_CASES + N_CLEAN
    print(f"\nHard-wrapped files: {wrapped} of {nfiles}")
    if not 0.25 * nfiles <= wrapped <= 0.45 * nfiles:
        errors.append(f"{wrapped} hard-wrapped files; want about a third of {nfiles}")
    if yaml is None:
        print("note: PyYAML not installed; front matter parsed only loosely")
    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
