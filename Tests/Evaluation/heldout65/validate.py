#!/usr/bin/env python3
"""Validate the heldout65 blind evaluation set for casebook's privacy rules.

Standard library only (PyYAML is used when installed).  Checks:
  * file names and counts (cases/dpNNN-<slug>.md x30, clean/dpcNNN-<slug>.md x12)
  * marker syntax: ⟦category|text⟧, known category, one line, no nesting,
    no stray brackets
  * front matter parses once markers are removed and has title, summary,
    tags (non-empty list) and status, plus the other keys of the brief
  * no markers in authors / author / published / references
  * no markers at all in clean files
  * body word counts 500-1500 (markers counted as their text)
  * every marked age is 90 or more
  * every e-mail address and URL uses a fictional domain
  * totals: >= 400 markers, >= 10 in every category
  * no marked name/relative/location text in a file name
Prints counts per category and per file; exits 0 when everything passes.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dp"
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
NO_MARKER_KEYS = ["authors", "author", "published", "references"]

MARKER_RE = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
OPEN, CLOSE = "⟦", "⟧"
S_OPEN, S_CLOSE = "QQMKOPENQQ", "QQMKCLOSEQQ"

FICTIONAL_SUFFIXES = (".test", ".invalid", ".example", ".localhost")
FICTIONAL_DOMAINS = ("example.org", "example.com", "example.net")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", re.I)

WORD_NUM = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
    # Italian / Spanish / Greek words used in the set
    "novantaquattro": 94, "novantuno": 91, "noventa": 90, "ενενήντα": 90,
    "εκατόν": 100, "ενός": 1,
}

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def is_fictional(domain):
    d = domain.lower().rstrip(".")
    return d in FICTIONAL_DOMAINS or any(d.endswith("." + x) for x in FICTIONAL_DOMAINS) \
        or d.endswith(FICTIONAL_SUFFIXES)


def parse_age(text):
    """Return the numeric age in a marked age, or None if unreadable."""
    digits = re.findall(r"\d+", text)
    if digits:
        return max(int(d) for d in digits)
    words = re.findall(r"[^\W\d_]+", text.lower())
    total, seen = 0, False
    for w in words:
        if w in ("hundred", "cento", "cien", "ciento"):
            total = (total or 1) * 100
            seen = True
        elif w in WORD_NUM:
            total += WORD_NUM[w]
            seen = True
    return total if seen else None


def mini_yaml(text):
    """Very small fallback parser: top-level keys only (used without PyYAML)."""
    data = {}
    for line in text.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m:
            v = m.group(2).strip()
            if v.startswith("[") and v.endswith("]"):
                v = [x.strip() for x in v[1:-1].split(",") if x.strip()]
            data[m.group(1)] = v if v != "" else []
    return data


def load_yaml(text):
    if yaml is not None:
        return yaml.safe_load(text)
    return mini_yaml(text)


def walk_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk_strings(k)
            yield from walk_strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from walk_strings(v)
    elif obj is not None:
        yield str(obj)


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    markers = []
    # --- marker syntax ---
    for lineno, line in enumerate(raw.splitlines(), 1):
        for m in MARKER_RE.finditer(line):
            cat, text = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not text.strip():
                err(path, f"line {lineno}: empty marker text")
            elif text != text.strip():
                err(path, f"line {lineno}: marker text has outer spaces: {text!r}")
            markers.append((cat, text, lineno))
        rest = MARKER_RE.sub("", line)
        if OPEN in rest or CLOSE in rest:
            err(path, f"line {lineno}: stray or nested marker bracket")
    if clean and markers:
        err(path, f"clean file has {len(markers)} marker(s)")

    # --- front matter ---
    if not raw.startswith("---\n"):
        err(path, "no front matter")
        return markers
    end = raw.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return markers
    fm_raw = raw[4:end + 1]
    body = raw[end + 5:]
    sentinel = MARKER_RE.sub(lambda m: S_OPEN + m.group(2) + S_CLOSE, fm_raw)
    try:
        data = load_yaml(sentinel)
    except Exception as exc:  # noqa: BLE001
        err(path, f"front matter does not parse: {exc}")
        return markers
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return markers
    for key in NO_MARKER_KEYS:
        if key in data and any(S_OPEN in s for s in walk_strings(data[key])):
            err(path, f"marker inside {key!r}")
    plain_fm = MARKER_RE.sub(lambda m: m.group(2), fm_raw)
    try:
        data = load_yaml(plain_fm)
    except Exception as exc:  # noqa: BLE001
        err(path, f"front matter does not parse without markers: {exc}")
        return markers
    for key in REQUIRED_KEYS:
        if key not in data:
            err(path, f"front matter lacks {key!r}")
    for key in ("title", "summary", "status"):
        if not isinstance(data.get(key), str) or not data.get(key).strip():
            err(path, f"{key!r} missing or not a string")
    tags = data.get("tags")
    if not isinstance(tags, list) or not tags:
        err(path, "'tags' must be a non-empty list")
    if data.get("status") != "published":
        err(path, "status is not 'published'")
    if yaml is not None:
        imgs = data.get("images")
        if not isinstance(imgs, list) or not imgs:
            err(path, "'images' must be a non-empty list")
        else:
            for i, im in enumerate(imgs):
                if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                    err(path, f"image {i} lacks file/alt")
        refs = data.get("references")
        if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
            err(path, "'references' must be a list of strings")
        if not isinstance(data.get("authors"), list):
            err(path, "'authors' must be a list")

    # --- body words ---
    plain_body = MARKER_RE.sub(lambda m: m.group(2), body)
    words = len(plain_body.split())
    if not (MIN_WORDS <= words <= MAX_WORDS):
        err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")

    # --- ages ---
    for cat, text, lineno in markers:
        if cat == "age":
            age = parse_age(text)
            if age is None:
                err(path, f"line {lineno}: cannot read marked age {text!r}")
            elif age < 90:
                err(path, f"line {lineno}: marked age {age} < 90")

    # --- fictional domains ---
    plain = MARKER_RE.sub(lambda m: m.group(2), raw)
    for m in EMAIL_RE.finditer(plain):
        if not is_fictional(m.group(1)):
            err(path, f"e-mail with non-fictional domain: {m.group(0)}")
    for m in URL_RE.finditer(plain):
        if not is_fictional(m.group(1)):
            err(path, f"URL with non-fictional domain: {m.group(0)}")
    for cat, text, lineno in markers:
        if cat == "email" and "@" not in text:
            err(path, f"line {lineno}: email marker without '@': {text!r}")
        if cat == "url":
            host = re.sub(r"^[a-z]+://", "", text, flags=re.I).split("/")[0].split("?")[0]
            host = host.split("@")[-1].split(":")[0]
            if "." in host and not is_fictional(host):
                err(path, f"line {lineno}: url marker with non-fictional domain: {text!r}")

    # --- identifiers in the file name ---
    fname = slugify(os.path.basename(path)[:-3])
    for cat, text, lineno in markers:
        if cat in ("name", "relative", "location", "initials"):
            s = slugify(text)
            if len(s) >= 4 and s in fname:
                err(path, f"file name contains marked {cat} {text!r}")

    # --- body line length (for the hard-wrap statistics) ---
    # prose lines only: fenced code and table rows keep their own layout
    lines, infence = [], False
    for ln in body.splitlines():
        if ln.lstrip("> ").startswith("```"):
            infence = not infence
            continue
        if infence or not ln.strip() or ln.lstrip("> ").startswith("|"):
            continue
        lines.append(MARKER_RE.sub(lambda m: m.group(2), ln))
    longest = max((len(ln) for ln in lines), default=0)
    return markers, words, longest


def main():
    per_cat = Counter()
    per_file = {}
    wrapped = 0
    total_files = 0
    for sub, clean, pat, n in (("cases", False, rf"^{PREFIX}(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$", N_CASES),
                               ("clean", True, rf"^{PREFIX}c(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$", N_CLEAN)):
        d = os.path.join(HERE, sub)
        names = sorted(os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for fn in names:
            m = re.match(pat, fn)
            if not m:
                err(os.path.join(d, fn), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            errors.append(f"{sub}: want numbers 001..{n:03d}, got {sorted(nums)}")
        for fn in names:
            if not re.match(pat, fn):
                continue
            path = os.path.join(d, fn)
            res = check_file(path, clean)
            total_files += 1
            if isinstance(res, tuple):
                markers, words, longest = res
                if longest <= 85:
                    wrapped += 1
            else:
                markers, words, longest = res, 0, 0
            c = Counter(cat for cat, _, _ in markers)
            per_cat.update(c)
            per_file[f"{sub}/{fn}"] = (len(markers), words, longest)

    print("Markers per category:")
    for cat in CATEGORIES:
        flag = "" if per_cat[cat] >= MIN_PER_CATEGORY else "   <-- below minimum"
        print(f"  {cat:12s} {per_cat[cat]:4d}{flag}")
        if per_cat[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat} has {per_cat[cat]} markers (< {MIN_PER_CATEGORY})")
    total = sum(per_cat.values())
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_MARKERS:
        errors.append(f"only {total} markers (< {MIN_MARKERS})")
    print("\nPer file (markers, body words, longest prose line without marker syntax):")
    for f, (n, w, l) in per_file.items():
        print(f"  {f:60s} {n:4d} {w:5d} {l:5d}")
    print(f"\nHard-wrapped files (longest body line <= 85): {wrapped}/{total_files}")
    if total_files and wrapped < total_files // 4:
        errors.append(f"only {wrapped} hard-wrapped files")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
