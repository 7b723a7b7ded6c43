#!/usr/bin/env python3
"""Validate the synthetic privacy evaluation set (dev split).

For every case under cases/ and clean/:
  * strip the markers  ⟦category|text⟧ -> text
  * parse the YAML front matter (must be a mapping with title, summary, tags)
  * check the categories, that no marker sits in authors/published/references,
    that markers are well formed and that clean/ files hold none
  * count identifiers per category and print the totals

Exit status 1 if any error was found.  Standard library + PyYAML only.
"""
import collections
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
MARKER = re.compile(r"⟦([a-z-]+)\|([^⟧]*)⟧")
CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
MINIMUM = {c: 12 for c in CATEGORIES}
MINIMUM.update({"name": 30, "date": 30, "phone": 30, "id": 30, "location": 30})
FORBIDDEN_KEYS = {"authors", "author", "published", "references"}
REQUIRED_KEYS = ("title", "summary", "tags")
FILE_NAME = {"cases": re.compile(r"^d\d{3}-[a-z0-9-]+\.md$"),
             "clean": re.compile(r"^c\d{3}-[a-z0-9-]+\.md$")}


def strip(text):
    return MARKER.sub(r"\2", text)


def split_front_matter(text):
    if not text.startswith("---\n"):
        raise ValueError("no front matter opening '---'")
    end = text.find("\n---\n", 4)
    if end < 0:
        raise ValueError("no front matter closing '---'")
    return text[4:end + 1], text[end + 5:], text[:end + 5].count("\n")


def top_level_key_of_line(front_lines, index):
    """The top-level front matter key that line `index` belongs to."""
    for i in range(index, -1, -1):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:", front_lines[i])
        if m:
            return m.group(1)
    return None


def check_file(path, kind, counts, errors, warnings):
    raw = path.read_text(encoding="utf-8")
    rel = path.relative_to(HERE)
    if not FILE_NAME[kind].match(path.name):
        errors.append(f"{rel}: file name does not follow the pattern")
    markers = list(MARKER.finditer(raw))
    if kind == "clean" and markers:
        errors.append(f"{rel}: clean file contains {len(markers)} marker(s)")
    cleaned = strip(raw)
    for ch in "⟦⟧":
        if ch in cleaned:
            line = cleaned[:cleaned.index(ch)].count("\n") + 1
            errors.append(f"{rel}:{line}: malformed marker (stray {ch!r})")
    try:
        front_raw, _, front_line_count = split_front_matter(raw)
        front, body, _ = split_front_matter(cleaned)
        data = yaml.safe_load(front)
    except Exception as exc:  # noqa: BLE001 - report any parse problem
        errors.append(f"{rel}: front matter does not parse: {exc}")
        return 0
    if not isinstance(data, dict):
        errors.append(f"{rel}: front matter is not a mapping")
        return 0
    for key in REQUIRED_KEYS:
        if not data.get(key):
            errors.append(f"{rel}: missing {key}")
    for key in ("title", "summary"):
        if key in data and not isinstance(data[key], str):
            errors.append(f"{rel}: {key} is not a string after parsing")
    if "tags" in data and not isinstance(data["tags"], list):
        errors.append(f"{rel}: tags is not a list")
    if "published" in data and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data["published"])):
        errors.append(f"{rel}: published is not an ISO date")
    if body.count("```") % 2:
        errors.append(f"{rel}: unbalanced code fence")
    if body.count("<!--") != body.count("-->"):
        errors.append(f"{rel}: unbalanced HTML comment")
    words = len(re.findall(r"\S+", body)) + len(re.findall(r"\S+", str(data.get("summary", ""))))
    if not 200 <= words <= 520:
        warnings.append(f"{rel}: {words} words in summary + body (aim for 200-500)")

    front_lines = front_raw.splitlines()
    for m in markers:
        cat, text = m.group(1), m.group(2)
        line_no = raw[:m.start()].count("\n") + 1
        where = f"{rel}:{line_no}"
        if cat not in CATEGORIES:
            errors.append(f"{where}: unknown category {cat!r}")
        if not text.strip() or text != text.strip():
            errors.append(f"{where}: empty or space-padded identifier {text!r}")
        if "\n" in text:
            errors.append(f"{where}: identifier spans lines")
        if 2 <= line_no <= front_line_count - 1:
            key = top_level_key_of_line(front_lines, line_no - 2)
            if key in FORBIDDEN_KEYS:
                errors.append(f"{where}: marker inside `{key}`")
        counts[cat] += 1
    return len(markers)


def main():
    counts = collections.Counter()
    errors, warnings = [], []
    files = {}
    for kind in ("cases", "clean"):
        files[kind] = sorted((HERE / kind).glob("*.md"))
        for path in files[kind]:
            check_file(path, kind, counts, errors, warnings)
    print(f"cases: {len(files['cases'])} files, clean: {len(files['clean'])} files")
    print(f"{'category':<12} {'count':>5}  minimum")
    for cat in CATEGORIES:
        flag = "" if counts[cat] >= MINIMUM[cat] else "  << below minimum"
        print(f"{cat:<12} {counts[cat]:>5}  {MINIMUM[cat]:>7}{flag}")
        if counts[cat] < MINIMUM[cat]:
            errors.append(f"category {cat}: {counts[cat]} < {MINIMUM[cat]}")
    total = sum(counts.values())
    print(f"{'total':<12} {total:>5}      320")
    if total < 320:
        errors.append(f"total {total} < 320")
    if len(files["cases"]) != 60:
        errors.append(f"expected 60 cases, found {len(files['cases'])}")
    if len(files["clean"]) != 20:
        errors.append(f"expected 20 clean cases, found {len(files['clean'])}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
