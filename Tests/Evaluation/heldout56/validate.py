#!/usr/bin/env python3
"""Validate the heldout56 blind evaluation set.

Checks file names and counts, marker syntax, front matter, word counts,
marked ages, fictional e-mail and URL domains, and the category totals.
Prints counts per category and per file; exits 0 when everything passes.
Python 3 standard library; uses PyYAML when it is installed.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dg"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
REQUIRED_KEYS = ["title", "summary", "tags", "specialty", "system", "modality",
                 "age", "sex", "diagnosis", "certainty", "authors", "published",
                 "status", "license", "consent", "quiz", "images", "references"]
PROTECTED_KEYS = ["authors", "author", "published", "references"]

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
FICTIONAL_TLDS = (".example", ".test", ".invalid")
FICTIONAL_DOMAINS = ("example.org", "example.com", "example.net")
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL = re.compile(r"(?:https?|ftp)://([^/\s)\]⟧>\"'`:]+)")
WWW = re.compile(r"(?<![\w./@-])www\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")

NUMBER_WORDS = {
    "ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93,
    "ninety-four": 94, "ninety-five": 95, "ninety-six": 96,
    "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99,
    "hundred": 100, "hundredth": 100, "one hundred": 100,
    "nonagenarian": 90, "centenarian": 100, "ninetieth": 90,
    "ninety-first": 91, "ninety-second": 92, "ninety-third": 93,
    "ninety-fourth": 94, "ninety-fifth": 95, "ninety-sixth": 96,
    "ninety-seventh": 97, "ninety-eighth": 98, "ninety-ninth": 99,
}

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def fictional(domain):
    d = domain.lower().rstrip(".")
    if d.endswith(FICTIONAL_TLDS):
        return True
    return any(d == f or d.endswith("." + f) for f in FICTIONAL_DOMAINS)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with a front matter line '---'")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed by '---'")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    body_line = fm.count("\n") + 3
    return fm, body, body_line


def protected_blocks(fm):
    """Yield (key, text) for the top-level protected keys, raw."""
    lines = fm.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^([A-Za-z_][\w-]*):(.*)$", lines[i])
        if m and m.group(1) in PROTECTED_KEYS:
            key = m.group(1)
            block = [lines[i]]
            i += 1
            while i < len(lines) and (lines[i].startswith((" ", "\t", "-")) or lines[i] == ""):
                block.append(lines[i])
                i += 1
            yield key, "\n".join(block)
        else:
            i += 1


def age_value(text):
    t = text.lower()
    m = re.search(r"\d+", t)
    if m:
        return int(m.group(0))
    best = None
    for word, val in sorted(NUMBER_WORDS.items(), key=lambda kv: -len(kv[0])):
        if word in t:
            best = val
            break
    return best


def check_file(path, clean, counts_by_file, cat_counts):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    name = os.path.basename(path)
    if "⟦" in name or "⟧" in name:
        err(path, "marker in file name")

    # Marker syntax.
    markers = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not val or val != val.strip():
                err(path, f"line {lineno}: empty or padded marker text {val!r}")
            if "|" in val:
                err(path, f"line {lineno}: '|' inside marker text {val!r}")
            markers.append((lineno, cat, val))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray, nested or multi-line marker bracket")

    if clean and markers:
        err(path, f"clean file has {len(markers)} marker(s)")

    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return

    # Protected keys must hold no marker.
    for key, block in protected_blocks(fm):
        if "⟦" in block:
            err(path, f"marker inside front matter key {key!r}")

    plain_fm = strip_markers(fm)
    data = None
    if yaml is not None:
        try:
            data = yaml.safe_load(plain_fm)
        except yaml.YAMLError as e:  # type: ignore
            err(path, f"front matter does not parse: {e}")
            return
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return
        for key in REQUIRED_KEYS:
            if key not in data:
                err(path, f"front matter lacks {key!r}")
        for key in ("title", "summary"):
            if key in data and not (isinstance(data[key], str) and data[key].strip()):
                err(path, f"{key!r} must be a non-empty string")
        if not (isinstance(data.get("tags"), list) and data["tags"]):
            err(path, "'tags' must be a non-empty list")
        if data.get("status") != "published":
            err(path, "'status' must be 'published'")
        if not isinstance(data.get("authors"), list) or not data.get("authors"):
            err(path, "'authors' must be a non-empty list")
        refs = data.get("references")
        if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
            err(path, "'references' must be a list of strings")
        imgs = data.get("images")
        if not isinstance(imgs, list) or not imgs:
            err(path, "'images' must be a non-empty list")
        else:
            for img in imgs:
                if not isinstance(img, dict) or not img.get("file") or not img.get("alt"):
                    err(path, "each image needs 'file' and 'alt'")
                    continue
                for ann in img.get("annotations", []) or []:
                    if not (isinstance(ann, dict) and {"x", "y", "label"} <= set(ann)):
                        err(path, "each annotation needs x, y and label")
        age = str(data.get("age", ""))
        if not re.fullmatch(r"\d{1,2}-\d{1,2}|\d0s|90\+|neonate|infant", age):
            err(path, f"front matter age {age!r} is not an age band")
    else:
        for key in ("title", "summary", "tags", "status"):
            if not re.search(rf"^{key}:", plain_fm, re.M):
                err(path, f"front matter lacks {key!r}")

    # Body word count.
    words = len(strip_markers(body).split())
    if not (MIN_WORDS <= words <= MAX_WORDS):
        err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")

    # Ages.
    for lineno, cat, val in markers:
        if cat == "age":
            v = age_value(val)
            if v is None or v < 90:
                err(path, f"line {lineno}: marked age {val!r} is not 90 or more")

    # Fictional domains: every e-mail and URL anywhere in the file.
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        if not fictional(m.group(1)):
            err(path, f"e-mail domain not fictional: {m.group(0)}")
    for rx in (URL, WWW):
        for m in rx.finditer(plain):
            host = m.group(1)
            if rx is WWW:
                host = "www." + host
            if not fictional(host):
                err(path, f"URL domain not fictional: {m.group(0)}")
    for lineno, cat, val in markers:
        if cat == "email" and not EMAIL.fullmatch(val):
            err(path, f"line {lineno}: marked e-mail {val!r} does not look like one")
        if cat == "url" and not (URL.match(val) or WWW.match(val) or re.match(r"[\w-]+(\.[\w-]+)+/", val)):
            err(path, f"line {lineno}: marked URL {val!r} does not look like one")

    c = Counter(cat for _, cat, _ in markers)
    counts_by_file[os.path.relpath(path, HERE)] = (len(markers), words, wrapped(body))
    cat_counts.update(c)


def wrapped(body):
    """True when every prose line (markers removed; tables and code blocks
    skipped) is at most 80 characters: the file is hard-wrapped."""
    lines, fence = [], False
    for line in strip_markers(body).split("\n"):
        if line.startswith("```"):
            fence = not fence
            continue
        if fence or not line.strip() or line.startswith("|"):
            continue
        lines.append(line)
    return bool(lines) and max(len(l) for l in lines) <= 80


def main():
    counts_by_file = {}
    cat_counts = Counter()
    clean_cat = Counter()
    for sub, clean, n, stem in (("cases", False, N_CASES, PREFIX),
                                ("clean", True, N_CLEAN, PREFIX + "c")):
        folder = os.path.join(HERE, sub)
        files = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
        others = sorted(f for f in os.listdir(folder) if not f.endswith(".md"))
        for f in others:
            err(os.path.join(folder, f), "unexpected file")
        want = {f"{stem}{i:03d}" for i in range(1, n + 1)}
        seen = set()
        for f in files:
            m = re.fullmatch(rf"({stem}\d{{3}})-({SLUG})\.md", f)
            if not m:
                err(os.path.join(folder, f), "bad file name")
                continue
            if m.group(1) not in want:
                err(os.path.join(folder, f), "number out of range")
            if m.group(1) in seen:
                err(os.path.join(folder, f), "duplicate number")
            seen.add(m.group(1))
            check_file(os.path.join(folder, f), clean, counts_by_file,
                       clean_cat if clean else cat_counts)
        for missing in sorted(want - seen):
            err(folder, f"missing {missing}-*.md")

    total = sum(cat_counts.values())
    print("Per file (markers, body words, hard-wrapped):")
    for f, (n, w, wr) in sorted(counts_by_file.items()):
        print(f"  {f:60s} {n:4d} {w:5d} {'wrapped' if wr else ''}")
    print("\nPer category (cases):")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {cat_counts[cat]:4d}")
        if cat_counts[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat}: {cat_counts[cat]} markers (want >= {MIN_PER_CATEGORY})")
    print(f"  {'total':12s} {total:4d}")
    if total < MIN_MARKERS:
        errors.append(f"total markers {total} (want >= {MIN_MARKERS})")
    n_wrapped = sum(1 for v in counts_by_file.values() if v[2])
    print(f"\nHard-wrapped files: {n_wrapped} of {len(counts_by_file)}")
    if yaml is None:
        print("(PyYAML not installed: front matter checked by key presence only)")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
