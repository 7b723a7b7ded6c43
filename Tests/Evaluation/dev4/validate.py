#!/usr/bin/env python3
"""Check the dev4 evaluation set: markers, front matter, clean files, counts.

Usage: python3 validate.py [folder]   (default: the folder holding this script)
Exit status 1 when an error is found. Warnings point at text worth a second look
(an unmarked repetition of a marked identifier, an identifier-like pattern left
unmarked, a body outside 300-900 words) but do not fail the run.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # fall back to a very small front-matter check
    yaml = None

CATEGORIES = {"name", "initials", "relative", "date", "age", "location", "postal-code",
              "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"}
CREDIT_KEYS = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
            "diagnosis", "certainty", "authors", "published", "status", "images", "references"]
MARKER = re.compile(r"⟦([^|⟦⟧]*)\|([^⟦⟧]*)⟧")
FILE_RE = {"cases": re.compile(r"^e\d{3}-[a-z0-9-]+\.md$"),
           "clean": re.compile(r"^ec\d{3}-[a-z0-9-]+\.md$")}
AGE_BAND = re.compile(r"^(newborn|neonate|infant|toddler|child|adolescent|adult|older adult|\d0s|\d5-\d9|90\+)$")
SENT_OPEN, SENT_CLOSE = "\ue000", "\ue001"

# Patterns that look like identifiers; reported when they occur outside markers.
SUSPECT = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("url", re.compile(r"https?://(?!doi\.org|pubmed)\S+|www\.\S+")),
    ("ip", re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){3,7}\b", re.I)),
    ("age", re.compile(r"\b(9\d|1[0-1]\d)[- ](?:year|yr|yo\b|y/o|y\.o)|\baged? (9\d|1[01]\d)\b|\b(ninety|one hundred)[- ](?:one|two|three|four|five|six|seven|eight|nine)?", re.I)),
    ("date", re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b(?!\s*(?:mg|mmol|mL|ml|%|mmHg|g/))|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:January|February|March|April|June|July|August|September|October|November|December) \d{1,2}\b")),
    ("phone", re.compile(r"\+\d{1,3}[\s\d()-]{7,}\d|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b|\b0\d{3,4} ?\d{3} ?\d{3,4}\b")),
]


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, text
    return text[4:end + 1], text[end + 5:]


def strip(text):
    return MARKER.sub(lambda m: m.group(2), text)


def sentinel(text):
    return MARKER.sub(lambda m: SENT_OPEN + m.group(2) + SENT_CLOSE, text)


def has_sentinel(value):
    if isinstance(value, str):
        return SENT_OPEN in value
    if isinstance(value, list):
        return any(has_sentinel(v) for v in value)
    if isinstance(value, dict):
        return any(has_sentinel(k) or has_sentinel(v) for k, v in value.items())
    return False


def credit_lines(front):
    """Line ranges (0-based, within the front matter) of the credit keys."""
    lines = front.split("\n")
    skip, current = set(), None
    for i, line in enumerate(lines):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
        if current in CREDIT_KEYS:
            skip.add(i)
    return lines, skip


def check_file(path, kind, counts, errors, warnings):
    name = os.path.basename(path)
    rel = os.path.join(kind, name)
    if not FILE_RE[kind].match(name):
        errors.append(f"{rel}: file name does not follow the pattern")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    front, body = split_front_matter(text)
    if front is None:
        errors.append(f"{rel}: no front matter")
        return
    # marker syntax
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            errors.append(f"{rel}: unknown category '{cat}' in {m.group(0)}")
        if not val.strip() or val != val.strip():
            errors.append(f"{rel}: empty or padded marker {m.group(0)!r}")
    leftover = MARKER.sub("", text)
    if "⟦" in leftover or "⟧" in leftover:
        errors.append(f"{rel}: stray or nested marker bracket")
    markers = [(m.group(1), m.group(2)) for m in MARKER.finditer(text)]
    if kind == "clean" and markers:
        errors.append(f"{rel}: clean file holds {len(markers)} marker(s)")
    if kind == "cases" and not markers:
        errors.append(f"{rel}: case without any marker")

    # YAML
    if yaml is not None:
        try:
            data = yaml.safe_load(strip(front))
        except yaml.YAMLError as exc:
            errors.append(f"{rel}: YAML does not parse after stripping: {exc}")
            return
        try:
            marked = yaml.safe_load(sentinel(front))
        except yaml.YAMLError as exc:
            errors.append(f"{rel}: YAML with sentinels does not parse: {exc}")
            return
        if not isinstance(data, dict):
            errors.append(f"{rel}: front matter is not a mapping")
            return
        for key in REQUIRED:
            if key not in data:
                errors.append(f"{rel}: missing key {key}")
        for key in CREDIT_KEYS:
            if key in marked and has_sentinel(marked[key]):
                errors.append(f"{rel}: marker inside credit key '{key}'")
        if not isinstance(data.get("tags"), list) or not data.get("tags"):
            errors.append(f"{rel}: tags must be a non-empty list")
        for key in ("system", "modality", "authors", "references", "images"):
            if key in data and not isinstance(data[key], list):
                errors.append(f"{rel}: {key} must be a list")
        if str(data.get("status")) != "published":
            errors.append(f"{rel}: status is not published")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data.get("published", ""))):
            errors.append(f"{rel}: published is not YYYY-MM-DD")
        if not AGE_BAND.match(str(data.get("age", ""))):
            errors.append(f"{rel}: age '{data.get('age')}' is not a band")
        if data.get("sex") not in ("female", "male", "other", "not-stated"):
            errors.append(f"{rel}: bad sex value")
        if data.get("certainty") not in ("possible", "probable", "almost-certain", "certain"):
            errors.append(f"{rel}: bad certainty value")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or not {"file", "alt"} <= set(img):
                errors.append(f"{rel}: image entry needs file and alt")
        for ref in data.get("references") or []:
            if not isinstance(ref, str):
                errors.append(f"{rel}: reference is not a string")
    else:
        for key in REQUIRED:
            if not re.search(rf"^{key}:", strip(front), re.M):
                errors.append(f"{rel}: missing key {key}")

    # body length
    words = len(re.findall(r"\S+", strip(body)))
    if not 300 <= words <= 900:
        warnings.append(f"{rel}: body has {words} words")

    # scanned text: everything except credit keys, with marked spans blanked
    lines, skip = credit_lines(front)
    scanned_front = "\n".join("" if i in skip else l for i, l in enumerate(lines))
    scanned = scanned_front + "\n" + body
    blanked = MARKER.sub(lambda m: " " * len(m.group(0)), scanned)

    # unmarked repetitions of marked text
    for val in sorted({v for _, v in markers}):
        if len(val) < 2 or re.fullmatch(r"\d{1,3}", val):
            continue  # bare short numbers (ages) are covered by the age pattern
        flags = 0 if re.fullmatch(r"[A-Za-z.]{2,6}", val) and val.isupper() else re.I
        pat = re.compile(r"(?<![\w.])" + re.escape(val) + r"(?![\w])", flags)
        for m in pat.finditer(blanked):
            ctx = blanked[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
            warnings.append(f"{rel}: unmarked repetition of {val!r}: …{ctx.strip()}…")

    # identifier-like patterns outside markers
    for cat, pat in SUSPECT:
        for m in pat.finditer(blanked):
            s = m.group(0)
            if cat == "url" and ("doi" in s or "ncbi" in s):
                continue
            ctx = blanked[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
            warnings.append(f"{rel}: unmarked {cat}-like text {s!r}: …{ctx.strip()}…")

    for cat, _ in markers:
        counts[kind][cat] += 1
    counts[kind]["_files"] += 1


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    counts = {"cases": Counter(), "clean": Counter()}
    errors, warnings = [], []
    for kind in ("cases", "clean"):
        folder = os.path.join(root, kind)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".md"):
                check_file(os.path.join(folder, name), kind, counts, errors, warnings)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    c = counts["cases"]
    print(f"\ncases: {c['_files']} files, clean: {counts['clean']['_files']} files")
    total = 0
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {c[cat]:4d}")
        total += c[cat]
    print(f"  {'total':12s} {total:4d}")
    print(f"\n{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
