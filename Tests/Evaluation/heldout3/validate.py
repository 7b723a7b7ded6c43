#!/usr/bin/env python3
"""Check the heldout3 evaluation set.

For every Markdown file in cases/ and clean/:
  * front matter sits between two '---' lines and parses as YAML once the
    markers are removed (PyYAML if installed, otherwise a crude key check);
  * markers have the form ⟦category|text⟧ with a known category, are not
    nested, are not empty and carry no stray brackets;
  * no marker sits in authors, published or references;
  * clean/ files contain no marker at all;
  * cases/ files contain at least one marker;
  * file names follow h<NNN>-slug.md / hc<NNN>-slug.md;
  * body length is between 300 and 900 words (warning only);
  * every marked text (and every word of a marked name or relative) that
    reappears unmarked elsewhere in the same file is reported as a warning,
    so that missed repetitions can be reviewed by hand;
  * text outside markers that looks like an identifier (ages over 89, day or
    month dates, d/d ratios, '@', URLs) is reported as a warning, except the
    look-alikes listed in REVIEWED, which were checked by hand.
Prints per-category counts and the totals against the targets of the brief.
Exit status 1 if any error was found.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
MIN_EACH = 10
MIN_BIG = {"name": 30, "date": 30, "location": 30, "id": 30, "phone": 30}
MIN_MID = {"initials": 15, "age": 15, "postal-code": 15, "relative": 15,
           "device": 15}
MIN_TOTAL = 310
N_CASES, N_CLEAN = 30, 10
CREDIT_KEYS = ("authors", "author", "published", "references")
REQUIRED = ("title", "summary", "tags", "specialty", "system", "modality",
            "age", "sex", "diagnosis", "certainty", "authors", "published",
            "status", "images", "references")

MARK = re.compile(r"⟦([^|⟦⟧]*)\|([^⟦⟧]*)⟧")

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

errors, warnings = [], []


def err(path, msg):
    errors.append(f"ERROR {os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"warn  {os.path.relpath(path, HERE)}: {msg}")


def strip(text):
    """Return the text without markers and the list of (cat, start, end)
    spans in the stripped text."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        inner = m.group(2)
        spans.append((m.group(1), length, length + len(inner), inner))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def split_front(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with '---'")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter is not closed")
        return None, None
    return text[4:end + 1], text[end + 5:]


def credit_blocks(front):
    """Yield (key, text) for the top-level credit keys, textually."""
    lines = front.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^([A-Za-z_][\w-]*):", lines[i])
        if m and m.group(1) in CREDIT_KEYS:
            block = [lines[i]]
            j = i + 1
            while j < len(lines) and (lines[j].startswith((" ", "-", "\t"))
                                      or lines[j] == ""):
                block.append(lines[j])
                j += 1
            yield m.group(1), "\n".join(block)
            i = j
        else:
            i += 1


def check_front(path, front, clean):
    stripped, _ = strip(front)
    for key, block in credit_blocks(front):
        if "⟦" in block or "⟧" in block:
            err(path, f"marker inside credit key '{key}'")
    if yaml is not None:
        try:
            data = yaml.safe_load(stripped)
        except yaml.YAMLError as e:
            err(path, f"YAML does not parse after stripping markers: {e}")
            return
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return
        for k in REQUIRED:
            if k not in data:
                err(path, f"missing key '{k}'")
        if data.get("status") != "published":
            err(path, "status is not 'published'")
        pub = data.get("published")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
            err(path, f"published is not YYYY-MM-DD: {pub!r}")
        for k in ("tags", "system", "modality", "authors", "references",
                  "images"):
            if k in data and not isinstance(data[k], list):
                err(path, f"'{k}' is not a list")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or not {"file", "alt"} <= set(img):
                err(path, f"image entry lacks file/alt: {img!r}")
        for t in data.get("tags") or []:
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(t)):
                err(path, f"tag is not a slug: {t!r}")
    else:
        for k in REQUIRED:
            if not re.search(rf"^{k}:", stripped, re.M):
                err(path, f"missing key '{k}'")


def check_repeats(path, text, spans):
    """Warn when a marked string reappears outside every marker."""
    covered = [False] * len(text)
    for _, s, e, _ in spans:
        for k in range(s, e):
            covered[k] = True
    # ignore credit blocks: authors/published/references are not scanned
    front_end = text.find("\n---\n", 4)
    front = text[4:front_end + 1]
    for _, block in credit_blocks(front):
        start = text.find(block)
        if start >= 0:
            for k in range(start, start + len(block)):
                covered[k] = True
    needles = set()
    for cat, _, _, inner in spans:
        needles.add(inner)
        if cat in ("name", "relative"):
            for w in re.findall(r"[A-Za-zÀ-ÿĀ-ž'’-]{3,}", inner):
                if w.lower() not in ("mrs", "the", "and", "van", "von", "bin"):
                    needles.add(w)
    seen = set()
    for n in sorted(needles, key=len, reverse=True):
        if len(n) < 3:
            continue
        pat = re.compile(r"(?<![\w])" + re.escape(n) + r"(?![\w])")
        for m in pat.finditer(text):
            if not any(covered[m.start():m.end()]):
                key = (n, m.start())
                if key not in seen:
                    seen.add(key)
                    line = text.count("\n", 0, m.start()) + 1
                    warn(path, f"'{n}' appears unmarked (line {line} of stripped text)")


SUSPECT = [
    # ages over 89 written as numbers or words
    (r"(?<![\w.⟦|])(9\d|1[01]\d)(?=[- ]?(?:year|yr|yo\b|y/o|y\b|F\b|M\b))", "age"),
    (r"(?i)\b(?:aged?|age:)\s+(9\d|1[01]\d)\b(?!\+)", "age"),
    (r"(?i)\bninety[- ]\w+|\bhundred and \w+", "age"),
    # day and month
    (r"(?i)\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", "date"),
    (r"(?i)\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b", "date"),
    (r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", "date/ratio"),
    (r"\b\d{1,2}[.-]\d{1,2}[.-]\d{2,4}\b", "date"),
    (r"\b(?:19|20)\d\d-\d\d-\d\d\b", "date"),
    (r"@", "email/handle"),
    (r"(?i)https?://|www\.", "url"),
]


# Look-alikes that were checked by hand and are not identifiers (blood
# pressures, acuity, MRC grades, GCS and other scores, "2/52" = two weeks,
# "5.0 V @ 1.0 ms"). They are counted, not reported.
REVIEWED = {
    "h001-twiddler-syndrome.md": {"@"},
    "h011-pph-uterine-atony.md": {"86/50"},
    "h013-crao-stroke-pathway.md": {"6/9"},
    "h015-chronic-digoxin-toxicity.md": {"98/54"},
    "h019-giant-cell-arteritis-ultrasound.md": {"2/52", "6/9"},
    "h024-cochlear-implant-oldest-old.md": {"24/30"},
    "h026-ruptured-aaa-rural.md": {"84/50", "88/54"},
    "h028-attrv-cascade-testing.md": {"32/14"},
    "hc001-guillain-barre-campylobacter.md": {"20/30/40", "3/5", "4/5", "2/5"},
    "hc003-pre-excited-af-wpw.md": {"92/58", "15/15"},
    "hc005-appendicitis-scores-signs.md": {"10/10"},
    "hc008-hodgkin-lymphoma-pet-adapted.md": {"1/3"},
    "hc009-weil-disease-returning-traveller.md": {"96/60"},
    "hc010-wernicke-after-bariatric-surgery.md": {"14/15"},
}
reviewed_skipped = [0]


def check_patterns(path, text, clean):
    """Warn about text outside markers and credit keys that looks like an
    identifier, for review by hand (ratios, scores and doses show up too)."""
    front_end = text.find("\n---\n", 4)
    front = text[4:front_end + 1]
    masked = text
    for _, block in credit_blocks(front):
        masked = masked.replace(block, " " * len(block), 1)
    masked = MARK.sub(lambda m: " " * len(m.group(0)), masked)
    for pat, what in SUSPECT:
        for m in re.finditer(pat, masked):
            if m.group(0) in REVIEWED.get(os.path.basename(path), ()):
                reviewed_skipped[0] += 1
                continue
            line = text.count("\n", 0, m.start()) + 1
            warn(path, f"check {what}: '{m.group(0)}' unmarked (line {line})")


def check_file(path, clean, counts, per_file):
    text = open(path, encoding="utf-8").read()
    name = os.path.basename(path)
    pat = r"hc\d{3}-[a-z0-9-]+\.md" if clean else r"h\d{3}-[a-z0-9-]+\.md"
    if not re.fullmatch(pat, name):
        err(path, "file name does not follow the pattern")
    front, body = split_front(path, text)
    if front is None:
        return
    # malformed markers: brackets left after removing good markers
    rest = MARK.sub("", text)
    if "⟦" in rest or "⟧" in rest:
        err(path, "malformed or nested marker")
    marks = MARK.findall(text)
    if clean and marks:
        err(path, f"clean case contains {len(marks)} marker(s)")
    if not clean and not marks:
        err(path, "case contains no marker")
    for cat, inner in marks:
        if cat not in CATEGORIES:
            err(path, f"unknown category '{cat}' ({inner})")
        if not inner.strip() or inner != inner.strip():
            err(path, f"empty or padded marker text '{inner}'")
        counts[cat] += 1
    per_file[name] = len(marks)
    check_front(path, front, clean)
    stripped_body, _ = strip(body)
    words = len(re.findall(r"\S+", stripped_body))
    if not 300 <= words <= 900:
        warn(path, f"body has {words} words (want 300-900)")
    stripped, spans = strip(text)
    if not clean:
        check_repeats(path, stripped, spans)
    check_patterns(path, text, clean)


def main():
    counts = Counter()
    per_file = {}
    n = {}
    for sub, clean in (("cases", False), ("clean", True)):
        d = os.path.join(HERE, sub)
        files = sorted(f for f in os.listdir(d) if f.endswith(".md"))
        n[sub] = len(files)
        for f in files:
            check_file(os.path.join(d, f), clean, counts, per_file)
    if n["cases"] != N_CASES:
        errors.append(f"ERROR cases/ holds {n['cases']} files, want {N_CASES}")
    if n["clean"] != N_CLEAN:
        errors.append(f"ERROR clean/ holds {n['clean']} files, want {N_CLEAN}")
    total = sum(counts.values())
    for c in CATEGORIES:
        need = MIN_BIG.get(c) or MIN_MID.get(c) or MIN_EACH
        if counts[c] < need:
            errors.append(f"ERROR category {c}: {counts[c]} < {need}")
    if total < MIN_TOTAL:
        errors.append(f"ERROR total identifiers {total} < {MIN_TOTAL}")

    for w in warnings:
        print(w)
    for e in errors:
        print(e)
    print(f"\nfiles: {n['cases']} cases, {n['clean']} clean"
          f" (YAML check: {'PyYAML' if yaml else 'crude'})")
    print("identifiers per category:")
    for c in CATEGORIES:
        print(f"  {c:12s} {counts[c]:4d}")
    print(f"  {'total':12s} {total:4d}")
    print(f"\n{len(errors)} error(s), {len(warnings)} warning(s), "
          f"{reviewed_skipped[0]} hand-reviewed look-alike(s) skipped")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
