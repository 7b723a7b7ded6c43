#!/usr/bin/env python3
"""Validate the heldout82 blind evaluation set (prefix "eg").

Checks file names and counts, front matter, marker syntax, marker placement,
word counts, fictional e-mail/URL hosts, and prints totals per category.
Exits 0 only when every check passes.  Standard library only; PyYAML is used
when available for a stricter front-matter parse.
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml  # optional
except Exception:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "eg"
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
AGE_BAND = re.compile(r"^(?:\d{1,2}-\d{1,2}|\d0s|90\+)$")
MIN_WORDS, MAX_WORDS = 500, 1500
MIN_PER_CATEGORY = 10
TOTAL_RANGE = (700, 900)

MARKER = re.compile(r"⟦([a-z-]+)\|([^⟦⟧\n]*)⟧")
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL = re.compile(r"\b(?:https?://|ftp://)([^\s/⟧⟦)\]>\"'`|?#]+)|\bwww\.([A-Za-z0-9\-.]+)")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4})(?![0-9A-Fa-f:])")
FICTIONAL_HOSTS = ("example.org", "example.com", "example.net")
FICTIONAL_TLDS = (".test", ".invalid", ".example")
TITLE_PREFIX = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof|Frau|Herr|Mme|Mlle|Sig|Sra|Sr|Dhr|Mevr)\.?\s", re.I)

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def host_ok(host):
    host = host.lower().split("@")[-1].split(":")[0].rstrip(".")
    if host in FICTIONAL_HOSTS or any(host.endswith("." + h) for h in FICTIONAL_HOSTS):
        return True
    return host.endswith(FICTIONAL_TLDS) or host in {t[1:] for t in FICTIONAL_TLDS}


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0] != "---":
        err(path, "file does not start with a '---' front-matter line")
        return None, None, 0
    for i in range(1, len(lines)):
        if lines[i] == "---":
            return lines[1:i], lines[i + 1:], i + 1
    err(path, "front matter is not closed with '---'")
    return None, None, 0


def top_level_ranges(fm_lines):
    """Map each top-level key to the (start, end) range of its lines."""
    keys = []
    for idx, line in enumerate(fm_lines):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):", line)
        if m:
            keys.append((m.group(1), idx))
    ranges = {}
    for n, (key, start) in enumerate(keys):
        end = keys[n + 1][1] if n + 1 < len(keys) else len(fm_lines)
        if key in ranges:
            err_key_dup.append(key)
        ranges[key] = (start, end)
    return ranges


err_key_dup = []


def parse_front_matter(path, fm_lines):
    raw = "\n".join(fm_lines)
    if yaml is not None:
        try:
            data = yaml.safe_load(raw)
            data_plain = yaml.safe_load(strip_markers(raw))
        except Exception as exc:  # noqa: BLE001
            err(path, f"front matter is not valid YAML: {exc}")
            return None, None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return None, None
        return data, data_plain
    # Minimal fallback: top-level keys only.
    data = {}
    for line in fm_lines:
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*):\s*(.*)$", line)
        if m:
            data[m.group(1)] = m.group(2)
    return data, data


def check_front_matter(path, fm_lines, clean):
    global err_key_dup
    err_key_dup = []
    ranges = top_level_ranges(fm_lines)
    for k in err_key_dup:
        err(path, f"duplicate front-matter key {k!r}")
    for key in REQUIRED_KEYS:
        if key not in ranges:
            err(path, f"missing front-matter key {key!r}")
    for key in NO_MARKER_KEYS:
        if key in ranges:
            s, e = ranges[key]
            for line in fm_lines[s:e]:
                if "⟦" in line or "⟧" in line:
                    err(path, f"marker inside {key!r}: {line.strip()[:60]}")
    data, plain = parse_front_matter(path, fm_lines)
    if data is None or yaml is None:
        return
    if not isinstance(plain.get("tags"), list) or not plain.get("tags"):
        err(path, "tags must be a non-empty list")
    for key in ("system", "modality", "authors", "references", "images"):
        if key in plain and not isinstance(plain[key], list):
            err(path, f"{key} must be a list")
    if plain.get("sex") not in SEXES:
        err(path, f"bad sex {plain.get('sex')!r}")
    if plain.get("certainty") not in CERTAINTIES:
        err(path, f"bad certainty {plain.get('certainty')!r}")
    if plain.get("status") not in STATUSES:
        err(path, f"bad status {plain.get('status')!r}")
    if plain.get("consent") not in CONSENTS:
        err(path, f"bad consent {plain.get('consent')!r}")
    if not isinstance(plain.get("quiz"), bool):
        err(path, "quiz must be a boolean")
    if not AGE_BAND.match(str(plain.get("age", ""))):
        err(path, f"age must be a band, got {plain.get('age')!r}")
    if "published" in plain and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(plain["published"])):
        err(path, "published must be an ISO date")
    for key in ("title", "summary", "diagnosis", "specialty", "license"):
        if key in plain and not isinstance(plain[key], str):
            err(path, f"{key} must be a string")
    for img in plain.get("images") or []:
        if not isinstance(img, dict) or "file" not in img or "alt" not in img:
            err(path, "each image needs file and alt")
            continue
        for ann in img.get("annotations") or []:
            if not isinstance(ann, dict) or not {"x", "y", "label"} <= set(ann):
                err(path, "annotation needs x, y, label")
    for key in NO_MARKER_KEYS:
        if key in data and "⟦" in repr(data[key]):
            err(path, f"marker in {key}")


def check_markers(path, text, clean, counts, per_file):
    for lineno, line in enumerate(text.split("\n"), 1):
        spans = []
        for m in MARKER.finditer(line):
            cat, body = m.group(1), m.group(2)
            spans.append((m.start(), m.end(), cat))
            if clean:
                err(path, f"line {lineno}: marker in clean file")
                continue
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not body.strip():
                err(path, f"line {lineno}: empty marker")
            elif body != body.strip():
                err(path, f"line {lineno}: marker text has outer whitespace: {body!r}")
            if cat == "name" and TITLE_PREFIX.match(body):
                err(path, f"line {lineno}: name marker includes a title: {body!r}")
            counts[cat] += 1
            per_file[cat] += 1
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: unbalanced, nested or malformed marker")
        # identifiers that must be marked (cases) or absent (clean)
        for rx, cat in ((EMAIL, "email"), (IPV4, "ip")):
            for m in rx.finditer(line):
                inside = [s for s in spans if s[0] <= m.start() and m.end() <= s[1]]
                if clean:
                    err(path, f"line {lineno}: {cat}-like text in clean file: {m.group(0)}")
                elif not inside:
                    err(path, f"line {lineno}: unmarked {cat}: {m.group(0)}")
                elif cat == "email" and inside[0][2] not in ("email", "url"):
                    err(path, f"line {lineno}: e-mail marked as {inside[0][2]}")
        plain = strip_markers(line)
        for m in EMAIL.finditer(plain):
            if not host_ok(m.group(1)):
                err(path, f"line {lineno}: non-fictional e-mail host {m.group(1)}")
        for m in URL.finditer(plain):
            host = m.group(1) or ("www." + m.group(2))
            if clean:
                err(path, f"line {lineno}: URL in clean file: {m.group(0)}")
            elif not host_ok(host):
                err(path, f"line {lineno}: non-fictional URL host {host}")
        if clean:
            for m in IPV6.finditer(plain):
                if re.search(r"[A-Fa-f]", m.group(0)) or "::" in m.group(0):
                    err(path, f"line {lineno}: IPv6-like text in clean file: {m.group(0)}")


def check_dir(sub, pattern, expected, clean, counts, report):
    folder = os.path.join(HERE, sub)
    if not os.path.isdir(folder):
        err(folder, "missing folder")
        return
    names = sorted(os.listdir(folder))
    rx = re.compile(pattern)
    numbers = []
    for name in names:
        m = rx.match(name)
        if not m:
            err(os.path.join(folder, name), "unexpected file name")
            continue
        numbers.append(int(m.group(1)))
    if sorted(numbers) != list(range(1, expected + 1)):
        err(folder, f"expected numbers 1..{expected}, got {sorted(numbers)}")
    for name in names:
        if not rx.match(name):
            continue
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if "\r" in text:
            err(path, "CR line endings")
        fm, body, _ = split_front_matter(path, text)
        if fm is None:
            continue
        check_front_matter(path, fm, clean)
        per_file = Counter()
        check_markers(path, text, clean, counts, per_file)
        words = len(strip_markers(text).split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(path, f"word count {words} outside {MIN_WORDS}-{MAX_WORDS}")
        if not clean and sum(per_file.values()) == 0:
            err(path, "case has no markers")
        report.append((name, words, sum(per_file.values()), per_file))


def main():
    counts = Counter()
    report = []
    check_dir("cases", rf"^{PREFIX}(\d{{3}})-[a-z0-9-]+\.md$", N_CASES, False, counts, report)
    clean_counts = Counter()
    check_dir("clean", rf"^{PREFIX}c(\d{{3}})-[a-z0-9-]+\.md$", N_CLEAN, True, clean_counts, report)
    extra = set(os.listdir(HERE)) - {"cases", "clean", "validate.py", "__pycache__"}
    for e in sorted(extra):
        err(os.path.join(HERE, e), "unexpected entry in the set folder")
    total = sum(counts.values())
    for cat in CATEGORIES:
        if counts[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat}: {counts[cat]} markers (< {MIN_PER_CATEGORY})")
    if not TOTAL_RANGE[0] <= total <= TOTAL_RANGE[1]:
        errors.append(f"total markers {total} outside {TOTAL_RANGE}")

    print(f"{'file':44} {'words':>5} {'marks':>5}")
    for name, words, marks, _ in report:
        print(f"{name:44} {words:5d} {marks:5d}")
    print("\nTotals per category:")
    for cat in CATEGORIES:
        print(f"  {cat:12} {counts[cat]:4d}")
    print(f"  {'TOTAL':12} {total:4d}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
