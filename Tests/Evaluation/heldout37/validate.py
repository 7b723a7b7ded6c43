#!/usr/bin/env python3
"""Validator for the heldout37 (prefix cn) synthetic evaluation set."""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]
MIN_TOTAL = 380
MIN_PER_CAT = 8
AIM = {"name": 15, "date": 15, "location": 15, "initials": 15, "id": 15}
CASE_RE = re.compile(r"^cn(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^cnc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARK_RE = re.compile(r"⟦([^⟦⟧]*)⟧")
BARE_YEAR = re.compile(r"^(?:c\.\s*)?(?:'?\d{2}|\d{4})s?$")

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(1).split("|", 1)[1] if "|" in m.group(1) else m.group(1), text)


def check_brackets(path, text):
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1:
                err(path, f"nested marker at offset {i}")
                return False
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                err(path, f"unbalanced closing marker at offset {i}")
                return False
    if depth != 0:
        err(path, "unclosed marker")
        return False
    return True


def parse_markers(path, text):
    marks = []
    for m in MARK_RE.finditer(text):
        inner = m.group(1)
        if inner.count("|") != 1:
            err(path, f"marker must contain exactly one '|': {inner!r}")
            continue
        cat, span = inner.split("|", 1)
        if cat not in CATEGORIES:
            err(path, f"invalid category {cat!r}")
            continue
        if not span or span != span.strip():
            err(path, f"empty or padded marker text: {inner!r}")
            continue
        if cat == "age":
            if not span.isdigit() or int(span) <= 89:
                err(path, f"age marker must be a number > 89: {span!r}")
        if cat == "date" and BARE_YEAR.match(span.strip()):
            err(path, f"bare year marked as date: {span!r}")
        marks.append((cat, span, m.start()))
    return marks


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "missing front matter start")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "missing front matter end")
        return None, text
    return text[4:end + 1], text[end + 5:]


def check_front_matter(path, fm_raw):
    # protected keys must carry no markers (line-based, top-level key tracking)
    current = None
    for line in fm_raw.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            current = m.group(1)
        if current in PROTECTED and ("⟦" in line or "⟧" in line):
            err(path, f"marker inside protected key {current!r}: {line.strip()[:60]}")
    if yaml is None:
        return None
    try:
        data = yaml.safe_load(strip_markers(fm_raw))
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse: {e}")
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    for k in REQUIRED:
        if k not in data:
            err(path, f"missing required key {k!r}")
    if not isinstance(data.get("tags"), list):
        err(path, "tags must be a list")
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    return data


def slug_tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", s.lower()) if t]


def contains_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def unmarked_repeats(text, marks):
    """Warn when a token of a marked name appears elsewhere unmarked."""
    plain = MARK_RE.sub(lambda m: " " * len(m.group(0)), text)
    out = set()
    for cat, span, _ in marks:
        if cat not in ("name", "relative", "location"):
            continue
        for tok in re.findall(r"[^\W\d_][\w'’-]{2,}", span):
            if tok.lower() in STOP:
                continue
            if re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", plain, re.I):
                out.add(tok)
    return sorted(out)


STOP = {"ward", "unit", "road", "street", "lane", "house", "court", "flat", "hospital", "centre",
        "center", "health", "practice", "medical", "pharmacy", "care", "home", "lodge", "service",
        "team", "clinic", "general", "mental", "community", "nursing", "the", "north", "south",
        "east", "west", "avenue", "place", "drive", "crescent", "close", "hospice", "surgery",
        "unit", "terrace", "grove", "park", "view", "station", "garda", "police", "family", "cmht",
        "drug", "alcohol", "and", "of", "older", "adult", "adults", "people", "dementia", "memory"}


def is_wrapped(body):
    lines = strip_markers(body).splitlines()
    long_lines = [l for l in lines if len(l) > 80 and not l.lstrip().startswith("|")]
    return not long_lines


def main():
    counts = Counter()
    wrapped = {"cases": 0, "clean": 0}
    for sub, pattern, expected in (("cases", CASE_RE, 30), ("clean", CLEAN_RE, 12)):
        d = os.path.join(HERE, sub)
        files = sorted(f for f in os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for f in files:
            path = os.path.join(d, f)
            m = pattern.match(f)
            if not m:
                err(path, "file name does not follow the pattern")
                continue
            nums.append(int(m.group(1)))
            slug = slug_tokens(m.group(2))
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            if not check_brackets(path, text):
                continue
            marks = parse_markers(path, text)
            fm_raw, body = split_front_matter(path, text)
            if fm_raw is not None:
                check_front_matter(path, fm_raw)
            if sub == "clean":
                if "⟦" in text or "⟧" in text:
                    err(path, "clean file contains markers")
            else:
                if not marks:
                    err(path, "case file has no markers")
                reps = unmarked_repeats(body, marks)
                if reps:
                    warnings.append(f"{sub}/{f}: possibly unmarked repeats: {', '.join(reps)}")
                for cat, span, _ in marks:
                    counts[cat] += 1
                    toks = slug_tokens(span)
                    if contains_seq(slug, toks):
                        err(path, f"slug contains marked text {span!r}")
            if is_wrapped(body):
                wrapped[sub] += 1
        if sorted(nums) != list(range(1, expected + 1)):
            err(d, f"expected numbers 1..{expected}, found {sorted(nums)}")
    total = sum(counts.values())
    print("per-category counts:")
    for c in CATEGORIES:
        flag = ""
        if counts[c] < MIN_PER_CAT:
            errors.append(f"category {c}: {counts[c]} < {MIN_PER_CAT}")
            flag = "  <-- below minimum"
        elif counts[c] < AIM.get(c, 0):
            flag = f"  (aim {AIM[c]}+)"
        print(f"  {c:12s} {counts[c]:4d}{flag}")
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    print(f"hard-wrapped (<=80 cols, tables excepted): cases {wrapped['cases']}, clean {wrapped['clean']}")
    if warnings:
        print("WARNINGS (review by hand):")
        for w in warnings:
            print("  " + w)
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
