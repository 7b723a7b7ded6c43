#!/usr/bin/env python3
"""Validator for the heldout12 blind evaluation set (prefix "v").

Checks:
  * file names: cases/vNNN-slug.md, clean/vcNNN-slug.md
  * markers ⟦category|text⟧ are balanced, not nested, single-line, non-empty, trimmed
  * categories are valid
  * clean cases contain no markers (and no stray marker brackets)
  * no marker inside protected keys (authors, author, published, references)
  * front matter parses (YAML) after stripping markers; required keys present
  * age markers hold an age over 89; a few format sanity checks
  * warns about unmarked repeats of marked names / relatives / locations
  * prints per-category counts and enforces the brief's minimums
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
CATS = ["name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
        "email", "id", "vehicle", "device", "url", "ip", "biometric"]
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
MARK = re.compile(r"⟦([^⟦⟧|\n]+)\|([^⟦⟧\n]+)⟧")
MIN = {"initials": 15, "location": 15, "postal-code": 15, "age": 15, "vehicle": 15,
       "device": 15, "relative": 15, "id": 15, "email": 6, "url": 6, "ip": 6, "phone": 6,
       "biometric": 3, "name": 40, "date": 40}
MIN_TOTAL = 380
N_CASES, N_CLEAN = 30, 12
# Intentional unmarked look-alikes (eponyms sharing a patient's surname): (file prefix, token)
ALLOW_UNMARKED = {("v027", "Bell")}
WORDNUM = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93,
           "ninety-four": 94, "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97,
           "ninety-eight": 98, "ninety-nine": 99, "one hundred": 100, "hundred": 100}

errors, warnings = [], []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def warn(f, msg):
    warnings.append(f"{f}: {msg}")


def strip(text):
    return MARK.sub(lambda m: m.group(2), text)


def split_front(f, text):
    if not text.startswith("---\n"):
        err(f, "no front matter opening ---")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        err(f, "no front matter closing ---")
        return None, None
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(fm):
    """Map top-level key -> raw text of its block (line-based, independent of YAML)."""
    blocks, cur = defaultdict(str), None
    for line in fm.splitlines(keepends=True):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            cur = m.group(1)
        if cur:
            blocks[cur] += line
    return blocks


def check_markers(f, text):
    found = []
    # balance / nesting / newline check by scanning
    depth, start = 0, None
    for i, ch in enumerate(text):
        if ch == "⟦":
            if depth:
                err(f, f"nested marker at offset {i}")
            depth += 1
            start = i
        elif ch == "⟧":
            if not depth:
                err(f, f"unmatched ⟧ at offset {i}")
            else:
                depth -= 1
                chunk = text[start:i + 1]
                if "\n" in chunk:
                    err(f, f"marker spans a newline at offset {start}")
    if depth:
        err(f, "unclosed ⟦")
    raw_open = text.count("⟦")
    for m in MARK.finditer(text):
        cat, val = m.group(1), m.group(2)
        found.append((cat, val, m.start()))
        if cat not in CATS:
            err(f, f"invalid category {cat!r}")
        if val != val.strip() or not val.strip():
            err(f, f"marker text not trimmed/empty: {m.group(0)!r}")
        if "|" in val:
            err(f, f"'|' inside marker text: {m.group(0)!r}")
    if raw_open != len(found):
        err(f, f"{raw_open} ⟦ but {len(found)} well-formed markers")
    return found


def check_values(f, found):
    for cat, val, _ in found:
        v = val.lower()
        if cat == "age":
            nums = [int(x) for x in re.findall(r"\d+", v)]
            if not nums:
                nums = [n for w, n in WORDNUM.items() if w in v]
            if not nums or max(nums) <= 89:
                err(f, f"age marker not over 89: {val!r}")
        elif cat == "email" and not re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", val):
            err(f, f"email marker malformed: {val!r}")
        elif cat == "ip" and not (re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}", val) or
                                  re.fullmatch(r"[0-9a-fA-F:]+(%\w+)?", val) and ":" in val):
            err(f, f"ip marker malformed: {val!r}")
        elif cat == "url" and not re.search(r"(https?://|www\.|\w\.\w)", val):
            err(f, f"url marker malformed: {val!r}")
        elif cat == "phone" and len(re.sub(r"\D", "", val)) < 7:
            err(f, f"phone marker too short: {val!r}")
        elif cat == "date" and not re.search(r"\d", val):
            err(f, f"date marker without a digit: {val!r}")
        elif cat == "initials" and len(re.sub(r"[^A-Za-z]", "", val)) > 5:
            warn(f, f"long initials marker: {val!r}")


def check_repeats(f, text, found):
    """Warn when a marked name/relative/location token appears unmarked elsewhere."""
    tokens = set()
    for cat, val, _ in found:
        if cat in ("name", "relative"):
            for t in re.findall(r"[A-Za-zÀ-ÿ'’\-]{3,}", val):
                if t[0].isupper() and t.lower() not in {"dr", "mrs", "the"}:
                    tokens.add(t)
        if cat == "location":
            tokens.add(val)
            for part in re.split(r",\s*", val):
                part = part.strip()
                if len(part) >= 4 and part[0].isupper() and not re.match(r"^(Co\.|Apt|Unit|Ward|Room|Blk)\b", part):
                    tokens.add(part)
    outside = MARK.sub(lambda m: " " * len(m.group(0)), text)
    fm_blocks = top_level_blocks(split_front(f, text)[0] or "")
    protected_text = "".join(fm_blocks[k] for k in PROTECTED if k in fm_blocks)
    for t in sorted(tokens):
        if (os.path.basename(f)[:4], t) in ALLOW_UNMARKED:
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", outside):
            ctx = outside[max(0, m.start() - 30): m.end() + 30].replace("\n", " ")
            if protected_text and t in protected_text and ctx.strip() in protected_text:
                continue
            warn(f, f"unmarked repeat of {t!r}: …{ctx}…")


def check_front(f, text, is_clean):
    fm, body = split_front(f, text)
    if fm is None:
        return
    blocks = top_level_blocks(fm)
    for k in PROTECTED:
        if k in blocks and ("⟦" in blocks[k] or "⟧" in blocks[k]):
            err(f, f"marker inside protected key {k!r}")
    for k in REQUIRED:
        if k not in blocks:
            err(f, f"missing required key {k!r}")
    if yaml is None:
        warn(f, "PyYAML not available; YAML not parsed")
        return
    try:
        data = yaml.safe_load(strip(fm))
    except Exception as e:  # noqa
        err(f, f"front matter YAML error after stripping: {e}")
        return
    try:
        yaml.safe_load(fm)
    except Exception as e:  # noqa
        err(f, f"front matter YAML error with markers in place: {e}")
    if not isinstance(data, dict):
        err(f, "front matter is not a mapping")
        return
    for k in REQUIRED:
        if not data.get(k):
            err(f, f"required key {k!r} empty")
    if not isinstance(data.get("tags"), list):
        err(f, "tags must be a list")
    for k in ("system", "modality", "authors", "references", "images"):
        if k in data and not isinstance(data[k], list):
            err(f, f"{k} must be a list")
    pub = data.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
        err(f, f"published not YYYY-MM-DD: {pub!r}")
    if data.get("status") not in (None, "published"):
        err(f, f"status should be 'published': {data.get('status')!r}")
    for im in data.get("images") or []:
        if not isinstance(im, dict) or "file" not in im:
            err(f, "image entry without file")
    if not body.strip():
        err(f, "empty body")


def main():
    counts, per_file = Counter(), {}
    names = {"cases": [], "clean": []}
    for sub, pat in (("cases", r"v\d{3}-[a-z0-9-]+\.md"), ("clean", r"vc\d{3}-[a-z0-9-]+\.md")):
        d = os.path.join(ROOT, sub)
        for fn in sorted(os.listdir(d)):
            path = os.path.join(d, fn)
            rel = f"{sub}/{fn}"
            if not re.fullmatch(pat, fn):
                err(rel, "bad file name")
                continue
            names[sub].append(fn)
            text = open(path, encoding="utf-8").read()
            if "\r" in text:
                err(rel, "CR line endings")
            found = check_markers(rel, text)
            check_front(rel, text, sub == "clean")
            if sub == "clean":
                if found or "⟦" in text or "⟧" in text:
                    err(rel, f"clean case contains {len(found)} markers")
                continue
            if not found:
                err(rel, "identifier case without markers")
            check_values(rel, found)
            check_repeats(rel, text, found)
            c = Counter(cat for cat, _, _ in found)
            per_file[rel] = c
            counts.update(c)
    nums = [int(re.match(r"vc?(\d{3})", n).group(1)) for n in names["cases"]]
    if len(set(nums)) != len(nums):
        err("cases", "duplicate case numbers")
    if len(names["cases"]) != N_CASES:
        err("cases", f"expected {N_CASES} cases, found {len(names['cases'])}")
    if len(names["clean"]) != N_CLEAN:
        err("clean", f"expected {N_CLEAN} clean cases, found {len(names['clean'])}")
    total = sum(counts.values())
    for cat, lo in MIN.items():
        if counts[cat] < lo:
            err("totals", f"{cat}: {counts[cat]} < {lo}")
    if total < MIN_TOTAL:
        err("totals", f"total {total} < {MIN_TOTAL}")
    if "-v" in sys.argv:
        for rel, c in per_file.items():
            print(f"{rel}: {sum(c.values())} " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    print(f"cases: {len(names['cases'])}  clean: {len(names['clean'])}")
    print("per-category counts:")
    for cat in CATS:
        print(f"  {cat:12s} {counts[cat]}")
    print(f"  {'TOTAL':12s} {total}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("FAIL" if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
