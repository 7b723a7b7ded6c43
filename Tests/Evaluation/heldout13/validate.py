#!/usr/bin/env python3
"""Validator for the heldout13 blind evaluation set (prefix w).

Checks:
  * file names follow wNNN-slug.md (cases/) and wcNNN-slug.md (clean/)
  * markers are balanced, well formed, single-line, non-nested, with valid categories
  * clean cases carry no markers
  * no marker sits inside protected front-matter keys (authors, author, published, references)
  * front matter parses as YAML after markers are stripped and has the required keys
  * age markers hold an age over 89
  * simple hygiene heuristics: unmarked repeats of marked names, unmarked copies of marked
    identifiers, unmarked email/url/ip/date-like strings, marked text leaking into file names
  * per-category totals against the brief's minimums
Exit status is non-zero when any error is found.
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
CATS = {"name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
        "email", "id", "vehicle", "device", "url", "ip", "biometric"}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
MIN_TOTAL = 380
MIN_CASES = 30
MIN_CLEAN = 12
MINIMUMS = {"initials": 15, "location": 15, "postal-code": 15, "age": 15, "vehicle": 15,
            "device": 15, "relative": 15, "id": 15, "email": 6, "url": 6, "ip": 6, "phone": 6,
            "name": 40, "date": 40, "biometric": 3}
MARK = re.compile(r"⟦([^|⟦⟧\n]+)\|([^⟦⟧\n]+)⟧")
CASE_NAME = re.compile(r"^w(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
CLEAN_NAME = re.compile(r"^wc(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
STOP = {"the", "and", "mrs", "mr", "ms", "dr", "miss", "van", "der", "de", "la", "le", "st",
        "von", "du", "da", "del", "bin", "al", "ward", "road", "street", "hospital", "clinic"}

errors = []
warnings = []


def err(path, msg):
    errors.append(f"ERROR {os.path.relpath(path, ROOT)}: {msg}")


def warn(path, msg):
    warnings.append(f"warn  {os.path.relpath(path, ROOT)}: {msg}")


def strip(text):
    return MARK.sub(lambda m: m.group(2), text)


def split_front(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with front matter '---'")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, None
    return text[4:end + 1], text[end + 5:]


def protected_lines(front):
    """Yield (key, line) for every line of the front matter, keyed by its top-level key."""
    key = None
    for line in front.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            key = m.group(1)
        yield key, line


def check_markers(path, text):
    found = []
    opens, closes = text.count("⟦"), text.count("⟧")
    if opens != closes:
        err(path, f"unbalanced markers: {opens} opening vs {closes} closing")
    # every opening bracket must start a well-formed marker
    for m in re.finditer("⟦", text):
        mm = MARK.match(text, m.start())
        if not mm:
            line = text.count("\n", 0, m.start()) + 1
            err(path, f"malformed or nested marker at line {line}: {text[m.start():m.start()+60]!r}")
    for mm in MARK.finditer(text):
        cat, val = mm.group(1), mm.group(2)
        line = text.count("\n", 0, mm.start()) + 1
        if cat not in CATS:
            err(path, f"invalid category {cat!r} at line {line}")
        if val != val.strip() or not val.strip():
            err(path, f"marker text has stray whitespace at line {line}: {val!r}")
        if cat == "age":
            nums = re.findall(r"\d+", val)
            worded = re.search(r"ninety|hundred", val, re.I)
            if not worded and (not nums or int(nums[0]) <= 89):
                err(path, f"age marker not over 89 at line {line}: {val!r}")
        found.append((cat, val, mm.start(), line))
    return found


def check_front(path, front, is_clean):
    for key, line in protected_lines(front):
        if key in PROTECTED and ("⟦" in line or "⟧" in line):
            err(path, f"marker inside protected key '{key}': {line.strip()[:80]}")
    if yaml is None:
        warn(path, "PyYAML missing; front matter only checked for keys")
        data = {}
        for key, _ in protected_lines(strip(front)):
            if key:
                data[key] = True
    else:
        try:
            data = yaml.safe_load(strip(front))
        except yaml.YAMLError as e:
            err(path, f"front matter does not parse after stripping markers: {e}")
            return
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return
    for k in REQUIRED:
        if k not in data or data[k] in (None, "", []):
            err(path, f"missing required key {k!r}")
    if yaml is not None:
        if not isinstance(data.get("tags"), list):
            err(path, "tags is not a list")
        pub = data.get("published")
        if pub is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(pub)):
            err(path, f"published not YYYY-MM-DD: {pub!r}")
        if data.get("status") not in (None, "published", "draft"):
            err(path, f"unexpected status {data.get('status')!r}")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img:
                err(path, f"image entry without file: {img!r}")
        for key in ("authors", "references", "system", "modality"):
            if key in data and not isinstance(data[key], list):
                err(path, f"{key} is not a list")


URL_RE = re.compile(r"(?:https?://|www\.)[^\s)>\]\"'`]+", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IP_RE = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
DATE_RE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
DAYMONTH_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTHS})\b|\b(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?\b")
NONID_URL = re.compile(r"doi\.org|pubmed|ncbi\.nlm|nice\.org|who\.int|cdc\.gov|clinicaltrials\.gov|"
                       r"example\.(?:org|com)|nejm|thelancet|bmj\.com|jamanetwork|uptodate", re.I)


# deliberate traps that look like identifiers but are not (rules, versions, scores)
ALLOW = {"3-6-12", "20/30/40"}


def unmarked_text(text):
    """Text with every marker replaced by spaces so that heuristics see only unmarked prose."""
    return MARK.sub(lambda m: " " * len(m.group(0)), text)


def hygiene(path, text, body_start, found, is_clean):
    plain = unmarked_text(text)
    # drop protected front-matter lines from the heuristics (references may hold DOIs/authors)
    front, _ = split_front(path, text)
    prot_spans = []
    if front is not None:
        off = 4
        for key, line in protected_lines(front):
            if key in PROTECTED:
                prot_spans.append((off, off + len(line)))
            off += len(line) + 1
    def in_prot(pos):
        return any(a <= pos < b for a, b in prot_spans)
    for rx, label in ((EMAIL_RE, "email"), (IP_RE, "ip"), (DATE_RE, "date"), (DAYMONTH_RE, "date")):
        for m in rx.finditer(plain):
            if in_prot(m.start()):
                continue
            s = m.group(0)
            if s in ALLOW:
                continue
            if label == "ip" and re.search(r"\d\.\d\.\d\.\d", s) and all(int(p) < 30 for p in s.split(".")):
                # version numbers like 2.4.1.0 are fine in small doses
                warn(path, f"looks like a version, not an ip: {s}")
                continue
            (err if not is_clean or label != "date" else err)(path, f"unmarked {label}-like text: {s!r}")
    for m in URL_RE.finditer(plain):
        if in_prot(m.start()) or NONID_URL.search(m.group(0)):
            continue
        err(path, f"unmarked url-like text: {m.group(0)!r}")
    if is_clean:
        return
    # unmarked repeats of marked names / relatives
    tokens = set()
    for cat, val, _, _ in found:
        if cat in ("name", "relative"):
            for t in re.findall(r"[A-Za-z][A-Za-z'’-]+", val):
                if len(t) >= 3 and t.lower() not in STOP and t[0].isupper():
                    tokens.add(t)
    for t in sorted(tokens):
        for m in re.finditer(rf"(?<![\w-]){re.escape(t)}(?![\w-])", plain):
            if in_prot(m.start()):
                continue
            line = text.count("\n", 0, m.start()) + 1
            err(path, f"unmarked repeat of marked name token {t!r} at line {line}")
    # unmarked copies of distinctive identifiers
    for cat, val, _, _ in found:
        if cat in ("id", "vehicle", "device", "phone", "email", "url", "ip", "postal-code",
                   "biometric", "initials") and len(val) >= 4:
            for m in re.finditer(re.escape(val), plain):
                if in_prot(m.start()):
                    continue
                err(path, f"unmarked copy of {cat} {val!r}")


def main():
    counts = Counter()
    per_file = {}
    month_only = 0
    name_leaks = []
    case_dir, clean_dir = os.path.join(ROOT, "cases"), os.path.join(ROOT, "clean")
    case_files = sorted(f for f in os.listdir(case_dir) if f.endswith(".md"))
    clean_files = sorted(f for f in os.listdir(clean_dir) if f.endswith(".md"))
    for d, files, rx, is_clean in ((case_dir, case_files, CASE_NAME, False),
                                  (clean_dir, clean_files, CLEAN_NAME, True)):
        nums = []
        for f in files:
            path = os.path.join(d, f)
            m = rx.match(f)
            if not m:
                err(path, "bad file name")
            else:
                nums.append(int(m.group(1)))
            text = open(path, encoding="utf-8").read()
            if "\r" in text:
                err(path, "carriage returns present")
            found = check_markers(path, text)
            front, body = split_front(path, text)
            if front is None:
                continue
            check_front(path, front, is_clean)
            if not body.strip():
                err(path, "empty body")
            if is_clean and found:
                err(path, f"clean case carries {len(found)} markers")
            hygiene(path, text, len(front) + 8, found, is_clean)
            c = Counter(cat for cat, *_ in found)
            per_file[f] = c
            counts.update(c)
            slug = f.lower()
            for cat, val, _, _ in found:
                if cat == "date" and re.match(rf"^(?:{MONTHS})\.? \d{{4}}$", val):
                    month_only += 1
                if cat in ("name", "relative", "location", "age"):
                    for t in re.findall(r"[A-Za-z0-9]+", val):
                        if len(t) >= 4 and t.lower() not in STOP and re.search(rf"(?<![a-z0-9]){re.escape(t.lower())}(?![a-z0-9])", slug):
                            name_leaks.append(f"{f}: {cat} token {t!r} in file name")
                        if cat == "age" and re.search(rf"(?<!\d){re.escape(t)}(?!\d)", slug):
                            name_leaks.append(f"{f}: age {t!r} in file name")
            if not is_clean and not found:
                err(path, "identifier case without markers")
        if len(nums) != len(set(nums)):
            errors.append(f"ERROR duplicate numbers in {os.path.basename(d)}")
    for leak in name_leaks:
        errors.append("ERROR " + leak)
    if len(case_files) < MIN_CASES:
        errors.append(f"ERROR only {len(case_files)} case files (need {MIN_CASES})")
    if len(clean_files) < MIN_CLEAN:
        errors.append(f"ERROR only {len(clean_files)} clean files (need {MIN_CLEAN})")
    total = sum(counts.values())
    if total < MIN_TOTAL:
        errors.append(f"ERROR only {total} markers (need {MIN_TOTAL})")
    for cat, n in MINIMUMS.items():
        if counts[cat] < n:
            errors.append(f"ERROR category {cat}: {counts[cat]} < {n}")

    if "-v" in sys.argv:
        for f, c in per_file.items():
            print(f"{f:45s} {sum(c.values()):4d}  " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
        print()
    print(f"case files: {len(case_files)}   clean files: {len(clean_files)}")
    print("per-category counts:")
    for cat in sorted(CATS):
        print(f"  {cat:12s} {counts[cat]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"month-with-year-only dates: {month_only}")
    for w in warnings:
        print(w)
    for e in errors:
        print(e)
    print("RESULT:", "FAIL" if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
