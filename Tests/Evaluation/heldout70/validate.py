#!/usr/bin/env python3
"""Validate the heldout70 blind evaluation set (prefix "du").

Checks file names and counts, marker syntax, front matter, forbidden
marker locations, clean files, word counts, marked ages, fictional
e-mail/URL domains and the category totals.  Prints counts per category
and per file; exits 0 only when everything passes.

Python 3 standard library; uses PyYAML when it is installed.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "du"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
REQUIRED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
    "diagnosis", "certainty", "authors", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
FORBIDDEN_MARKER_KEYS = ["authors", "author", "published", "references"]
SEX_VALUES = {"female", "male", "other", "not-stated"}
CERTAINTY_VALUES = {"possible", "probable", "almost-certain", "certain"}
AGE_BAND = re.compile(r"^(\d{1,2}0s|\d{1,2}-\d{1,2}|90\+|<1|0-\d+|newborn|infant)$")

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL = re.compile(r"\b(?:https?|ftp)://([^/\s)\]>\"'`⟧|?#]+)", re.I)
WWW = re.compile(r"(?<![/\w.@-])(www\.[A-Za-z0-9\-.]+[A-Za-z0-9])")

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def fictional_domain(host):
    host = host.lower().rstrip(".")
    host = host.split(":")[0]
    if host in ("example.org", "example.com", "example.net"):
        return True
    for suffix in (".example.org", ".example.com", ".example.net"):
        if host.endswith(suffix):
            return True
    tld = host.rsplit(".", 1)[-1]
    return tld in ("test", "invalid", "example", "localhost")


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "does not start with a front matter block")
        return None, None, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter block is not closed")
        return None, None, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    body_start_line = fm.count("\n") + 3
    return fm, body, body_start_line


def check_marker_syntax(path, text):
    """Return list of (category, text, line) for valid markers."""
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER.finditer(line):
            cat, span = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r} in {m.group(0)!r}")
                continue
            if not span.strip():
                err(path, f"line {lineno}: empty marker {m.group(0)!r}")
                continue
            if span != span.strip():
                err(path, f"line {lineno}: marker text has outer whitespace {m.group(0)!r}")
            found.append((cat, span, lineno))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray, nested or multi-line marker bracket: {line.strip()[:120]!r}")
    return found


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def tokenise_markers(text):
    return MARKER.sub(lambda m: "QQMK" + m.group(1).replace("-", "") + "QQ", text)


def minimal_yaml_check(path, fm):
    """Fallback when PyYAML is missing: top-level keys only."""
    keys = OrderedDict()
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m:
            keys[m.group(1)] = m.group(2)
    return keys


def walk_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk_strings(k)
            yield from walk_strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from walk_strings(v)
    elif obj is not None:
        yield str(obj)


def check_front_matter(path, fm):
    plain = strip_markers(fm)
    tokened = tokenise_markers(fm)
    if yaml is None:
        keys = minimal_yaml_check(path, plain)
        for k in ("title", "summary", "tags", "status"):
            if k not in keys:
                err(path, f"front matter lacks {k}")
        # crude forbidden-key check on the raw text
        current = None
        for line in fm.split("\n"):
            m = re.match(r"^([A-Za-z_][\w-]*):", line)
            if m:
                current = m.group(1)
            if current in FORBIDDEN_MARKER_KEYS and MARKER.search(line):
                err(path, f"marker inside {current}")
        return keys
    try:
        data = yaml.safe_load(plain)
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse with markers removed: {e}")
        return None
    try:
        tdata = yaml.safe_load(tokened)
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse with markers tokenised: {e}")
        tdata = None
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return None
    for k in REQUIRED_KEYS:
        if k not in data:
            err(path, f"front matter lacks {k}")
    for k in ("title", "summary"):
        if k in data and (not isinstance(data[k], str) or not data[k].strip()):
            err(path, f"{k} must be a non-empty string")
    if "tags" in data and (not isinstance(data["tags"], list) or not data["tags"]):
        err(path, "tags must be a non-empty list")
    if data.get("status") != "published":
        err(path, "status must be published")
    if "sex" in data and data["sex"] not in SEX_VALUES:
        err(path, f"sex {data['sex']!r} not in {sorted(SEX_VALUES)}")
    if "certainty" in data and data["certainty"] not in CERTAINTY_VALUES:
        err(path, f"certainty {data['certainty']!r} not in {sorted(CERTAINTY_VALUES)}")
    if "age" in data and not AGE_BAND.match(str(data["age"])):
        err(path, f"age {data['age']!r} is not an age band")
    imgs = data.get("images")
    if imgs is not None:
        if not isinstance(imgs, list):
            err(path, "images must be a list")
        else:
            for i, im in enumerate(imgs):
                if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                    err(path, f"images[{i}] needs file and alt")
                    continue
                for a in im.get("annotations", []) or []:
                    if not isinstance(a, dict) or not {"x", "y", "label"} <= set(a):
                        err(path, f"images[{i}] annotation needs x, y, label")
    refs = data.get("references")
    if refs is not None and not isinstance(refs, list):
        err(path, "references must be a list")
    if isinstance(tdata, dict):
        for k in FORBIDDEN_MARKER_KEYS:
            if k in tdata:
                for s in walk_strings(tdata[k]):
                    if "QQMK" in s:
                        err(path, f"marker inside {k}: {s[:80]!r}")
    return data


def word_count(body):
    body = strip_markers(body)
    return len([w for w in re.split(r"\s+", body) if re.search(r"[0-9A-Za-zÀ-ÿ]", w)])


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL.finditer(plain):
        if not fictional_domain(m.group(1)):
            err(path, f"e-mail with non-fictional domain: {m.group(0)}")
    for m in URL.finditer(plain):
        if not fictional_domain(m.group(1)):
            err(path, f"URL with non-fictional domain: {m.group(0)}")
    for m in WWW.finditer(plain):
        if not fictional_domain(m.group(1)):
            err(path, f"web address with non-fictional domain: {m.group(1)}")


def is_wrapped(body):
    lines, fence = [], False
    for l in body.split("\n"):
        if l.startswith("```"):
            fence = not fence
            continue
        if fence or not l.strip() or l.lstrip().startswith("|") or l.startswith("    "):
            continue
        lines.append(l)
    if not lines:
        return False
    long_lines = [l for l in lines if len(l) > 90]
    return len(long_lines) <= max(2, len(lines) // 30)


def main():
    cases_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    case_re = re.compile(rf"^{PREFIX}(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
    clean_re = re.compile(rf"^{PREFIX}c(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")

    per_cat = Counter()
    per_file = OrderedDict()
    wrapped = 0
    total_files = 0

    for folder, rx, expected, is_clean in (
        (cases_dir, case_re, N_CASES, False),
        (clean_dir, clean_re, N_CLEAN, True),
    ):
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        nums = []
        for n in names:
            p = os.path.join(folder, n)
            m = rx.match(n)
            if not m:
                err(p, "file name does not match the required pattern")
                continue
            if "⟦" in n or "⟧" in n:
                err(p, "marker in file name")
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, expected + 1)):
            missing = sorted(set(range(1, expected + 1)) - set(nums))
            extra = sorted(set(nums) - set(range(1, expected + 1)))
            dup = sorted(k for k, v in Counter(nums).items() if v > 1)
            errors.append(f"{os.path.basename(folder)}: expected {PREFIX}{'c' if is_clean else ''}001..{expected:03d};"
                          f" missing {missing} extra {extra} duplicated {dup}")
        for n in names:
            if not rx.match(n):
                continue
            p = os.path.join(folder, n)
            total_files += 1
            with open(p, encoding="utf-8") as fh:
                text = fh.read()
            markers = check_marker_syntax(p, text)
            fm, body, _ = split_front_matter(p, text)
            if fm is None:
                continue
            check_front_matter(p, fm)
            wc = word_count(body)
            if not (MIN_WORDS <= wc <= MAX_WORDS):
                err(p, f"body has {wc} words (needs {MIN_WORDS}-{MAX_WORDS})")
            check_domains(p, text)
            if is_wrapped(body):
                wrapped += 1
            c = Counter(cat for cat, _, _ in markers)
            if is_clean:
                if markers:
                    err(p, f"clean file contains {len(markers)} markers")
            else:
                if not markers:
                    err(p, "case file contains no markers")
                for cat, span, line in markers:
                    if cat == "age":
                        nums_in = [int(x) for x in re.findall(r"\d+", span)]
                        if not nums_in or max(nums_in) < 90:
                            err(p, f"line {line}: age marker {span!r} is not an age of 90 or more")
                per_cat.update(c)
            per_file[os.path.relpath(p, HERE)] = (wc, sum(c.values()), c, is_wrapped(body))

    total = sum(per_cat.values())
    if total < MIN_MARKERS:
        errors.append(f"only {total} markers in cases (need {MIN_MARKERS})")
    for cat in CATEGORIES:
        if per_cat[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat}: only {per_cat[cat]} markers (need {MIN_PER_CATEGORY})")
    if total_files and not (total_files / 4 <= wrapped <= total_files / 2):
        warnings.append(f"{wrapped} of {total_files} files hard-wrapped (aim for about a third)")

    print("Markers per category (cases):")
    for cat in CATEGORIES:
        print(f"  {cat:12s} {per_cat[cat]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print()
    print("Per file (words, markers, wrapped):")
    for f, (wc, n, c, w) in per_file.items():
        detail = ", ".join(f"{k}:{v}" for k, v in sorted(c.items()))
        print(f"  {f:55s} {wc:5d} words {n:4d} markers {'wrapped' if w else '       '}  {detail}")
    print()
    print(f"Hard-wrapped files: {wrapped} of {total_files}")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        print()
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
