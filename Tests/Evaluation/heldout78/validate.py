#!/usr/bin/env python3
"""Validate the heldout78 blind evaluation set (prefix ec).

Checks file names and counts, front matter, marker syntax, word counts,
fictional e-mail / URL hosts, and prints totals per category.
Exit 0 when everything passes, 1 otherwise.
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
PREFIX = "ec"
N_CASES = 30
N_CLEAN = 12

CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
REQUIRED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
NO_MARKER_KEYS = ["authors", "author", "published", "references"]
SEXES = {"female", "male", "other", "not-stated"}
CERTAINTIES = {"possible", "probable", "almost-certain", "certain"}
STATUSES = {"draft", "review", "published"}
AGE_RE = re.compile(r"^(\d{1,2}-\d{1,2}|90\+|\d{1,2}s)$")

MARKER_RE = re.compile(r"⟦([^⟦⟧|\n]+)\|([^⟦⟧\n]+)⟧")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:(?:https?|ftp)://|www\.)([A-Za-z0-9\-.]+)", re.I)
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
FICTIONAL_HOST_RE = re.compile(
    r"(^|\.)(example\.(org|com|net))$|\.(test|invalid|example)$|^(test|invalid|example)$",
    re.I,
)

errors = []


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


def check_host(path, host, what):
    host = host.rstrip(".").lower()
    if not FICTIONAL_HOST_RE.search(host):
        err(path, f"non-fictional {what} host: {host}")


def top_level_blocks(fm):
    """Return {key: raw text of that key's block} for top-level keys."""
    blocks, key = {}, None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):(.*)$", line)
        if m:
            key = m.group(1)
            blocks[key] = m.group(2) + "\n"
        elif key is not None:
            blocks[key] += line + "\n"
    return blocks


def check_markers_syntax(path, text):
    counts = Counter()
    for lineno, line in enumerate(text.splitlines(), 1):
        pos = 0
        while True:
            i = line.find("⟦", pos)
            j = line.find("⟧", pos)
            if i < 0:
                if j >= 0:
                    err(path, f"line {lineno}: stray '⟧'")
                break
            if 0 <= j < i:
                err(path, f"line {lineno}: stray '⟧' before '⟦'")
            k = line.find("⟧", i)
            if k < 0:
                err(path, f"line {lineno}: unclosed '⟦'")
                break
            inner = line[i + 1:k]
            if "⟦" in inner:
                err(path, f"line {lineno}: nested marker")
            if "|" not in inner:
                err(path, f"line {lineno}: marker without category: {inner!r}")
            else:
                cat, body = inner.split("|", 1)
                if cat not in CATEGORIES:
                    err(path, f"line {lineno}: unknown category {cat!r}")
                if not body or body != body.strip():
                    err(path, f"line {lineno}: empty or padded marker text {inner!r}")
                counts[cat] += 1
            pos = k + 1
    return counts


def check_front_matter(path, fm, is_clean):
    blocks = top_level_blocks(fm)
    for key in REQUIRED_KEYS:
        if key not in blocks:
            err(path, f"missing front-matter key {key!r}")
    for key in NO_MARKER_KEYS:
        if key in blocks and ("⟦" in blocks[key] or "⟧" in blocks[key]):
            err(path, f"marker inside {key!r}")
    data = None
    if yaml is not None:
        try:
            data = yaml.safe_load(fm)
        except yaml.YAMLError as e:
            err(path, f"YAML error: {e}")
            return
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return
        sex = data.get("sex")
        if sex not in SEXES:
            err(path, f"bad sex {sex!r}")
        if data.get("certainty") not in CERTAINTIES:
            err(path, f"bad certainty {data.get('certainty')!r}")
        if data.get("status") not in STATUSES:
            err(path, f"bad status {data.get('status')!r}")
        if not AGE_RE.match(str(data.get("age", ""))):
            err(path, f"bad age band {data.get('age')!r}")
        for key in ("tags", "system", "modality", "authors", "references", "images"):
            if key in data and not isinstance(data[key], list):
                err(path, f"{key} is not a list")
        if isinstance(data.get("tags"), list) and not data["tags"]:
            err(path, "tags empty")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                err(path, "image without file/alt")
        if not isinstance(data.get("quiz"), bool):
            err(path, "quiz is not boolean")


def check_file(path, is_clean):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    fm, body = split_front_matter(path, text)
    if fm is None:
        return Counter()
    check_front_matter(path, fm, is_clean)
    if is_clean:
        if "⟦" in text or "⟧" in text:
            err(path, "marker in clean file")
        counts = Counter()
    else:
        counts = check_markers_syntax(path, text)
        if sum(counts.values()) == 0:
            err(path, "case without any marker")
    plain = strip_markers(text)
    words = len(plain.split())
    if not 500 <= words <= 1500:
        err(path, f"word count {words} outside 500-1500")
    # fictional hosts
    for m in EMAIL_RE.finditer(plain):
        check_host(path, m.group(1), "e-mail")
    for m in URL_RE.finditer(plain):
        check_host(path, m.group(1), "URL")
    # every e-mail / URL / IPv4 in a case must sit inside a marker;
    # clean files must contain none
    unmarked = MARKER_RE.sub(lambda m: "\u2591" * len(m.group(0)), text)
    blocks = top_level_blocks(fm)
    refs = blocks.get("references", "")
    scan = unmarked.replace(refs, "") if refs else unmarked
    for rx, what in ((EMAIL_RE, "e-mail"), (URL_RE, "URL"), (IPV4_RE, "IPv4")):
        for m in rx.finditer(scan):
            if what == "IPv4" and not all(0 <= int(p) <= 255 for p in m.group(0).split(".")):
                continue
            err(path, f"unmarked {what}: {m.group(0)}")
    return counts


def main():
    totals = Counter()
    per_file = {}
    layout = {
        "cases": (re.compile(rf"^{PREFIX}(\d{{3}})-[a-z0-9-]+\.md$"), N_CASES, False),
        "clean": (re.compile(rf"^{PREFIX}c(\d{{3}})-[a-z0-9-]+\.md$"), N_CLEAN, True),
    }
    for sub, (rx, n, is_clean) in layout.items():
        d = os.path.join(HERE, sub)
        if not os.path.isdir(d):
            err(d, "missing folder")
            continue
        names = sorted(os.listdir(d))
        nums = []
        for name in names:
            m = rx.match(name)
            if not m:
                err(os.path.join(d, name), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            err(d, f"expected numbers 1..{n}, got {sorted(nums)}")
        for name in names:
            if rx.match(name):
                c = check_file(os.path.join(d, name), is_clean)
                per_file[f"{sub}/{name}"] = sum(c.values())
                totals += c
    for path, n in per_file.items():
        if path.startswith("cases/"):
            print(f"{n:4d}  {path}")
    print("\nTotals per category:")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:12s} {totals[cat]:4d}")
        if totals[cat] < 10:
            errors.append(f"category {cat} has fewer than 10 markers ({totals[cat]})")
    total = sum(totals.values())
    print(f"  {'TOTAL':12s} {total:4d}")
    if not 700 <= total <= 900:
        errors.append(f"total markers {total} outside 700-900")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
