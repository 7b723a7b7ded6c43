#!/usr/bin/env python3
"""Validate the heldout58 blind evaluation set (prefix `di`).

Checks file names and counts, marker syntax, front matter, word counts,
marked ages, fictional e-mail/URL domains, unmarked e-mail/IP look-alikes in
cases, clean files free of markers, and the set-wide totals.  Prints counts
per category and per file; exits 0 only when everything passes.

Standard library only; uses PyYAML when it is installed.
"""
import ipaddress
import os
import re
import sys
from collections import Counter

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "di"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
EXPECTED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
KNOWN_KEYS = set(EXPECTED_KEYS) | {"author"}
PROTECTED_KEYS = {"authors", "author", "published", "references"}
FICTIONAL_DOMAINS = ("example.org", "example.com", "example")
FICTIONAL_TLDS = (".test", ".invalid", ".example")

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-.]+)", re.I)
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
NUMBER_WORDS = {
    "ninety": 90, "hundred": 100, "one hundred": 100,
}
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9}

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, text
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(fm):
    """Map top-level key -> raw text of its block (line-based)."""
    blocks, key, buf = {}, None, []
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_\-]*):(\s|$)", line)
        if m:
            if key is not None:
                blocks[key] = "\n".join(buf)
            key, buf = m.group(1), [line]
        else:
            buf.append(line)
    if key is not None:
        blocks[key] = "\n".join(buf)
    return blocks


def age_value(text):
    t = text.lower()
    m = re.search(r"\d+", t)
    if m:
        return int(m.group())
    total = 0
    for word, val in NUMBER_WORDS.items():
        if word in t:
            total = max(total, val)
    for word, val in UNITS.items():
        if re.search(r"(?:-|\s|^)" + word + r"\b", t) and total:
            total += val
            break
    return total or None


def domain_ok(domain):
    d = domain.lower().rstrip(".")
    if d in FICTIONAL_DOMAINS:
        return True
    if any(d.endswith("." + f) for f in FICTIONAL_DOMAINS):
        return True
    return any(d.endswith(t) for t in FICTIONAL_TLDS)


def parse_yaml(path, fm_clean):
    if yaml is None:
        data = {}
        for key, block in top_level_blocks(fm_clean).items():
            data[key] = block.split(":", 1)[1].strip() or [None]
        return data
    try:
        data = yaml.safe_load(fm_clean)
    except Exception as exc:  # noqa: BLE001
        err(path, f"front matter does not parse: {exc}")
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    return data


def check_front_matter(path, fm_raw):
    fm_clean = strip_markers(fm_raw)
    data = parse_yaml(path, fm_clean)
    if data is None:
        return
    for key in REQUIRED_KEYS:
        if key not in data or data[key] in (None, "", []):
            err(path, f"front matter missing required key '{key}'")
    for key in EXPECTED_KEYS:
        if key not in data:
            err(path, f"front matter missing expected key '{key}'")
    for key in data:
        if key not in KNOWN_KEYS:
            err(path, f"unknown front matter key '{key}'")
    if yaml is not None:
        if not isinstance(data.get("tags"), list) or not data.get("tags"):
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status must be 'published'")
        age = str(data.get("age", ""))
        if not re.fullmatch(r"\d{1,2}-\d{1,2}|\d0s|90\+|not-stated", age):
            err(path, f"age '{age}' is not a band")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                err(path, "each image needs file and alt")
        refs = data.get("references")
        if not isinstance(refs, list):
            err(path, "references must be a list")
        authors = data.get("authors") or data.get("author")
        if not authors:
            err(path, "authors missing")
    for key, block in top_level_blocks(fm_raw).items():
        if key in PROTECTED_KEYS and ("⟦" in block or "⟧" in block):
            err(path, f"marker inside protected key '{key}'")


def check_markers(path, text):
    found = []
    for lineno, line in enumerate(text.splitlines(), 1):
        for m in MARKER.finditer(line):
            cat, span = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category '{cat}'")
                continue
            if not span.strip() or span != span.strip():
                err(path, f"line {lineno}: empty or padded marker text '{span}'")
            if "|" in span:
                err(path, f"line {lineno}: '|' inside marker text '{span}'")
            found.append((cat, span, lineno))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray or nested marker bracket")
    return found


def sanity(path, cat, span, lineno):
    where = f"line {lineno}: {cat} '{span}'"
    if cat == "age":
        v = age_value(span)
        if v is None or v < 90:
            err(path, f"{where}: marked age must be 90 or more")
    elif cat == "email":
        m = EMAIL.fullmatch(span)
        if not m:
            err(path, f"{where}: not an e-mail address")
    elif cat == "ip":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            err(path, f"{where}: not an IP address")
    elif cat in ("phone", "postal-code", "id", "device"):
        if not re.search(r"\d", span):
            err(path, f"{where}: expected digits")
    elif cat == "url":
        if not re.match(r"(https?://|www\.)", span) and "/" not in span:
            err(path, f"{where}: does not look like a URL")
    elif cat == "initials":
        if not re.fullmatch(r"[A-Za-z. ]{2,12}", span):
            err(path, f"{where}: does not look like initials")


def check_domains(path, text):
    for m in EMAIL.finditer(text):
        if not domain_ok(m.group(1)):
            err(path, f"e-mail domain not fictional: {m.group(0)}")
    for m in URL.finditer(text):
        host = m.group(1).rstrip(".")
        if not domain_ok(host):
            err(path, f"URL domain not fictional: {m.group(0)}")


def check_unmarked(path, text):
    """E-mail addresses and IPv4 look-alikes in a case must sit in a marker."""
    rest = MARKER.sub(" ", text)
    for m in EMAIL.finditer(rest):
        err(path, f"unmarked e-mail address: {m.group(0)}")
    for m in IPV4.finditer(rest):
        parts = m.group(0).split(".")
        if all(0 <= int(p) <= 255 for p in parts) and not re.search(
                r"\d\.\d\.\d\.\d$", m.group(0)):
            err(path, f"unmarked IPv4-like string: {m.group(0)}")


def is_hard_wrapped(body):
    lines, incode = [], False
    for l in body.splitlines():
        if l.lstrip().startswith("```"):
            incode = not incode
            continue
        if l.strip() and not incode:
            lines.append(l)
    prose = [l for l in lines if not l.lstrip().startswith(("|", "<!--"))]
    if not prose:
        return False
    short = sum(1 for l in prose if len(l) <= 80)
    return short / len(prose) >= 0.97 and len(prose) > 20


def main():
    cats, per_file = Counter(), {}
    wrapped = 0
    name_re = {
        "cases": re.compile(rf"^{PREFIX}(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$"),
        "clean": re.compile(rf"^{PREFIX}c(\d{{3}})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$"),
    }
    expected = {"cases": N_CASES, "clean": N_CLEAN}
    for folder in ("cases", "clean"):
        d = os.path.join(HERE, folder)
        if not os.path.isdir(d):
            err(d, "folder missing")
            continue
        files = sorted(os.listdir(d))
        nums = []
        for fn in files:
            m = name_re[folder].match(fn)
            if not m:
                err(os.path.join(d, fn), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, expected[folder] + 1)):
            err(d, f"expected numbers 001..{expected[folder]:03d}, got {sorted(nums)}")
        for fn in files:
            path = os.path.join(d, fn)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            fm, body = split_front_matter(text)
            if fm is None:
                err(path, "no front matter")
                continue
            found = check_markers(path, text)
            check_front_matter(path, fm)
            words = len(strip_markers(body).split())
            if not MIN_WORDS <= words <= MAX_WORDS:
                err(path, f"body has {words} words (need {MIN_WORDS}-{MAX_WORDS})")
            check_domains(path, strip_markers(text))
            if is_hard_wrapped(body):
                wrapped += 1
            if folder == "clean":
                if "⟦" in text or "⟧" in text or found:
                    err(path, "clean file contains markers")
                per_file[f"{folder}/{fn}"] = (0, words)
            else:
                check_unmarked(path, text)
                for cat, span, lineno in found:
                    cats[cat] += 1
                    sanity(path, cat, span, lineno)
                if not found:
                    err(path, "case has no markers")
                per_file[f"{folder}/{fn}"] = (len(found), words)

    total = sum(cats.values())
    print("Markers per category:")
    for c in CATEGORIES:
        flag = "" if cats[c] >= MIN_PER_CATEGORY else "   <-- below minimum"
        print(f"  {c:12s} {cats[c]:4d}{flag}")
        if cats[c] < MIN_PER_CATEGORY:
            errors.append(f"category '{c}' has {cats[c]} markers (< {MIN_PER_CATEGORY})")
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_MARKERS:
        errors.append(f"only {total} markers (< {MIN_MARKERS})")
    print("\nPer file (markers, words):")
    for k in sorted(per_file):
        n, w = per_file[k]
        print(f"  {k:60s} {n:4d} {w:5d}")
    n_files = N_CASES + N_CLEAN
    print(f"\nHard-wrapped files: {wrapped} of {n_files}")
    if not (n_files // 4 <= wrapped <= n_files // 2):
        errors.append(f"{wrapped} hard-wrapped files; about a third expected")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
