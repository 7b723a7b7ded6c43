#!/usr/bin/env python3
"""Validate the heldout5 evaluation set.

Checks every Markdown file in cases/ and clean/:
  * file names follow m<NNN>-slug.md (cases) and mc<NNN>-slug.md (clean);
  * markers are well formed: ⟦category|text⟧ with a known category, no nesting, no stray brackets;
  * the YAML front matter parses once the markers are removed, and has the expected keys;
  * no marker sits in authors, published or references;
  * clean/ files hold no marker at all;
  * body length is within a teaching-case range.
Prints per-file and per-category counts and checks the set's minimum sizes.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = ["name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
              "email", "id", "vehicle", "device", "url", "ip", "biometric"]
MARKER = re.compile(r"⟦([^|⟦⟧]*)\|([^⟦⟧]*)⟧")
REQUIRED = ["title", "summary", "tags", "specialty", "system", "modality", "age", "sex", "diagnosis",
            "certainty", "authors", "published", "status", "images", "references"]
CREDIT_KEYS = ["authors", "author", "published", "references"]
MINIMA = {"name": 35, "date": 35, "location": 35, "id": 35, "phone": 35,
          "initials": 15, "age": 15, "postal-code": 15, "relative": 15, "device": 15,
          "email": 10, "vehicle": 10, "url": 10, "ip": 10, "biometric": 10}

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def split_front_matter(text, path):
    if not text.startswith("---\n"):
        err(path, "does not start with a front-matter line '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


def strip(text):
    return MARKER.sub(lambda m: m.group(2), text)


def check_file(path, clean):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    counts = Counter()
    for m in MARKER.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, f"unknown category {cat!r} in {m.group(0)!r}")
        if not val.strip() or val != val.strip():
            err(path, f"empty or padded marker text {m.group(0)!r}")
        counts[cat] += 1
    rest = MARKER.sub("", text)
    if "⟦" in rest or "⟧" in rest:
        line = next(i + 1 for i, l in enumerate(MARKER.sub("", text).splitlines()) if "⟦" in l or "⟧" in l)
        err(path, f"stray or nested marker bracket (line {line})")
    if clean and counts:
        err(path, f"clean case holds {sum(counts.values())} marker(s)")
    if not clean and not counts:
        err(path, "case holds no marker")

    fm, body = split_front_matter(text, path)
    if fm is None:
        return counts
    # credits must hold no marker
    current = None
    for line in fm.splitlines():
        km = re.match(r"^([A-Za-z_][\w-]*):", line)
        if km:
            current = km.group(1)
        if current in CREDIT_KEYS and "⟦" in line:
            err(path, f"marker inside credit key {current!r}: {line.strip()!r}")
    if yaml is not None:
        try:
            data = yaml.safe_load(strip(fm))
        except yaml.YAMLError as e:
            err(path, f"YAML does not parse after stripping markers: {e}")
            data = None
        if isinstance(data, dict):
            for k in REQUIRED:
                if k not in data:
                    err(path, f"missing key {k!r}")
            if data.get("status") != "published":
                err(path, "status is not 'published'")
            if not isinstance(data.get("tags"), list) or not data.get("tags"):
                err(path, "tags must be a non-empty list")
            for k in ("system", "modality", "authors", "references", "images"):
                if k in data and not isinstance(data[k], list):
                    err(path, f"{k} must be a list")
            for img in data.get("images") or []:
                if not isinstance(img, dict) or not {"file", "alt"} <= set(img):
                    err(path, f"image entry needs file and alt: {img!r}")
            pub = data.get("published")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
                err(path, f"published is not YYYY-MM-DD: {pub!r}")
            if data.get("sex") not in ("female", "male", "other", "not-stated"):
                err(path, f"bad sex {data.get('sex')!r}")
            if data.get("certainty") not in ("possible", "probable", "almost-certain", "certain"):
                err(path, f"bad certainty {data.get('certainty')!r}")
        elif data is not None:
            err(path, "front matter is not a mapping")
    words = len(re.findall(r"\S+", strip(body)))
    if not 300 <= words <= 900:
        err(path, f"body has {words} words (expected 300-900)")
    return counts


def main():
    total = Counter()
    nfiles = {"cases": 0, "clean": 0}
    for sub, pattern in (("cases", r"m\d{3}-[a-z0-9-]+\.md"), ("clean", r"mc\d{3}-[a-z0-9-]+\.md")):
        d = os.path.join(HERE, sub)
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            if not name.endswith(".md"):
                continue
            if not re.fullmatch(pattern, name):
                err(path, "file name does not follow the pattern")
            nfiles[sub] += 1
            c = check_file(path, sub == "clean")
            total += c
            if sub == "cases":
                print(f"{name:48s} {sum(c.values()):3d}  " + " ".join(f"{k}={v}" for k, v in sorted(c.items())))
    print()
    print(f"files: {nfiles['cases']} cases, {nfiles['clean']} clean")
    print(f"identifiers: {sum(total.values())}")
    for cat in CATEGORIES:
        flag = "" if total[cat] >= MINIMA[cat] else f"   < minimum {MINIMA[cat]}"
        print(f"  {cat:12s} {total[cat]:4d}{flag}")
        if total[cat] < MINIMA[cat]:
            errors.append(f"category {cat} has {total[cat]} < {MINIMA[cat]}")
    if nfiles["cases"] != 30:
        errors.append(f"expected 30 cases, found {nfiles['cases']}")
    if nfiles["clean"] != 12:
        errors.append(f"expected 12 clean cases, found {nfiles['clean']}")
    if sum(total.values()) < 350:
        errors.append(f"only {sum(total.values())} identifiers (< 350)")
    print()
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
