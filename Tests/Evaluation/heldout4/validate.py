#!/usr/bin/env python3
"""Validate the heldout4 privacy evaluation set.

Checks, for every Markdown file in cases/ and clean/:
  * file name pattern (kNNN-slug.md in cases/, kcNNN-slug.md in clean/)
  * front matter present, parses as YAML once markers are stripped
  * required keys and value types (title, summary, tags, authors, published, status ...)
  * markers are well formed and use a known category
  * no marker inside authors / published / references
  * clean/ files contain no marker at all
  * body length (300-900 words, markers stripped)
Warnings (heuristic, to be judged by a human):
  * a marked text (or a word of a marked name) that also occurs unmarked in the same file
  * unmarked text that looks like an e-mail, URL, IP, phone number or day-level date
Prints per-file and per-category counts and checks the set-level quotas.
Exit status 1 if any error is found.
"""
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "k"
CATEGORIES = ["name", "initials", "relative", "date", "age", "location", "postal-code",
              "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"]
QUOTA = {c: 10 for c in CATEGORIES}
QUOTA.update({c: 35 for c in ["name", "date", "location", "id", "phone"]})
QUOTA.update({c: 15 for c in ["initials", "age", "postal-code", "relative", "device"]})
MIN_TOTAL = 350
MIN_CASES, MIN_CLEAN = 30, 12
CREDIT_KEYS = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
            "diagnosis", "certainty", "authors", "published", "status", "references"]

MARK = re.compile(r"⟦([^|⟦⟧]*)\|([^⟦⟧]*)⟧")
MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
          "june|july|august|september|october|november|december|janeiro|fevereiro|março|abril|maio|"
          "junho|julho|agosto|setembro|outubro|novembro|dezembro|januar|februar|märz|mai|juni|juli|"
          "oktober|dezember")
SUSPECT = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")),
    ("url", re.compile(r"(https?://|www\.)\S+")),
    ("ip", re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\b[0-9a-f]{1,4}(:[0-9a-f]{0,4}){3,7}\b", re.I)),
    ("phone", re.compile(r"(\+\d{1,3}[\s-]?)?\(?\d{2,5}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b")),
    ("date", re.compile(r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b\d{1,2}[.-]\d{1,2}[.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
                        r"\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(" + MONTHS + r")\b|"
                        r"\b(" + MONTHS + r")\.?\s+\d{1,2}(st|nd|rd|th)?\b|\d+年\d+月|\d+月\d+日", re.I)),
]


def split_front_matter(text):
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return None, text
    return text[4:end + 1], text[end + 5:]


def strip_markers(s):
    return MARK.sub(lambda m: m.group(2), s)


def blank_markers(s):
    """Replace each marker by spaces so that unmarked text can be searched."""
    return MARK.sub(lambda m: " " * len(m.group(2)), s)


def credit_lines(fm):
    """Yield (key, line) for every front-matter line, tracking the top-level key."""
    key = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            key = m.group(1)
        yield key, line


def main():
    errors, warnings = [], []
    totals = Counter()
    per_file = {}
    n_cases = n_clean = 0
    for sub in ("cases", "clean"):
        folder = os.path.join(HERE, sub)
        pattern = re.compile(r"^%s%s\d{3}-[a-z0-9-]+\.md$" % (PREFIX, "c" if sub == "clean" else ""))
        for fn in sorted(os.listdir(folder)):
            path = os.path.join(folder, fn)
            rel = f"{sub}/{fn}"
            if not fn.endswith(".md"):
                errors.append(f"{rel}: not a Markdown file")
                continue
            if sub == "cases":
                n_cases += 1
            else:
                n_clean += 1
            if not pattern.match(fn):
                errors.append(f"{rel}: file name does not match {pattern.pattern}")
            text = open(path, encoding="utf-8").read()
            fm, body = split_front_matter(text)
            if fm is None:
                errors.append(f"{rel}: no front matter")
                continue
            # marker syntax
            for m in MARK.finditer(text):
                cat, val = m.group(1), m.group(2)
                if cat not in CATEGORIES:
                    errors.append(f"{rel}: unknown category {cat!r} in {m.group(0)!r}")
                if not val.strip() or val != val.strip():
                    errors.append(f"{rel}: empty or padded marker {m.group(0)!r}")
            leftover = MARK.sub("", text)
            if "⟦" in leftover or "⟧" in leftover:
                errors.append(f"{rel}: malformed marker near {leftover[max(0, leftover.find('⟦') - 20):leftover.find('⟦') + 40]!r}")
            # markers in credits
            for key, line in credit_lines(fm):
                if key in CREDIT_KEYS and "⟦" in line:
                    errors.append(f"{rel}: marker inside {key}: {line.strip()}")
            # YAML
            plain_fm = strip_markers(fm)
            data = None
            if yaml is not None:
                try:
                    data = yaml.safe_load(plain_fm)
                except yaml.YAMLError as e:
                    errors.append(f"{rel}: YAML error: {e}")
                if data is not None and not isinstance(data, dict):
                    errors.append(f"{rel}: front matter is not a mapping")
                    data = None
            if data is not None:
                for k in REQUIRED:
                    if k not in data:
                        errors.append(f"{rel}: missing key {k}")
                for k in ("tags", "system", "modality", "authors", "references"):
                    if k in data and not isinstance(data[k], list):
                        errors.append(f"{rel}: {k} should be a list")
                if data.get("status") != "published":
                    errors.append(f"{rel}: status is not published")
                if "published" in data and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data["published"])):
                    errors.append(f"{rel}: published is not YYYY-MM-DD")
                if data.get("sex") not in ("female", "male", "other", "not-stated"):
                    errors.append(f"{rel}: bad sex {data.get('sex')!r}")
                if data.get("certainty") not in ("possible", "probable", "almost-certain", "certain"):
                    errors.append(f"{rel}: bad certainty {data.get('certainty')!r}")
                if "age" in data and not re.match(r"^(\d0s|\d5-\d9|90\+|adult|child|infant|neonate|adolescent|older-adult|teen|newborn)$", str(data["age"])):
                    errors.append(f"{rel}: age {data['age']!r} is not a band")
                for img in data.get("images", []) or []:
                    if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                        errors.append(f"{rel}: image entry needs file and alt")
                for t in data.get("tags", []) or []:
                    if not re.match(r"^[a-z0-9-]+$", str(t)):
                        errors.append(f"{rel}: tag {t!r} is not a slug")
            # words
            words = len(re.findall(r"\S+", strip_markers(body)))
            if not 300 <= words <= 900:
                warnings.append(f"{rel}: body has {words} words (want 300-900)")
            marks = [(m.group(1), m.group(2)) for m in MARK.finditer(text)]
            counts = Counter(c for c, _ in marks)
            per_file[rel] = (sum(counts.values()), words)
            if sub == "clean":
                if marks:
                    errors.append(f"{rel}: clean file holds {len(marks)} marker(s)")
            else:
                totals.update(counts)
                if not marks:
                    errors.append(f"{rel}: case without any marker")
            # heuristic: unmarked repeats of marked text
            scan = "\n".join(line for key, line in credit_lines(fm) if key not in CREDIT_KEYS) + "\n" + body
            unmarked = blank_markers(scan)
            seen = set()
            for cat, val in marks:
                probes = {val}
                if cat in ("name", "relative"):
                    probes |= {w for w in re.split(r"[\s.,]+", val) if len(w) >= 3 and w[0].isupper()}
                for p in probes:
                    if (cat, p) in seen:
                        continue
                    seen.add((cat, p))
                    if re.search(r"(?<![\w])" + re.escape(p) + r"(?![\w])", unmarked):
                        warnings.append(f"{rel}: {cat} text {p!r} also occurs unmarked")
            for kind, rx in SUSPECT:
                for m in rx.finditer(unmarked):
                    warnings.append(f"{rel}: unmarked {kind}-like text {m.group(0)!r}")

    print(f"files: {n_cases} cases, {n_clean} clean")
    print("\nper file (markers, body words):")
    for rel, (n, w) in per_file.items():
        print(f"  {rel:55s} {n:3d} {w:4d}")
    total = sum(totals.values())
    print("\nper category:")
    for c in CATEGORIES:
        flag = "" if totals[c] >= QUOTA[c] else f"   < quota {QUOTA[c]}"
        if totals[c] < QUOTA[c]:
            errors.append(f"category {c}: {totals[c]} < {QUOTA[c]}")
        print(f"  {c:12s} {totals[c]:4d}{flag}")
    print(f"  {'total':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total {total} < {MIN_TOTAL}")
    if n_cases < MIN_CASES:
        errors.append(f"{n_cases} cases < {MIN_CASES}")
    if n_clean < MIN_CLEAN:
        errors.append(f"{n_clean} clean < {MIN_CLEAN}")
    if warnings:
        print(f"\n{len(warnings)} warning(s) (heuristic, check by hand):")
        for w in warnings:
            print("  WARN", w)
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  ERROR", e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
