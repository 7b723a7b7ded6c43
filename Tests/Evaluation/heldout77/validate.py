#!/usr/bin/env python3
"""Validate the heldout77 blind evaluation set (prefix eb).

Checks file names and counts, marker syntax, front matter, word counts,
fictional e-mail/URL hosts, consistency of marked names, and prints totals
per category.  Exit 0 when everything passes.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # optional
except Exception:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "eb"
N_CASES, N_CLEAN = 30, 12
CATEGORIES = ["name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
              "email", "id", "vehicle", "device", "url", "ip", "biometric"]
REQUIRED_KEYS = ["title", "summary", "tags", "specialty", "system", "modality", "age", "sex", "diagnosis",
                 "certainty", "authors", "published", "status", "license", "consent", "quiz", "images",
                 "references"]
NO_MARKER_KEYS = {"authors", "author", "published", "references"}
ALLOWED_HOST_RE = re.compile(r"(^|\.)(example\.(org|com|net))$|\.(test|invalid|example)$|^(test|invalid|example)$",
                             re.I)
MARKER_RE = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"\b(?:https?|ftp)://([^/\s:⟧)\]>\"'`|]+)|\bwww\.([A-Za-z0-9.-]+)", re.I)
MIN_TOTAL, MAX_TOTAL, MIN_PER_CAT = 700, 900, 10
MIN_WORDS, MAX_WORDS = 500, 1500

# name tokens that may legitimately appear unmarked elsewhere in a file
TOKEN_ALLOW = {"Ward", "Dr", "Mr", "Mrs", "Ms", "Miss", "Nurse", "Sister"}
# eponymous phrases removed before the consistency check (a patient may share the surname)
EPONYM_PHRASES = ["Bowen disease", "Bowen's disease", "Wood's lamp", "Wood lamp", "Bell palsy", "Bell's palsy", "Bell phenomenon",
                  "Graves disease", "Hutchinson sign", "Marjolin ulcer", "Stevens-Johnson", "Glasgow Coma Scale"]

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(fm):
    """Map each top-level key to its raw text block (key line + indented continuation lines)."""
    blocks, key = {}, None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):(\s|$)", line)
        if m:
            key = m.group(1)
            blocks.setdefault(key, "")
            blocks[key] += line + "\n"
        elif key is not None:
            blocks[key] += line + "\n"
    return blocks


def check_markers_syntax(path, text):
    """Every ⟦ is closed on the same line, no nesting, known category, non-empty trimmed text."""
    cats = Counter()
    for lineno, line in enumerate(text.splitlines(), 1):
        depth = 0
        for ch in line:
            if ch == "⟦":
                depth += 1
                if depth > 1:
                    err(path, f"line {lineno}: nested marker")
            elif ch == "⟧":
                depth -= 1
                if depth < 0:
                    err(path, f"line {lineno}: stray closing ⟧")
                    depth = 0
        if depth != 0:
            err(path, f"line {lineno}: unclosed ⟦ (markers must not span lines)")
        rest = MARKER_RE.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: malformed marker")
        for m in MARKER_RE.finditer(line):
            cat, val = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not val or val != val.strip():
                err(path, f"line {lineno}: empty or untrimmed marker text {val!r}")
            cats[cat] += 1
    return cats


def check_hosts(path, text):
    plain = strip_markers(text)
    for m in EMAIL_RE.finditer(plain):
        host = m.group(1).rstrip(".").lower()
        if not ALLOWED_HOST_RE.search(host):
            err(path, f"e-mail host not fictional: {m.group(0)}")
    for m in URL_RE.finditer(plain):
        host = (m.group(1) or ("www." + m.group(2))).rstrip(".").lower()
        if not ALLOWED_HOST_RE.search(host):
            err(path, f"URL host not fictional: {host}")


def check_front_matter(path, fm, is_case):
    blocks = top_level_blocks(fm)
    for k in REQUIRED_KEYS:
        if k not in blocks:
            err(path, f"front matter missing key {k!r}")
    for k in NO_MARKER_KEYS:
        if k in blocks and ("⟦" in blocks[k] or "⟧" in blocks[k]):
            err(path, f"marker inside {k!r}")
    if yaml is not None:
        for label, src in (("raw", fm), ("stripped", strip_markers(fm))):
            try:
                data = yaml.safe_load(src)
            except Exception as e:  # noqa
                err(path, f"front matter ({label}) is not valid YAML: {e}")
                return
            if not isinstance(data, dict):
                err(path, "front matter is not a mapping")
                return
        if data.get("sex") not in ("female", "male", "other", "not-stated"):
            err(path, f"bad sex {data.get('sex')!r}")
        if data.get("certainty") not in ("possible", "probable", "almost-certain", "certain"):
            err(path, f"bad certainty {data.get('certainty')!r}")
        if data.get("status") not in ("draft", "review", "published"):
            err(path, f"bad status {data.get('status')!r}")
        if data.get("consent") not in ("obtained", "not-required"):
            err(path, f"bad consent {data.get('consent')!r}")
        if not isinstance(data.get("quiz"), bool):
            err(path, "quiz is not a boolean")
        for k in ("tags", "system", "modality", "authors", "references"):
            if not isinstance(data.get(k), list) or not data.get(k):
                err(path, f"{k} must be a non-empty list")
        imgs = data.get("images")
        if not isinstance(imgs, list) or not imgs:
            err(path, "images must be a non-empty list")
        else:
            for i, im in enumerate(imgs):
                if not isinstance(im, dict):
                    err(path, f"image {i} is not a mapping")
                    continue
                for k in ("file", "alt", "caption", "annotations"):
                    if k not in im:
                        err(path, f"image {i} lacks {k}")
                for a in im.get("annotations") or []:
                    if not (isinstance(a, dict) and {"x", "y", "label"} <= set(a)):
                        err(path, f"image {i} has a malformed annotation {a!r}")
        age = str(data.get("age"))
        if not re.fullmatch(r"\d{1,2}-\d{1,2}|\d0s|90\+|newborn|infant", age):
            err(path, f"age {age!r} is not a band")


def check_name_consistency(path, text):
    """A name (or a name token) that is marked somewhere must not also appear unmarked in the same file."""
    marked = [(m.group(1), m.group(2)) for m in MARKER_RE.finditer(text)]
    unmarked = MARKER_RE.sub(" \u2592 ", text)
    for phrase in EPONYM_PHRASES:
        unmarked = unmarked.replace(phrase, " \u2592 ")
    # front-matter credit keys are allowed to contain anything
    fm, _ = (text.split("\n---\n", 1) + [""])[:2] if text.startswith("---\n") else ("", "")
    blocks = top_level_blocks(fm[4:] + "\n") if fm else {}
    for k in NO_MARKER_KEYS:
        if k in blocks:
            unmarked = unmarked.replace(blocks[k], "")
    seen = set()
    for cat, val in marked:
        if cat not in ("name", "location", "id", "email", "phone", "postal-code", "vehicle", "device",
                       "url", "ip", "biometric"):
            continue
        candidates = {val}
        if cat == "name":
            for tok in re.findall(r"[^\W\d_][^\s,.;:()/_\"']*", val):
                tok = tok.strip("-'’")
                if len(tok) >= 3 and tok[0].isupper() and tok not in TOKEN_ALLOW:
                    candidates.add(tok)
        for c in candidates:
            if c in seen or len(c) < 3:
                continue
            seen.add(c)
            if re.search(r"(?<![\w-])" + re.escape(c) + r"(?![\w])", unmarked):
                err(path, f"{cat} text {c!r} is marked elsewhere but also appears unmarked")


def word_count(text):
    return len(strip_markers(text).split())


def main():
    totals = Counter()
    per_file = {}
    for sub, n, pat in (("cases", N_CASES, rf"{PREFIX}(\d{{3}})-[a-z0-9-]+\.md"),
                        ("clean", N_CLEAN, rf"{PREFIX}c(\d{{3}})-[a-z0-9-]+\.md")):
        d = os.path.join(HERE, sub)
        files = sorted(f for f in os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for f in files:
            m = re.fullmatch(pat, f)
            if not m:
                err(os.path.join(d, f), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            err(d, f"expected numbers 001..{n:03d}, found {sorted(nums)}")
        for f in files:
            path = os.path.join(d, f)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            fm, body = split_front_matter(path, text)
            if fm is None:
                continue
            cats = check_markers_syntax(path, text)
            check_front_matter(path, fm, sub == "cases")
            check_hosts(path, text)
            wc = word_count(text)
            if not (MIN_WORDS <= wc <= MAX_WORDS):
                err(path, f"word count {wc} outside {MIN_WORDS}-{MAX_WORDS}")
            if sub == "clean":
                if cats or "⟦" in text or "⟧" in text:
                    err(path, "clean file contains markers")
                if EMAIL_RE.search(text):
                    err(path, "clean file contains an e-mail address")
                if URL_RE.search(text):
                    err(path, "clean file contains a URL")
            else:
                if sum(cats.values()) < 10:
                    err(path, f"only {sum(cats.values())} markers")
                check_name_consistency(path, text)
                totals.update(cats)
            per_file[f] = (wc, sum(cats.values()))

    print(f"{'file':40s} words markers")
    for f, (wc, nm) in per_file.items():
        print(f"{f:40s} {wc:5d} {nm:5d}")
    print("\nTotals per category (cases/):")
    for c in CATEGORIES:
        flag = "" if totals[c] >= MIN_PER_CAT else "   <-- below minimum"
        print(f"  {c:12s} {totals[c]:4d}{flag}")
        if totals[c] < MIN_PER_CAT:
            errors.append(f"category {c} has {totals[c]} < {MIN_PER_CAT}")
    total = sum(totals.values())
    print(f"  {'TOTAL':12s} {total:4d}")
    if not (MIN_TOTAL <= total <= MAX_TOTAL):
        errors.append(f"total {total} outside {MIN_TOTAL}-{MAX_TOTAL}")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  ERROR:", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
