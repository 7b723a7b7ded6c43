#!/usr/bin/env python3
"""Validator for the heldout32 blind evaluation set (prefix "ci").

Checks marker syntax, categories, age/date rules, clean files, protected
front-matter keys, front-matter parsing, file naming, slugs, counts.
Exits 1 on any error, prints OK otherwise.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = {"title", "summary", "tags", "status"}
MIN_PER_CAT = 8
MIN_TOTAL = 380
AIM = {"name": 15, "date": 15, "location": 15, "initials": 15, "id": 15}
CASE_RE = re.compile(r"^ci(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^cic(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARK_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧|]*)⟧")
BARE_YEAR_RE = re.compile(
    r"^(?:\d{1,4})(?:\s*(?:AH|A\.H\.|BE|B\.E\.|E\.C\.|EC|BS|B\.S\.|AD|CE))?$", re.I)

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


def slug_tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", s.lower()) if t]


def contains_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


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


def check_syntax(path, text):
    """Return list of (category, span) for well-formed markers; flag bad ones."""
    marks = []
    pos = 0
    depth_err = False
    # scan for balance / nesting
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1 and not depth_err:
                err(path, f"nested or unclosed marker near offset {i}: {text[i-30:i+30]!r}")
                depth_err = True
        elif ch == "⟧":
            depth -= 1
            if depth < 0 and not depth_err:
                err(path, f"unbalanced closing marker near offset {i}: {text[i-30:i+30]!r}")
                depth_err = True
                depth = 0
    if depth != 0 and not depth_err:
        err(path, "unbalanced markers at end of file")
    for m in MARK_RE.finditer(text):
        cat, span = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, f"invalid category {cat!r} in {m.group(0)!r}")
            continue
        if not span or span != span.strip():
            err(path, f"empty span or leading/trailing whitespace: {m.group(0)!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", span) or int(span) <= 89:
                err(path, f"age marker must be a number > 89: {m.group(0)!r}")
        if cat == "date" and BARE_YEAR_RE.match(span.strip()):
            err(path, f"bare year marked as date: {m.group(0)!r}")
        marks.append((cat, span))
    leftover = MARK_RE.sub("", text)
    if "⟦" in leftover or "⟧" in leftover:
        idx = leftover.find("⟦") if "⟦" in leftover else leftover.find("⟧")
        err(path, f"malformed marker near: {leftover[max(0, idx-40):idx+40]!r}")
    return marks


def check_file(path, kind):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    marks = check_syntax(path, text)
    if kind == "clean" and ("⟦" in text or "⟧" in text):
        err(path, "clean file contains markers")
    fm_raw, body = split_front_matter(path, text)
    if fm_raw is not None and yaml is not None:
        try:
            fm_marked = yaml.safe_load(fm_raw)
        except Exception as e:  # noqa
            err(path, f"front matter (with markers) does not parse: {e}")
            fm_marked = None
        try:
            fm = yaml.safe_load(strip_markers(fm_raw))
        except Exception as e:  # noqa
            err(path, f"front matter (markers stripped) does not parse: {e}")
            fm = None
        if isinstance(fm, dict):
            missing = REQUIRED - set(fm)
            if missing:
                err(path, f"missing required keys: {sorted(missing)}")
            if not isinstance(fm.get("tags"), list):
                err(path, "tags must be a list")
            if fm.get("status") != "published":
                err(path, "status must be 'published'")
            for key in ("system", "modality", "authors", "references", "images"):
                if key in fm and not isinstance(fm[key], list):
                    err(path, f"{key} must be a list")
            for im in fm.get("images") or []:
                if not isinstance(im, dict) or not {"file", "alt", "caption"} <= set(im):
                    err(path, f"image entry needs file/alt/caption: {im!r}")
        elif fm is not None:
            err(path, "front matter is not a mapping")
        if isinstance(fm_marked, dict):
            for key in PROTECTED:
                if key in fm_marked:
                    for s in walk_strings(fm_marked[key]):
                        if "⟦" in s or "⟧" in s:
                            err(path, f"marker inside protected key {key!r}: {s!r}")
    elif fm_raw is not None and yaml is None:
        # minimal fallback: protected keys must not contain markers
        cur = None
        for line in fm_raw.splitlines():
            m = re.match(r"^([A-Za-z_][\w-]*):", line)
            if m:
                cur = m.group(1)
            if cur in PROTECTED and "⟦" in line:
                err(path, f"marker inside protected key {cur!r}")
    # every mention must be marked: an exact marked span (names, places,
    # numbers) must not also occur unmarked elsewhere in the file
    if kind == "case" and fm_raw is not None:
        masked = MARK_RE.sub(lambda m: "\0" * len(m.group(0)), text)
        prot_ranges = []
        if yaml is not None:
            # blank out protected keys' blocks in the raw front matter
            cur = None
            offset = 4
            for line in fm_raw.splitlines(keepends=True):
                mm = re.match(r"^([A-Za-z_][\w-]*):", line)
                if mm:
                    cur = mm.group(1)
                if cur in PROTECTED:
                    prot_ranges.append((offset, offset + len(line)))
                offset += len(line)
        chars = list(masked)
        for a, b in prot_ranges:
            for i in range(a, b):
                chars[i] = "\0"
        masked = "".join(chars)
        seen = set()
        for cat, span in marks:
            if cat == "age" or len(span) < 4 or span in seen:
                continue
            seen.add(span)
            pat = r"(?<![\w])" + re.escape(span).replace("\\\n", r"\s+") + r"(?![\w])"
            if re.search(pat, masked):
                err(path, f"marked text {span!r} ({cat}) also occurs unmarked")
    # slug must not contain marked text
    base = os.path.basename(path)
    m = (CASE_RE if kind == "case" else CLEAN_RE).match(base)
    if m:
        stoks = slug_tokens(m.group(2))
        for cat, span in marks:
            toks = slug_tokens(span)
            if toks and contains_seq(stoks, toks):
                err(path, f"slug contains marked text {span!r} ({cat})")
    # wrapping statistics: longest prose line (tables and code blocks excluded)
    body_stripped = strip_markers(body)
    in_code = False
    maxlen = 0
    for line in body_stripped.splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if in_code or line.lstrip().startswith("|"):
            continue
        maxlen = max(maxlen, len(line))
    return marks, maxlen


def main():
    counts = Counter()
    per_file = {}
    wrapped = 0
    for kind, sub, rx, n in (("case", "cases", CASE_RE, 30), ("clean", "clean", CLEAN_RE, 12)):
        d = os.path.join(ROOT, sub)
        if not os.path.isdir(d):
            err(d, "missing folder")
            continue
        names = sorted(f for f in os.listdir(d) if not f.startswith("."))
        nums = []
        for f in names:
            p = os.path.join(d, f)
            m = rx.match(f)
            if not m:
                err(p, "file name does not follow pattern")
                continue
            nums.append(int(m.group(1)))
            marks, maxlen = check_file(p, kind)
            if maxlen <= 80:
                wrapped += 1
            if kind == "case":
                c = Counter(cat for cat, _ in marks)
                per_file[f] = sum(c.values())
                counts.update(c)
                if not marks:
                    err(p, "case file has no markers")
        if sorted(nums) != list(range(1, n + 1)):
            err(d, f"expected numbers 001..{n:03d}, got {sorted(nums)}")
    total = sum(counts.values())
    print("Per-category counts:")
    for cat in sorted(CATEGORIES):
        flag = ""
        if counts[cat] < MIN_PER_CAT:
            errors.append(f"category {cat} has {counts[cat]} < {MIN_PER_CAT}")
            flag = "  <-- below minimum"
        elif cat in AIM and counts[cat] < AIM[cat]:
            warnings.append(f"category {cat} has {counts[cat]} (aim {AIM[cat]}+)")
        print(f"  {cat:12s} {counts[cat]:4d}{flag}")
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    print(f"Hard-wrapped files (every prose line <= 80 columns after stripping markers; tables/code excluded): {wrapped}")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
