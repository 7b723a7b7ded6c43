#!/usr/bin/env python3
"""Validator for the heldout52 blind evaluation set (prefix "dc").

Checks
  * file names and counts (cases/dc001-<slug>.md .. dc030, clean/dcc001-<slug>.md .. dcc012)
  * every marker is well formed: ⟦category|text⟧ with a known category, on one line,
    no nesting, no stray brackets
  * front matter parses as YAML once the markers are removed, and has title, summary,
    tags (non-empty list) and status: published
  * no marker inside the authors/author, published or references keys
  * no marker at all in clean files
  * body length 500-1,500 words (markers removed)
  * marked ages are 90 or above; e-mail and URL domains are fictional
  * totals: at least 380 markers in cases, at least 8 per category
  * about a third of the files are hard-wrapped (~80 columns)
Prints counts per category and per file.  Exit status 0 when everything passes.
Standard library only; PyYAML is used when it is installed.
"""
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dc"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 380
MIN_PER_CATEGORY = 8
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
FORBIDDEN_KEYS = ("authors", "author", "published", "references")
REQUIRED_KEYS = ("title", "summary", "tags", "status")
KNOWN_KEYS = {
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "author", "published", "status", "license",
    "consent", "quiz", "images", "references",
}
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
FICTIONAL_DOMAIN = re.compile(r"(^|\.)(example|test|invalid|localhost)(\.[a-z]+)*$", re.I)

try:
    import yaml  # type: ignore
except Exception:  # pragma: no cover
    yaml = None

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with a front-matter fence")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def top_level_blocks(fm):
    """Yield (key, block_text) for every top-level key of the raw front matter."""
    key, lines = None, []
    for line in fm.splitlines(keepends=True):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):", line)
        if m:
            if key is not None:
                yield key, "".join(lines)
            key, lines = m.group(1), [line]
        else:
            lines.append(line)
    if key is not None:
        yield key, "".join(lines)


def minimal_yaml_keys(fm):
    return {k for k, _ in top_level_blocks(fm)}


def check_front_matter(path, fm_raw):
    for key, block in top_level_blocks(fm_raw):
        if key in FORBIDDEN_KEYS and "⟦" in block:
            err(path, f"marker inside front-matter key '{key}'")
    fm = strip_markers(fm_raw)
    if yaml is not None:
        try:
            data = yaml.safe_load(fm)
        except Exception as e:  # noqa: BLE001
            err(path, f"front matter is not valid YAML after marker removal: {e}")
            return
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return
        for k in REQUIRED_KEYS:
            if k not in data or data[k] in (None, "", []):
                err(path, f"missing required key '{k}'")
        if not isinstance(data.get("tags"), list) or not data.get("tags"):
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status must be 'published'")
        for k in data:
            if k not in KNOWN_KEYS:
                err(path, f"unknown front-matter key '{k}'")
        age = data.get("age")
        if age is not None and not re.fullmatch(r"(\d0s|\d{1,2}-\d{1,2}|90\+|newborn|infant)", str(age)):
            err(path, f"front-matter age '{age}' is not an age band")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                err(path, "every image needs file and alt")
        # a plain-scalar value containing ' #' would silently lose text
        for line in fm.splitlines():
            m = re.match(r"^\s*(?:- )?[A-Za-z_]+: (.*)$", line)
            if m and " #" in m.group(1) and not m.group(1).lstrip().startswith(("'", '"')):
                err(path, f"unquoted ' #' in front-matter value: {line.strip()[:60]}")
    else:
        keys = minimal_yaml_keys(fm)
        for k in REQUIRED_KEYS:
            if k not in keys:
                err(path, f"missing required key '{k}'")
        if not re.search(r"^status:\s*published\s*$", fm, re.M):
            err(path, "status must be 'published'")


def check_markers(path, text):
    counts = Counter()
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, f"unknown category '{cat}' in {m.group(0)}")
            continue
        if not val.strip() or val != val.strip():
            err(path, f"empty or padded marker text in {m.group(0)}")
        counts[cat] += 1
        if cat == "age":
            digits = re.findall(r"\d+", val)
            if digits and int(digits[0]) < 90:
                err(path, f"age marker under 90: {m.group(0)}")
        if cat == "email":
            if "@" not in val:
                err(path, f"e-mail marker without @: {val}")
            else:
                dom = val.split("@", 1)[1].rstrip(".>")
                if not FICTIONAL_DOMAIN.search(dom):
                    err(path, f"e-mail domain is not fictional: {val}")
        if cat == "url":
            hm = re.match(r"^(?:[a-z]+://)?([^/:?#\s]+)", val)
            if hm and "." in hm.group(1) and not FICTIONAL_DOMAIN.search(hm.group(1)):
                err(path, f"URL domain is not fictional: {val}")
    rest = MARKER.sub("", text)
    if "⟦" in rest or "⟧" in rest:
        for i, line in enumerate(rest.splitlines(), 1):
            if "⟦" in line or "⟧" in line:
                err(path, f"line {i}: malformed or nested marker: {line.strip()[:80]}")
    return counts


def check_unmarked_contacts(path, text):
    """E-mail addresses and links outside markers must be fictional (cases and clean)."""
    plain = MARKER.sub("", text)
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", plain):
        if not FICTIONAL_DOMAIN.search(m.group(1)):
            err(path, f"unmarked e-mail with a real-looking domain: {m.group(0)}")


TITLES = {"Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Prof", "Prof.",
          "DR.", "MR.", "MRS.", "Sister", "Nurse", "Rev.", "Sr", "Jr", "Pan", "Pani", "Bey",
          "Hanım", "Alhaji", "Madam", "Auntie", "Mama", "Baba", "san", "sensei"}


def check_unmarked_repeats(path, text):
    """Every occurrence of a marked value must itself be marked."""
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return
    searchable = "".join(b for k, b in top_level_blocks(fm) if k not in FORBIDDEN_KEYS) + body
    masked = MARKER.sub(lambda m: "\x00" * len(m.group(0)), searchable)
    needles = set()
    for m in MARKER.finditer(searchable):
        cat, val = m.group(1), m.group(2)
        if len(val) >= 3 and cat not in ("age",):
            needles.add(val)
        if cat in ("name", "relative"):
            for tok in re.split(r"[\s,._()]+", val):
                if len(tok) >= 3 and tok[0].isupper() and tok not in TITLES:
                    needles.add(tok)
    for n in sorted(needles):
        rx = re.compile(r"(?<![\w-])" + re.escape(n) + r"(?![\w])", re.I)
        for hit in rx.finditer(masked):
            if hit.group(0) != n and not hit.group(0)[0].isupper():
                continue
            line = masked.count("\n", 0, hit.start()) + 1
            err(path, f"unmarked repeat of '{n}' (front matter/body line ~{line})")


def is_hard_wrapped(body):
    lines = [l for l in strip_markers(body).splitlines()
             if l.strip() and not l.lstrip().startswith(("|", "#", "```", "<!--"))]
    prose = [l for l in lines if len(l.split()) > 4]
    if not prose:
        return False
    return max(len(l) for l in prose) <= 88 and sum(len(l) >= 60 for l in prose) >= 5


def check_file(path, clean):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        err(path, "contains carriage returns")
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return Counter(), False
    check_front_matter(path, fm)
    counts = check_markers(path, text)
    check_unmarked_contacts(path, text)
    if not clean:
        check_unmarked_repeats(path, text)
    if clean and sum(counts.values()):
        err(path, f"clean file contains {sum(counts.values())} marker(s)")
    if clean and ("⟦" in text or "⟧" in text):
        err(path, "clean file contains marker brackets")
    words = len(re.findall(r"\S+", strip_markers(body)))
    if not 500 <= words <= 1500:
        err(path, f"body has {words} words (expected 500-1,500)")
    if not clean and sum(counts.values()) == 0:
        err(path, "case has no markers")
    return counts, is_hard_wrapped(body)


def list_dir(sub, pattern, n):
    d = os.path.join(ROOT, sub)
    if not os.path.isdir(d):
        err(d, "missing folder")
        return []
    names = sorted(os.listdir(d))
    rx = re.compile(pattern)
    good = []
    for name in names:
        if not rx.fullmatch(name):
            err(os.path.join(d, name), "bad file name")
        else:
            good.append(name)
    nums = [int(re.match(r"[a-z]+(\d{3})", n_).group(1)) for n_ in good]
    if sorted(nums) != list(range(1, n + 1)):
        err(d, f"expected numbers 001..{n:03d}, found {sorted(nums)}")
    return [os.path.join(d, x) for x in good]


def main():
    cases = list_dir("cases", rf"{PREFIX}\d{{3}}-{SLUG}\.md", N_CASES)
    cleans = list_dir("clean", rf"{PREFIX}c\d{{3}}-{SLUG}\.md", N_CLEAN)
    extra = [x for x in os.listdir(ROOT) if x not in ("cases", "clean", "validate.py", "__pycache__")]
    for x in extra:
        err(os.path.join(ROOT, x), "unexpected file in the evaluation folder")

    total = Counter()
    wrapped_cases = wrapped_clean = 0
    print("per file:")
    for p in cases:
        c, w = check_file(p, clean=False)
        total += c
        wrapped_cases += w
        print(f"  {os.path.basename(p):58s} {sum(c.values()):3d}{'  (wrapped)' if w else ''}")
    for p in cleans:
        _, w = check_file(p, clean=True)
        wrapped_clean += w
    print()
    print("identifiers per category:")
    for cat in CATEGORIES:
        flag = "" if total[cat] >= MIN_PER_CATEGORY else f"   < {MIN_PER_CATEGORY}!"
        print(f"  {cat:12s} {total[cat]:4d}{flag}")
        if total[cat] < MIN_PER_CATEGORY:
            err(ROOT, f"category '{cat}' has {total[cat]} markers (need {MIN_PER_CATEGORY})")
    n = sum(total.values())
    print(f"  {'TOTAL':12s} {n:4d}")
    if n < MIN_TOTAL:
        err(ROOT, f"{n} markers in total (need {MIN_TOTAL})")
    print(f"hard-wrapped: {wrapped_cases}/{len(cases)} cases, {wrapped_clean}/{len(cleans)} clean")
    if wrapped_cases < 8 or wrapped_cases > 14:
        err(ROOT, f"{wrapped_cases} hard-wrapped cases; aim for about a third")
    if wrapped_clean < 3 or wrapped_clean > 6:
        err(ROOT, f"{wrapped_clean} hard-wrapped clean files; aim for about a third")
    print()
    if errors:
        print(f"FAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
