#!/usr/bin/env python3
"""Validator for the heldout15 blind evaluation set (prefix y).

Checks:
  * file names: cases/yNNN-slug.md, clean/ycNNN-slug.md, slugs lowercase, no digits-runs
  * markers ⟦category|text⟧ balanced, well formed, not nested, known category, non-empty text
  * clean cases contain no markers
  * no marker inside protected front-matter keys (authors, author, published, references)
  * front matter parses (YAML) after markers are stripped; required keys present
  * every marked name/relative/initials string (and each name token) is marked wherever it recurs
  * residual unmarked text has no obvious identifier patterns (emails, IPv4, dd/mm/yyyy dates,
    phone-like runs, non-reference URLs)
  * per-category totals and minima
Usage: python3 validate.py
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
CATS = ["name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
        "email", "id", "vehicle", "device", "url", "ip", "biometric"]
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
MARK_RE = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧]*)⟧")
MINIMA = {"vehicle": 8, "device": 8, "url": 8, "ip": 8, "email": 8, "biometric": 8,
          "initials": 15, "age": 12}
MIN_TOTAL = 380
MIN_CASES = 30
MIN_CLEAN = 12
REF_URL_OK = re.compile(r"(doi\.org|pubmed|ncbi\.nlm|nice\.org\.uk|who\.int|cdc\.gov|"
                        r"clinicaltrials\.gov|sign\.ac\.uk|nhs\.uk/conditions|fda\.gov|"
                        r"tga\.gov\.au|hpra\.ie|example\.org/ref)", re.I)

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


def blank_markers(text):
    # replace each marker with spaces of same visible length so residual scans ignore marked text
    return MARK_RE.sub(lambda m: " " * len(m.group(2)), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "no front matter opening '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "no front matter closing '---'")
        return None, text
    return text[4:end + 1], text[end + 5:]


def check_markers(path, text):
    found = []
    # balance / nesting
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1:
                err(path, f"nested marker near offset {i}: {text[max(0,i-30):i+30]!r}")
                depth = 1
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                err(path, f"stray closing marker near offset {i}: {text[max(0,i-30):i+30]!r}")
                depth = 0
    if depth != 0:
        err(path, "unbalanced markers")
    for m in MARK_RE.finditer(text):
        cat, val = m.group(1), m.group(2)
        if cat not in CATS:
            err(path, f"unknown category {cat!r} in {m.group(0)!r}")
        if not val.strip():
            err(path, f"empty marker text {m.group(0)!r}")
        if val != val.strip():
            err(path, f"marker text has leading/trailing space {m.group(0)!r}")
        found.append((cat, val))
    leftovers = MARK_RE.sub("", text)
    if "⟦" in leftovers or "⟧" in leftovers:
        err(path, "malformed marker (missing '|' or bad nesting)")
    return found


def protected_blocks(fm):
    """Yield (key, block_text) for top-level keys of the raw front matter."""
    blocks = []
    cur_key, cur = None, []
    for line in fm.splitlines(True):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            if cur_key is not None:
                blocks.append((cur_key, "".join(cur)))
            cur_key, cur = m.group(1), [line]
        else:
            cur.append(line)
    if cur_key is not None:
        blocks.append((cur_key, "".join(cur)))
    return blocks


def check_front_matter(path, fm):
    for key, block in protected_blocks(fm):
        if key in PROTECTED and ("⟦" in block or "⟧" in block):
            err(path, f"marker inside protected key {key!r}")
    clean_fm = strip_markers(fm)
    if yaml is None:
        for key in REQUIRED:
            if not re.search(rf"^{key}:", clean_fm, re.M):
                err(path, f"missing required key {key!r}")
        return
    try:
        data = yaml.safe_load(clean_fm)
    except Exception as e:  # noqa
        err(path, f"front matter does not parse: {e}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for key in REQUIRED:
        if key not in data or data[key] in (None, "", []):
            err(path, f"missing required key {key!r}")
    if "tags" in data and not isinstance(data["tags"], list):
        err(path, "tags must be a list")
    for k in ("system", "modality", "authors", "references"):
        if k in data and not isinstance(data[k], list):
            err(path, f"{k} must be a list")
    if "published" in data:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
            err(path, "published must be YYYY-MM-DD")
    if data.get("status") not in (None, "published", "draft"):
        err(path, f"odd status {data.get('status')!r}")
    if "images" in data:
        if not isinstance(data["images"], list):
            err(path, "images must be a list")
        else:
            for im in data["images"]:
                if not isinstance(im, dict) or "file" not in im:
                    err(path, f"bad image entry {im!r}")


NAME_STOP = {"Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Sister", "Nurse", "The", "And", "Van", "De",
             "Von", "Le", "La", "St", "Mc", "Mac", "Da", "Du", "Jr", "Sr"}


def check_repeats(path, text, found):
    """Every marked name/relative/initials string must be marked wherever it reappears."""
    residual = blank_markers(text)
    # drop protected front matter blocks from the residual (authors may legitimately repeat names)
    fm, _ = (text[4:text.find("\n---\n", 4) + 1], None) if text.startswith("---\n") else ("", None)
    for key, block in protected_blocks(fm):
        if key in PROTECTED:
            residual = residual.replace(blank_markers(block), " " * len(block), 1)
    targets = set()
    for cat, val in found:
        if cat in ("name", "relative", "initials"):
            targets.add(val)
            if cat in ("name", "relative"):
                for tok in re.split(r"[\s,]+", val):
                    tok = tok.strip(".'’()\"")
                    if len(tok) >= 3 and tok[0].isupper() and tok not in NAME_STOP:
                        targets.add(tok)
        elif cat in ("email", "phone", "id", "vehicle", "device", "ip", "url", "biometric", "location",
                     "postal-code"):
            if len(val) >= 5:
                targets.add(val)
    for t in sorted(targets):
        if len(t) < 2:
            continue
        pat = re.compile(r"(?<![\w])" + re.escape(t) + r"(?![\w])")
        for m in pat.finditer(residual):
            ctx = residual[max(0, m.start() - 40):m.end() + 40].replace("\n", " ")
            err(path, f"unmarked repeat of {t!r}: …{ctx}…")


RESIDUAL_PATTERNS = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")),
    ("ipv4", re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")),
    ("date-numeric", re.compile(r"(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\w/.-])")),
    ("date-iso", re.compile(r"(?<![\w-])(?:19|20)\d{2}-\d{2}-\d{2}(?![\w-])")),
    ("date-words", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? \d{4}\b")),
    ("date-words-us", re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?\b")),
    ("phone", re.compile(r"(?<![\w.])(?:\+\d{1,3}[ -]?)?(?:\(\d{2,5}\)[ -]?)?\d{3,5}[ -]\d{3,4}[ -]?\d{0,4}(?![\w.])")),
    ("url", re.compile(r"(?:https?://|www\.)[^\s)>\]]+")),
]


def check_residual(path, text, is_clean):
    residual = blank_markers(text)
    fm_end = residual.find("\n---\n", 4) if residual.startswith("---\n") else -1
    # skip published/references lines: they are allowed to carry dates/urls
    lines = residual.splitlines()
    in_refs = False
    out = []
    for i, line in enumerate(lines):
        if re.match(r"^[A-Za-z_][\w-]*:", line):
            in_refs = line.startswith("references:") or line.startswith("authors:")
        if line.startswith("published:") or (in_refs and (fm_end < 0 or sum(len(l) + 1 for l in lines[:i]) < fm_end)):
            out.append("")
            continue
        out.append(line)
    body = "\n".join(out)
    for label, pat in RESIDUAL_PATTERNS:
        for m in pat.finditer(body):
            s = m.group(0)
            if label == "url" and REF_URL_OK.search(s):
                continue
            if label == "phone":
                digits = re.sub(r"\D", "", s)
                if len(digits) < 9:
                    continue
            ctx = body[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
            err(path, f"unmarked {label}-like text {s!r}: …{ctx}…")


def main():
    counts = Counter()
    per_file = {}
    n_cases = n_clean = 0
    for sub, pat in (("cases", r"^y\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$"),
                     ("clean", r"^yc\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")):
        d = os.path.join(ROOT, sub)
        for fn in sorted(os.listdir(d)):
            path = os.path.join(d, fn)
            if not re.match(pat, fn):
                err(path, "bad file name")
            if "⟦" in fn or "⟧" in fn:
                err(path, "marker in file name")
            with open(path, encoding="utf-8") as f:
                text = f.read()
            fm, body = split_front_matter(path, text)
            found = check_markers(path, text)
            if fm is not None:
                check_front_matter(path, fm)
            if sub == "clean":
                n_clean += 1
                if found or "⟦" in text or "⟧" in text:
                    err(path, "clean case contains markers")
                check_residual(path, text, True)
            else:
                n_cases += 1
                if not found:
                    err(path, "identifier case has no markers")
                check_repeats(path, text, found)
                check_residual(path, text, False)
                c = Counter(cat for cat, _ in found)
                per_file[fn] = sum(c.values())
                counts.update(c)
    total = sum(counts.values())
    if n_cases < MIN_CASES:
        errors.append(f"only {n_cases} identifier cases (< {MIN_CASES})")
    if n_clean < MIN_CLEAN:
        errors.append(f"only {n_clean} clean cases (< {MIN_CLEAN})")
    if total < MIN_TOTAL:
        errors.append(f"only {total} markers (< {MIN_TOTAL})")
    for cat in CATS:
        if counts[cat] == 0:
            errors.append(f"category {cat} absent")
    for cat, mn in MINIMA.items():
        if counts[cat] < mn:
            errors.append(f"category {cat}: {counts[cat]} < {mn}")
    print(f"identifier cases: {n_cases}   clean cases: {n_clean}")
    print("markers per file:", ", ".join(f"{k[:4]}={v}" for k, v in per_file.items()))
    print("per-category counts:")
    for cat in CATS:
        print(f"  {cat:12s} {counts[cat]}")
    print(f"  {'TOTAL':12s} {total}")
    if warnings:
        print("\nWARNINGS:")
        for w in warnings:
            print("  " + w)
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
