#!/usr/bin/env python3
"""Validate the heldout81 blind evaluation set (prefix ef).

Checks
  * file names and counts (cases/ef001..ef030-*.md, clean/efc001..efc012-*.md)
  * marker syntax: every ⟦ closed on the same line, category known, no nesting,
    non-empty text, no stray ⟧, no markers in clean files, none in
    authors / author / published / references
  * front matter present, parses as YAML (after markers are unwrapped), and has
    every required key with sane values
  * word count 500..1500 (front matter included, markers unwrapped)
  * e-mail and URL hosts are fictional (example.org/.com/.net, *.test,
    *.invalid, *.example)
  * totals per category (>= 10 each) and overall (700..900)
Exit status 0 when everything passes, 1 otherwise.
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
PREFIX = "ef"
N_CASES = 30
N_CLEAN = 12
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
NO_MARKER_KEYS = {"authors", "author", "published", "references"}
SEXES = {"female", "male", "other", "not-stated"}
CERTAINTIES = {"possible", "probable", "almost-certain", "certain"}
STATUSES = {"draft", "review", "published"}
CONSENTS = {"obtained", "not-required"}
AGE_BAND = re.compile(r"^(?:\d{1,2}-\d{1,2}|\d0s|90\+|<1|0-\d{1,2})$")
MIN_WORDS, MAX_WORDS = 500, 1500
MIN_PER_CAT, MIN_TOTAL, MAX_TOTAL = 10, 700, 900

OPEN, CLOSE = "\u27e6", "\u27e7"
MARKER = re.compile(OPEN + r"([a-z-]+)\|([^" + OPEN + CLOSE + r"\n]*)" + CLOSE)
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL = re.compile(r"\b(?:https?|ftp)://([^/\s:)\]>\"'`" + CLOSE + r"]+)", re.I)
WWW = re.compile(r"(?<![/\w.@-])www\.([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
BARE = re.compile(r"(?<![/\w.@-])((?:[A-Za-z0-9-]+\.)+(?:org|com|net|gov|edu|io|info|ca|ie|uk|za|ke|et|us|test|invalid|example))\b")
FICTIONAL_EXACT = {"example.org", "example.com", "example.net"}
FICTIONAL_SUFFIX = (".example.org", ".example.com", ".example.net",
                    ".test", ".invalid", ".example")

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def fictional(host):
    host = host.lower().rstrip(".")
    return host in FICTIONAL_EXACT or host.endswith(FICTIONAL_SUFFIX) or host in {
        "test", "invalid", "example"}


def unwrap(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        err(path, "front matter must start on line 1 with ---")
        return None, None, 0
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 1
    err(path, "front matter not closed with ---")
    return None, None, 0


def check_markers(path, text, clean):
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        # syntax: walk characters for nesting / unclosed / stray
        depth = 0
        for ch in line:
            if ch == OPEN:
                depth += 1
                if depth > 1:
                    err(path, f"line {lineno}: nested marker")
            elif ch == CLOSE:
                depth -= 1
                if depth < 0:
                    err(path, f"line {lineno}: stray {CLOSE}")
                    depth = 0
        if depth > 0:
            err(path, f"line {lineno}: marker not closed on the same line")
        for m in MARKER.finditer(line):
            cat, txt = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not txt.strip():
                err(path, f"line {lineno}: empty marker text")
            elif txt != txt.strip():
                err(path, f"line {lineno}: marker text has outer spaces: {txt!r}")
            found.append((lineno, cat, txt))
        leftover = MARKER.sub("", line)
        if OPEN in leftover or CLOSE in leftover:
            err(path, f"line {lineno}: malformed marker near {leftover[:60]!r}")
    if clean and (found or OPEN in text or CLOSE in text):
        err(path, f"clean file contains {len(found)} marker(s)")
    return found


def top_level_blocks(fm):
    """Map each top-level key to its raw text (key line + continuation)."""
    blocks, key = {}, None
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            key = m.group(1)
            blocks.setdefault(key, "")
        if key is not None:
            blocks[key] += line + "\n"
    return blocks


def check_front_matter(path, fm, clean):
    blocks = top_level_blocks(fm)
    for key in NO_MARKER_KEYS:
        if key in blocks and (OPEN in blocks[key] or CLOSE in blocks[key]):
            err(path, f"marker inside front-matter key {key!r}")
    for key in REQUIRED_KEYS:
        if key not in blocks:
            err(path, f"front matter lacks {key!r}")
    if yaml is None:
        return
    try:
        yaml.safe_load(fm)  # markers left in place must not break the YAML either
    except yaml.YAMLError as e:
        err(path, f"front matter with markers is not valid YAML: {e}")
    try:
        data = yaml.safe_load(unwrap(fm))
    except yaml.YAMLError as e:
        err(path, f"front matter is not valid YAML: {e}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for key in ("title", "summary", "specialty", "diagnosis", "license"):
        if key in data and not (isinstance(data[key], str) and data[key].strip()):
            err(path, f"{key} must be a non-empty string")
    for key in ("tags", "system", "modality", "authors", "references"):
        if key in data and not (isinstance(data[key], list) and data[key]):
            err(path, f"{key} must be a non-empty list")
    if "age" in data and not AGE_BAND.match(str(data["age"])):
        err(path, f"age {data['age']!r} is not an age band")
    if data.get("sex") not in SEXES:
        err(path, f"sex {data.get('sex')!r} invalid")
    if data.get("certainty") not in CERTAINTIES:
        err(path, f"certainty {data.get('certainty')!r} invalid")
    if data.get("status") not in STATUSES:
        err(path, f"status {data.get('status')!r} invalid")
    if data.get("consent") not in CONSENTS:
        err(path, f"consent {data.get('consent')!r} invalid")
    if not isinstance(data.get("quiz"), bool):
        err(path, "quiz must be true/false")
    pub = data.get("published")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(pub)):
        err(path, f"published {pub!r} is not YYYY-MM-DD")
    imgs = data.get("images")
    if not isinstance(imgs, list) or not imgs:
        err(path, "images must be a non-empty list")
    else:
        for i, img in enumerate(imgs):
            if not isinstance(img, dict) or not img.get("file") or not img.get("alt"):
                err(path, f"images[{i}] needs file and alt")
                continue
            for a in img.get("annotations", []) or []:
                if not (isinstance(a, dict) and {"x", "y", "label"} <= set(a)):
                    err(path, f"images[{i}] annotation malformed: {a!r}")
                elif not (0 <= float(a["x"]) <= 1 and 0 <= float(a["y"]) <= 1):
                    err(path, f"images[{i}] annotation outside 0..1")


def check_hosts(path, text):
    plain = unwrap(text)
    for m in EMAIL.finditer(plain):
        if not fictional(m.group(1)):
            err(path, f"non-fictional e-mail host {m.group(1)!r}")
    for m in BARE.finditer(URL.sub(" ", EMAIL.sub(" ", plain))):
        if not fictional(m.group(1)):
            err(path, f"non-fictional bare domain {m.group(1)!r}")
    for rx in (URL, WWW):
        for m in rx.finditer(plain):
            host = m.group(1).split("@")[-1]
            if rx is WWW:
                host = "www." + host
            if not fictional(host):
                err(path, f"non-fictional URL host {host!r}")


def check_dir(sub, pattern, count, clean):
    d = os.path.join(HERE, sub)
    if not os.path.isdir(d):
        err(d, "missing folder")
        return Counter(), {}
    files = sorted(f for f in os.listdir(d) if not f.startswith("."))
    rx = re.compile(pattern)
    nums = []
    for f in files:
        m = rx.match(f)
        if not m:
            err(os.path.join(d, f), "bad file name")
        else:
            nums.append(int(m.group(1)))
    if sorted(nums) != list(range(1, count + 1)):
        err(d, f"expected numbers 1..{count}, got {sorted(nums)}")
    totals, per_file = Counter(), {}
    for f in files:
        p = os.path.join(d, f)
        with open(p, encoding="utf-8") as fh:
            text = fh.read()
        if "\r" in text:
            err(p, "CR line endings")
        found = check_markers(p, text, clean)
        fm, body, _ = split_front_matter(p, text)
        if fm is not None:
            check_front_matter(p, fm, clean)
            if not body.strip():
                err(p, "empty body")
        words = len(unwrap(text).split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(p, f"word count {words} outside {MIN_WORDS}..{MAX_WORDS}")
        check_hosts(p, text)
        c = Counter(cat for _, cat, _ in found)
        totals.update(c)
        per_file[f] = (words, sum(c.values()))
    return totals, per_file


def main():
    totals, per_case = check_dir(
        "cases", r"^" + PREFIX + r"(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$", N_CASES, False)
    _, per_clean = check_dir(
        "clean", r"^" + PREFIX + r"c(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$", N_CLEAN, True)
    extra = [f for f in os.listdir(HERE) if f not in {"cases", "clean", "validate.py", "__pycache__"}]
    for f in extra:
        err(os.path.join(HERE, f), "unexpected entry in set folder")

    print("file                                             words  markers")
    for f, (w, n) in sorted({**per_case, **per_clean}.items()):
        print(f"  {f:<46} {w:>5}  {n:>5}")
    print("\nidentifiers per category:")
    total = 0
    for cat in CATEGORIES:
        n = totals.get(cat, 0)
        total += n
        flag = "" if n >= MIN_PER_CAT else f"   <-- fewer than {MIN_PER_CAT}"
        print(f"  {cat:<12} {n:>4}{flag}")
        if n < MIN_PER_CAT:
            errors.append(f"category {cat}: only {n} (< {MIN_PER_CAT})")
    print(f"  {'TOTAL':<12} {total:>4}")
    if not MIN_TOTAL <= total <= MAX_TOTAL:
        errors.append(f"total identifiers {total} outside {MIN_TOTAL}..{MAX_TOTAL}")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
