#!/usr/bin/env python3
"""Validator for the heldout19 blind privacy evaluation set.

Checks:
  * file names follow <P>NNN-slug.md (cases/) and <P>cNNN-slug.md (clean/)
  * markers ⟦category|text⟧ are balanced and well formed (markers may span a
    line break when a file is hard-wrapped), categories are valid
  * clean cases contain no markers
  * no marker sits inside protected front-matter keys
    (authors, author, published, references)
  * front matter parses (YAML) after markers are stripped; required keys exist
  * the slug does not contain any marked identifier text
  * warns when a marked name/location/id string re-appears unmarked
Prints per-category counts.  Exit status 1 on any error.
Usage: python3 validate.py [--strict]   (--strict turns warnings into errors)
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # optional
except Exception:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b"
CATEGORIES = {"name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
MIN_PER_CATEGORY = 8
# generic words that may legitimately appear both in a facility name and a slug
GENERIC = {"hospital", "clinic", "surgery", "station", "farm", "care", "aged", "room",
           "ward", "unit", "centre", "center", "general", "medical", "island", "village",
           "road", "street", "lane", "house", "park", "school", "practice", "health",
           "motel", "private", "day", "community", "rehabilitation", "netball", "https",
           "www", "com", "news", "court"}
MIN_TOTAL = 380

MARK_RE = re.compile(r"⟦([^|⟦⟧\n]*)\|([^⟦⟧]*)⟧", re.S)
CASE_NAME_RE = re.compile(r"^%s(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" % PREFIX)
CLEAN_NAME_RE = re.compile(r"^%sc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" % PREFIX)

errors = []
warnings = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def warn(path, msg):
    warnings.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


def split_front_matter(text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text, 0
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 1
    return None, text, 0


def top_level_blocks(fm):
    """Yield (key, block_text) for each top-level key of the raw front matter."""
    key, buf = None, []
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:", line)
        if m and not line.startswith((" ", "\t", "-")):
            if key is not None:
                yield key, "\n".join(buf)
            key, buf = m.group(1), [line]
        else:
            buf.append(line)
    if key is not None:
        yield key, "\n".join(buf)


def check_markers(path, text):
    marks = []
    # structural balance: every ⟦ must close before the next ⟦
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1:
                err(path, "nested marker near offset %d: %r" % (i, text[max(0, i - 30):i + 30]))
                depth = 1
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                err(path, "unbalanced ⟧ near offset %d: %r" % (i, text[max(0, i - 30):i + 30]))
                depth = 0
    if depth != 0:
        err(path, "unclosed ⟦ marker")
    for m in MARK_RE.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATEGORIES:
            err(path, "invalid category %r in %r" % (cat, m.group(0)))
        if not val.strip():
            err(path, "empty marker %r" % m.group(0))
        elif val != val.strip():
            err(path, "marker text has leading/trailing whitespace: %r" % m.group(0))
        if "|" in val:
            err(path, "stray '|' inside marker text: %r" % m.group(0))
        marks.append((cat, val, m.start(), m.end()))
    leftover = MARK_RE.sub("", text)
    if "⟦" in leftover or "⟧" in leftover:
        err(path, "malformed marker remains after parsing")
    return marks


def unmarked_repeats(path, text, marks):
    """Warn when a marked string occurs again outside any marker."""
    outside = MARK_RE.sub(lambda m: "\x00" * len(m.group(0)), text)
    seen = set()
    for cat, val, _, _ in marks:
        if cat not in {"name", "relative", "location", "id", "initials", "email",
                       "phone", "vehicle", "device", "url", "ip", "biometric"}:
            continue
        candidates = {re.sub(r"\s+", " ", val)}
        if cat in {"name", "relative"}:
            for tok in re.split(r"[\s]+", val):
                tok = tok.strip(".,;:()'\"")
                if len(tok) >= 3 and tok[0].isupper() and tok.lower() not in {
                        "mrs", "miss", "the", "and", "van", "der", "von", "de", "la"}:
                    candidates.add(tok)
        for c in candidates:
            if (c, cat) in seen:
                continue
            seen.add((c, cat))
            pat = re.compile(r"(?<![\w])" + re.escape(c).replace(r"\ ", r"\s+") + r"(?![\w])")
            for m in pat.finditer(outside):
                ctx = outside[max(0, m.start() - 30):m.end() + 30].replace("\x00", "·").replace("\n", " ")
                warn(path, "possible unmarked repeat of %s %r: …%s…" % (cat, c, ctx))


def validate_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    base = os.path.basename(path)
    rx = CLEAN_NAME_RE if clean else CASE_NAME_RE
    m = rx.match(base)
    if not m:
        err(path, "bad file name (expected %s)" % ("%scNNN-slug.md" % PREFIX if clean else "%sNNN-slug.md" % PREFIX))
        slug = base
    else:
        slug = m.group(2)
    marks = check_markers(path, text)
    if clean and marks:
        err(path, "clean case contains %d marker(s), e.g. %r" % (len(marks), marks[0][1]))
    fm, body, _ = split_front_matter(text)
    if fm is None:
        err(path, "missing or unterminated YAML front matter")
        return marks
    for key, block in top_level_blocks(fm):
        if key in PROTECTED and "⟦" in block:
            err(path, "marker inside protected key %r" % key)
    stripped = strip_markers(fm)
    if yaml is not None:
        try:
            data = yaml.safe_load(stripped)
        except Exception as e:
            err(path, "front matter does not parse: %s" % e)
            return marks
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return marks
        for k in REQUIRED:
            if k not in data or data[k] in (None, "", []):
                err(path, "missing required key %r" % k)
        if "tags" in data and not isinstance(data["tags"], list):
            err(path, "tags must be a list")
        for k in ("system", "modality"):
            if k in data and not isinstance(data[k], list):
                err(path, "%s must be a list" % k)
        if "published" in data:
            pub = str(data["published"])
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", pub):
                err(path, "published must be YYYY-MM-DD")
        if "images" in data:
            imgs = data["images"]
            if not isinstance(imgs, list) or not all(isinstance(i, dict) and "file" in i for i in imgs):
                err(path, "images must be a list of {file, alt, caption}")
        if "status" in data and data["status"] != "published":
            warn(path, "status is not 'published'")
    else:
        for k in REQUIRED:
            if not re.search(r"^%s\s*:" % k, stripped, re.M):
                err(path, "missing required key %r" % k)
    if not body.strip():
        err(path, "empty body")
    # slug must not contain identifiers
    slug_tokens = set(slug.lower().split("-"))
    for cat, val, _, _ in marks:
        if cat == "url":
            continue  # URL paths are full of generic words; names in them are checked via other markers
        else:
            # only distinctive tokens: proper-noun-like or containing digits
            toks = [t for t in re.split(r"[^\w]+", val) if t and (t[0].isupper() or any(c.isdigit() for c in t))]
        for tok in toks:
            tl = tok.lower()
            if len(tl) >= 4 and tl in slug_tokens and tl not in GENERIC:
                err(path, "slug contains identifier token %r (%s)" % (tl, cat))
    if not clean:
        unmarked_repeats(path, text, marks)
    return marks


def main():
    strict = "--strict" in sys.argv
    totals = Counter()
    per_file = {}
    n_cases = n_clean = 0
    for sub, clean in (("cases", False), ("clean", True)):
        d = os.path.join(HERE, sub)
        if not os.path.isdir(d):
            err(d, "missing directory")
            continue
        for fn in sorted(os.listdir(d)):
            p = os.path.join(d, fn)
            if not fn.endswith(".md"):
                err(p, "unexpected non-markdown file")
                continue
            marks = validate_file(p, clean)
            if clean:
                n_clean += 1
            else:
                n_cases += 1
                c = Counter(cat for cat, _, _, _ in marks)
                per_file[fn] = sum(c.values())
                totals.update(c)
                if not marks:
                    err(p, "identifier-bearing case has no markers")
    print("files: %d cases, %d clean" % (n_cases, n_clean))
    for fn, n in per_file.items():
        print("  %-48s %3d" % (fn, n))
    print("per-category counts:")
    for cat in sorted(CATEGORIES):
        flag = "" if totals[cat] >= MIN_PER_CATEGORY else "   <-- below %d" % MIN_PER_CATEGORY
        print("  %-12s %4d%s" % (cat, totals[cat], flag))
        if totals[cat] < MIN_PER_CATEGORY:
            warnings.append("category %s has only %d markers" % (cat, totals[cat]))
    total = sum(totals.values())
    print("  %-12s %4d" % ("TOTAL", total))
    if total < MIN_TOTAL:
        warnings.append("total markers %d below target %d" % (total, MIN_TOTAL))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    bad = bool(errors) or (strict and bool(warnings))
    print("FAIL" if bad else "OK")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
