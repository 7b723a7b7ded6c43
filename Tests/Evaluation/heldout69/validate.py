#!/usr/bin/env python3
"""Validate the heldout69 blind evaluation set for casebook's privacy rules.

Checks:
  * file names and counts (cases/dt001..dt030, clean/dtc001..dtc012, slugs)
  * marker syntax: ⟦category|text⟧, known category, one line, no nesting,
    no stray brackets, no '|' inside the marked text
  * front matter parses (with markers replaced by their text) and has
    title / summary / tags (non-empty list) / status, plus the other keys
  * no markers in authors / author / published / references
  * no markers at all in clean files, no marker in a file name
  * body word counts 500..1500
  * marked ages are >= 90
  * every e-mail and URL domain is fictional
  * totals: >= 400 markers across cases, >= 10 per category
Prints counts per category and per file; exits 0 when everything passes.
Standard library only; uses PyYAML when installed.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dt"
N_CASES = 30
N_CLEAN = 12
CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
MIN_TOTAL = 400
MIN_PER_CATEGORY = 10
WORDS_MIN, WORDS_MAX = 500, 1500
REQUIRED_KEYS = ["title", "summary", "tags", "status"]
EXPECTED_KEYS = ["title", "summary", "tags", "specialty", "system", "modality",
                 "age", "sex", "diagnosis", "certainty", "authors", "published",
                 "status", "license", "consent", "quiz", "images", "references"]
FORBIDDEN_MARKER_KEYS = ["authors", "author", "published", "references"]
FICTIONAL_SUFFIXES = (".test", ".invalid", ".example", "example.org",
                      "example.com", "example.net")

MARKER_RE = re.compile(r"⟦([^⟦⟧\n]*?)\|([^⟦⟧\n]*?)⟧")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", re.I)
WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*")

try:
    import yaml  # type: ignore
except Exception:  # pragma: no cover
    yaml = None

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, raw):
    if not raw.startswith("---\n"):
        err(path, "does not start with a front matter block '---'")
        return None, raw, 0
    end = raw.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter block is not closed")
        return None, raw, 0
    fm = raw[4:end + 1]
    body = raw[end + 5:]
    return fm, body, fm.count("\n") + 2


def check_marker_syntax(path, raw):
    markers = []
    for lineno, line in enumerate(raw.split("\n"), 1):
        # nesting: an opening bracket before the previous one closed
        depth = 0
        for ch in line:
            if ch == "⟦":
                depth += 1
                if depth > 1:
                    err(path, f"line {lineno}: nested marker")
                    break
            elif ch == "⟧":
                depth -= 1
                if depth < 0:
                    err(path, f"line {lineno}: stray closing bracket ⟧")
                    break
        if depth > 0:
            err(path, f"line {lineno}: marker not closed on its line")
        for m in MARKER_RE.finditer(line):
            cat, text = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not text.strip():
                err(path, f"line {lineno}: empty marker text")
            elif text != text.strip():
                err(path, f"line {lineno}: marker text has outer spaces: {text!r}")
            markers.append((lineno, cat, text))
        rest = MARKER_RE.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray or malformed marker bracket")
    return markers


def top_level_blocks(fm):
    """Map each top-level key to the text of its lines (line-based, robust)."""
    blocks = {}
    current = None
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m and not line.startswith((" ", "\t", "-")):
            current = m.group(1)
            blocks.setdefault(current, "")
        if current is not None:
            blocks[current] += line + "\n"
    return blocks


def parse_yaml(path, text):
    if yaml is None:
        return None
    try:
        data = yaml.safe_load(text)
    except Exception as e:  # noqa
        err(path, f"front matter does not parse: {e}")
        return None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    return data


def check_front_matter(path, fm, clean):
    plain = strip_markers(fm)
    data = parse_yaml(path, plain)
    blocks = top_level_blocks(fm)
    keys = set(data.keys()) if data is not None else set(blocks.keys())
    for k in REQUIRED_KEYS:
        if k not in keys:
            err(path, f"front matter lacks required key {k!r}")
    for k in EXPECTED_KEYS:
        if k not in keys and not (k == "authors" and "author" in keys):
            warn(path, f"front matter lacks key {k!r}")
    if data is not None:
        tags = data.get("tags")
        if not isinstance(tags, list) or not tags:
            err(path, "tags must be a non-empty list")
        if data.get("status") != "published":
            err(path, "status should be 'published'")
        if "published" in data and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data.get("published"))):
            err(path, "published should be a date YYYY-MM-DD")
        age = str(data.get("age", ""))
        if age and not re.match(r"^(\d{1,2}s|\d{1,2}-\d{1,2}|90\+|adult|child|infant|neonate|adolescent)$", age):
            warn(path, f"age {age!r} does not look like an age band")
        imgs = data.get("images") or []
        if not isinstance(imgs, list):
            err(path, "images must be a list")
        else:
            for i, im in enumerate(imgs):
                if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                    err(path, f"images[{i}] needs file and alt")
        refs = data.get("references")
        if refs is not None and not isinstance(refs, list):
            err(path, "references must be a list")
    for k in FORBIDDEN_MARKER_KEYS:
        if k in blocks and "⟦" in blocks[k]:
            err(path, f"marker inside front matter key {k!r}")


def check_domains(path, raw):
    text = strip_markers(raw)
    for m in EMAIL_RE.finditer(text):
        dom = m.group(1).lower().rstrip(".")
        if not dom.endswith(FICTIONAL_SUFFIXES):
            err(path, f"e-mail domain not fictional: {m.group(0)}")
    for m in URL_RE.finditer(text):
        dom = m.group(1).lower().rstrip(".")
        if not dom.endswith(FICTIONAL_SUFFIXES):
            err(path, f"URL domain not fictional: {m.group(0)}")


def word_count(body):
    text = strip_markers(body)
    text = re.sub(r"<!--|-->", " ", text)
    return len(WORD_RE.findall(text))


def max_line_len(body):
    """Longest prose line (tables and fenced code blocks are not wrapped)."""
    longest, in_code = 0, False
    for l in body.split("\n"):
        if l.strip().startswith("```"):
            in_code = not in_code
            continue
        if in_code or not l.strip() or l.lstrip().startswith(("|", "#")):
            continue
        if len(re.sub(r"^[\s>*+\-]*", "", strip_markers(l)).split()) <= 1:
            continue  # a single unbreakable token such as a long URL
        longest = max(longest, len(strip_markers(l)))
    return longest


def expected_names(sub, stem, n):
    return [f"{stem}{i:03d}" for i in range(1, n + 1)]


def main():
    cat_totals = Counter()
    per_file = []
    wrapped = 0
    total_files = 0
    for sub, stem, n, clean in (("cases", PREFIX, N_CASES, False),
                                ("clean", PREFIX + "c", N_CLEAN, True)):
        folder = os.path.join(HERE, sub)
        if not os.path.isdir(folder):
            err(folder, "missing folder")
            continue
        files = sorted(f for f in os.listdir(folder) if not f.startswith("."))
        seen = {}
        for f in files:
            m = re.match(rf"^({re.escape(stem)}\d{{3}})-(.+)\.md$", f)
            if not m or (clean is False and f.startswith(PREFIX + "c")):
                err(os.path.join(folder, f), "unexpected file name")
                continue
            if not SLUG_RE.match(m.group(2)):
                err(os.path.join(folder, f), "slug must be lowercase words joined by hyphens")
            if "⟦" in f or "⟧" in f:
                err(os.path.join(folder, f), "marker in file name")
            if m.group(1) in seen:
                err(os.path.join(folder, f), f"duplicate number {m.group(1)}")
            seen[m.group(1)] = f
        for want in expected_names(sub, stem, n):
            if want not in seen:
                err(folder, f"missing {want}-<slug>.md")
        for key in sorted(seen):
            path = os.path.join(folder, seen[key])
            total_files += 1
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
            markers = check_marker_syntax(path, raw)
            fm, body, _ = split_front_matter(path, raw)
            if fm is not None:
                check_front_matter(path, fm, clean)
            check_domains(path, raw)
            wc = word_count(body)
            if not (WORDS_MIN <= wc <= WORDS_MAX):
                err(path, f"body has {wc} words (want {WORDS_MIN}-{WORDS_MAX})")
            mll = max_line_len(body)
            if mll <= 90:
                wrapped += 1
            if clean and markers:
                err(path, f"clean file contains {len(markers)} marker(s)")
            for lineno, cat, text in markers:
                if cat == "age":
                    nums = re.findall(r"\d+", text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")))
                    if not nums or int(nums[0]) < 90:
                        err(path, f"line {lineno}: marked age {text!r} is not >= 90")
                if not clean:
                    cat_totals[cat] += 1
            c = Counter(cat for _, cat, _ in markers)
            per_file.append((os.path.join(sub, seen[key]), len(markers), wc, mll, c))

    total = sum(cat_totals.values())
    if total < MIN_TOTAL:
        errors.append(f"total markers in cases {total} < {MIN_TOTAL}")
    for cat in CATEGORIES:
        if cat_totals[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat!r} has {cat_totals[cat]} markers < {MIN_PER_CATEGORY}")

    print("Per file (markers, words, longest line, categories):")
    for name, nm, wc, mll, c in per_file:
        cats = ", ".join(f"{k}={v}" for k, v in sorted(c.items()))
        print(f"  {name:60s} {nm:4d} {wc:5d} {mll:5d}  {cats}")
    print()
    print("Per category (cases):")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {cat_totals[cat]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"Hard-wrapped files (longest prose line <= 90): {wrapped} of {total_files}")
    if warnings:
        print()
        print("Warnings:")
        for w in warnings:
            print("  " + w)
    if errors:
        print()
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print()
    print("OK: all checks passed")
    sys.exit(0)


if __name__ == "__main__":
    main()
