#!/usr/bin/env python3
"""Validate the heldout71 blind evaluation set for casebook's privacy rules.

Checks:
  * file names and counts (cases/dv001..dv030, clean/dvc001..dvc012, slugs
    lowercase with hyphens, no marked identifier in a file name);
  * marker syntax: ⟦category|text⟧ with a known category, on one line, never
    nested, no stray brackets;
  * front matter parses with the markers removed and has title, summary,
    tags (non-empty list) and status; the other expected keys are present;
  * no markers in authors / author / published / references;
  * no markers at all in clean files;
  * body word counts between 500 and 1500;
  * every marked age is 90 or more;
  * every e-mail address and URL uses a fictional domain;
  * every marked identifier that reappears in the same file is marked there too;
  * totals: at least 400 markers in the cases and at least 10 per category;
  * roughly a third of the files hard-wrapped at ~80 columns.

Prints counts per category and per file; exits 0 when everything passes.
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
PREFIX = "dv"
N_CASES = 30
N_CLEAN = 12
MIN_MARKERS = 400
MIN_PER_CATEGORY = 10
MIN_WORDS, MAX_WORDS = 500, 1500

CATEGORIES = [
    "name", "initials", "relative", "date", "age", "location", "postal-code",
    "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric",
]
EXPECTED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age",
    "sex", "diagnosis", "certainty", "published", "status", "license",
    "consent", "quiz", "images", "references",
]
NO_MARKER_KEYS = ["authors", "author", "published", "references"]

OPEN, CLOSE = "\u27e6", "\u27e7"
MARKER_RE = re.compile(OPEN + r"([^" + OPEN + CLOSE + r"|\n]*)\|([^" + OPEN + CLOSE + r"\n]*)" + CLOSE)

FICTIONAL_SUFFIXES = (".test", ".invalid", ".example")
FICTIONAL_DOMAINS = ("example.org", "example.com", "example.net")

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:(?:https?|ftp)://|www\.)([A-Za-z0-9.-]+)", re.I)

errors = []


def err(path, msg):
    errors.append("%s: %s" % (os.path.relpath(path, HERE), msg))


def fictional(host):
    host = host.lower().rstrip(".")
    if host.endswith(FICTIONAL_SUFFIXES):
        return True
    for d in FICTIONAL_DOMAINS:
        if host == d or host.endswith("." + d):
            return True
    return False


# ---------------------------------------------------------------- numbers
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
       "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
       "eleventh": 11, "twelfth": 12, "hundredth": 100, "ninetieth": 90, "cent": 100, "hundertste": 100, "neunzig": 90}


def words_to_number(text):
    """Return the largest number spelled out in text (English), or None."""
    toks = re.findall(r"[a-z]+", text.lower())
    best, cur, seen = None, 0, False
    for t in toks:
        if t in UNITS:
            cur += UNITS[t]; seen = True
        elif t in TENS:
            cur += TENS[t]; seen = True
        elif t in ORD:
            v = ORD[t]
            if v == 100:
                cur = (cur or 1) * 100
            else:
                cur += v
            seen = True
        elif t == "hundred":
            cur = (cur or 1) * 100; seen = True
        elif t in ("a", "and") and seen or t == "a":
            continue
        else:
            if seen:
                best = cur if best is None else max(best, cur)
            cur, seen = 0, False
    if seen:
        best = cur if best is None else max(best, cur)
    return best


def age_value(text):
    nums = [int(n) for n in re.findall(r"\d+", text)]
    if nums:
        return max(nums)
    return words_to_number(text)


# ---------------------------------------------------------------- parsing
def scan_markers(path, text, line_offset=0):
    """Return list of (category, text, line) and record syntax errors."""
    found = []
    for ln, line in enumerate(text.split("\n"), start=1 + line_offset):
        i = 0
        while i < len(line):
            ch = line[i]
            if ch == CLOSE:
                err(path, "line %d: stray %s" % (ln, CLOSE))
                i += 1
                continue
            if ch != OPEN:
                i += 1
                continue
            j = line.find(CLOSE, i + 1)
            nxt = line.find(OPEN, i + 1)
            if j < 0:
                err(path, "line %d: marker not closed on its line" % ln)
                break
            if 0 <= nxt < j:
                err(path, "line %d: nested or unclosed marker" % ln)
                i = nxt
                continue
            inner = line[i + 1:j]
            if "|" not in inner:
                err(path, "line %d: marker without category: %r" % (ln, inner))
            else:
                cat, _, val = inner.partition("|")
                if cat not in CATEGORIES:
                    err(path, "line %d: unknown category %r" % (ln, cat))
                if not val.strip():
                    err(path, "line %d: empty marker text" % ln)
                elif val != val.strip():
                    err(path, "line %d: marker text has outer spaces: %r" % (ln, val))
                found.append((cat, val, ln))
            i = j + 1
    return found


def strip_markers(text):
    return MARKER_RE.sub(lambda m: m.group(2), text)


def split_front_matter(path, raw):
    if not raw.startswith("---\n"):
        err(path, "does not start with front matter '---'")
        return None, raw, 0
    end = raw.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, raw, 0
    fm = raw[4:end + 1]
    body = raw[end + 5:]
    fm_lines = raw[:end + 5].count("\n")
    return fm, body, fm_lines


def walk_strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for k, x in v.items():
            yield str(k)
            for s in walk_strings(x):
                yield s
    elif isinstance(v, (list, tuple)):
        for x in v:
            for s in walk_strings(x):
                yield s
    elif v is not None:
        yield str(v)


def check_front_matter(path, fm):
    stripped = strip_markers(fm)
    data = None
    if yaml is not None:
        try:
            data = yaml.safe_load(stripped)
        except yaml.YAMLError as e:
            err(path, "front matter does not parse: %s" % str(e).replace("\n", " "))
            return None
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return None
        for k in ("title", "summary", "status"):
            if not isinstance(data.get(k), str) or not data.get(k).strip():
                err(path, "front matter key %r missing or empty" % k)
        tags = data.get("tags")
        if not isinstance(tags, list) or not tags:
            err(path, "tags must be a non-empty list")
        for k in EXPECTED_KEYS:
            if k not in data:
                err(path, "front matter key %r missing" % k)
        if "authors" not in data and "author" not in data:
            err(path, "front matter has no authors")
        age = str(data.get("age", ""))
        if age and not re.fullmatch(r"\d{1,2}-\d{1,2}|\d0s|90\+|unknown|not-stated", age):
            err(path, "age %r is not an age band" % age)
        imgs = data.get("images")
        if imgs is not None:
            if not isinstance(imgs, list):
                err(path, "images must be a list")
            else:
                for im in imgs:
                    if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                        err(path, "each image needs file and alt")
        refs = data.get("references")
        if refs is not None and not isinstance(refs, list):
            err(path, "references must be a list")
        # markers in forbidden keys: parse again with placeholders
        counter = [0]

        def ph(m):
            counter[0] += 1
            return "ZZMARK%dZZ" % counter[0]
        try:
            data2 = yaml.safe_load(MARKER_RE.sub(ph, fm))
        except yaml.YAMLError:
            data2 = None
        if isinstance(data2, dict):
            for k in NO_MARKER_KEYS:
                if any("ZZMARK" in s for s in walk_strings(data2.get(k))):
                    err(path, "marker inside front matter key %r" % k)
    else:
        for k in ("title", "summary", "tags", "status"):
            if not re.search(r"^%s:" % k, stripped, re.M):
                err(path, "front matter key %r missing" % k)
    # line-based check as well (works without PyYAML)
    cur = None
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            cur = m.group(1)
        if cur in NO_MARKER_KEYS and OPEN in line:
            err(path, "marker inside front matter key %r (line text: %s)" % (cur, line.strip()[:60]))
    return data


def body_words(body):
    text = strip_markers(body)
    text = re.sub(r"<!--.*?-->", lambda m: m.group(0)[4:-3], text, flags=re.S)
    return len([w for w in re.findall(r"\S+", text) if re.search(r"[A-Za-z0-9]", w)])


def is_wrapped(body):
    lines = body.split("\n")
    prose, long_ = 0, 0
    in_code = False
    for ln in lines:
        if ln.startswith("```"):
            in_code = not in_code
            continue
        if in_code or ln.lstrip().startswith("|") or not ln.strip():
            continue
        prose += 1
        if len(ln) > 82:
            long_ += 1
    return prose > 0 and long_ <= max(1, prose // 25)


def check_unmarked_repeats(path, raw, markers):
    """A marked identifier that appears elsewhere in the file unmarked."""
    fm, body, _ = split_front_matter(path, raw)
    # remove protected front matter keys from the search text
    text = raw
    if fm is not None:
        keep, cur = [], None
        for line in fm.split("\n"):
            m = re.match(r"^([A-Za-z_][\w-]*):", line)
            if m:
                cur = m.group(1)
            if cur not in NO_MARKER_KEYS:
                keep.append(line)
        text = "\n".join(keep) + "\n" + body
    masked = MARKER_RE.sub(" \u2588 ", text)
    seen = set()
    for cat, val, ln in markers:
        if cat in ("age", "date", "initials"):
            continue
        key = val.lower()
        if key in seen or len(re.sub(r"\W", "", val)) < 3:
            continue
        seen.add(key)
        pat = r"(?<![\w])" + re.escape(val) + r"(?![\w])"
        for m in re.finditer(pat, masked, re.I):
            lno = masked[:m.start()].count("\n") + 1
            err(path, "marked identifier %r (%s) appears unmarked (approx. line %d)" % (val, cat, lno))
            break


def check_domains(path, raw, markers):
    text = strip_markers(raw)
    for m in EMAIL_RE.finditer(text):
        if not fictional(m.group(1)):
            err(path, "e-mail with a non-fictional domain: %s" % m.group(0))
    for m in URL_RE.finditer(text):
        host = m.group(1)
        if not fictional(host):
            err(path, "URL with a non-fictional domain: %s" % m.group(0))
    for cat, val, ln in markers:
        if cat == "email" and not EMAIL_RE.search(val):
            err(path, "line %d: email marker is not an e-mail address: %r" % (ln, val))
        if cat == "url" and not (URL_RE.search(val) or re.search(r"[a-z0-9-]+\.(test|invalid|example|example\.org|example\.com)(/|$)", val, re.I)):
            err(path, "line %d: url marker does not look like a URL: %r" % (ln, val))


def main():
    cases_dir = os.path.join(HERE, "cases")
    clean_dir = os.path.join(HERE, "clean")
    per_cat = Counter()
    per_file = OrderedDict()
    wrapped = []
    all_marker_texts = []

    groups = [
        (cases_dir, re.compile(r"^%s(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX), N_CASES, False),
        (clean_dir, re.compile(r"^%sc(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX), N_CLEAN, True),
    ]
    files = []
    for d, pat, n, is_clean in groups:
        if not os.path.isdir(d):
            err(d, "folder missing")
            continue
        names = sorted(os.listdir(d))
        nums = []
        for nm in names:
            m = pat.match(nm)
            if not m:
                err(os.path.join(d, nm), "bad file name")
                continue
            nums.append(int(m.group(1)))
            files.append((os.path.join(d, nm), is_clean))
        if sorted(nums) != list(range(1, n + 1)):
            err(d, "expected numbers 1..%d exactly once, got %s" % (n, sorted(nums)))

    for path, is_clean in files:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        if "\r" in raw:
            err(path, "CR characters found")
        markers = scan_markers(path, raw)
        fm, body, fm_lines = split_front_matter(path, raw)
        if fm is not None:
            check_front_matter(path, fm)
        words = body_words(body)
        if not (MIN_WORDS <= words <= MAX_WORDS):
            err(path, "body has %d words (want %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
        if is_wrapped(body):
            wrapped.append(os.path.basename(path))
        check_domains(path, raw, markers)
        if is_clean:
            if markers or OPEN in raw or CLOSE in raw:
                err(path, "clean file contains markers")
        else:
            if not markers:
                err(path, "case file has no markers")
            for cat, val, ln in markers:
                per_cat[cat] += 1
                all_marker_texts.append((cat, val))
                if cat == "age":
                    v = age_value(val)
                    if v is None:
                        err(path, "line %d: cannot read age from %r" % (ln, val))
                    elif v < 90:
                        err(path, "line %d: marked age %r is under 90" % (ln, val))
            check_unmarked_repeats(path, raw, markers)
        per_file[os.path.relpath(path, HERE)] = (len(markers), words)

    # no identifier in a file name
    for path, _ in files:
        slug = os.path.basename(path)[:-3].lower()
        for cat, val in all_marker_texts:
            s = re.sub(r"[^a-z0-9]+", "-", val.lower()).strip("-")
            if len(s) >= 4 and re.search(r"(^|-)" + re.escape(s) + r"($|-)", slug):
                err(path, "file name contains marked identifier %r (%s)" % (val, cat))
            if cat in ("name", "relative"):
                for tok in re.findall(r"[a-z]{5,}", val.lower()):
                    if tok in ("house", "court", "nursing", "hospice", "centre", "center",
                               "hospital", "street", "close", "grange", "manor", "lodge",
                               "lane", "road", "ward", "unit", "suite", "place", "gardens",
                               "avenue", "drive", "terrace", "church", "funeral", "directors",
                               "sons", "community", "health", "palliative", "residential",
                               "aged", "care", "home", "general", "district", "medical",
                               "practice", "surgery", "clinic", "village", "memorial"):
                        continue
                    if re.search(r"(^|-)" + tok + r"($|-)", slug):
                        err(path, "file name contains %r from marked %s %r" % (tok, cat, val))

    total = sum(per_cat.values())
    if total < MIN_MARKERS:
        err(HERE, "only %d markers in cases (need %d)" % (total, MIN_MARKERS))
    for c in CATEGORIES:
        if per_cat[c] < MIN_PER_CATEGORY:
            err(HERE, "category %s has %d markers (need %d)" % (c, per_cat[c], MIN_PER_CATEGORY))
    n_files = len(files)
    if n_files and not (n_files // 4 <= len(wrapped) <= n_files // 2):
        err(HERE, "%d of %d files hard-wrapped (want about a third)" % (len(wrapped), n_files))

    print("Markers per category (cases):")
    for c in CATEGORIES:
        print("  %-12s %4d" % (c, per_cat[c]))
    print("  %-12s %4d" % ("TOTAL", total))
    print()
    print("Per file (markers, body words):")
    for f, (n, w) in per_file.items():
        print("  %-55s %4d %5d%s" % (f, n, w, "  wrapped" if os.path.basename(f) in wrapped else ""))
    print()
    print("Hard-wrapped files: %d of %d" % (len(wrapped), n_files))
    if yaml is None:
        print("(PyYAML not installed: front matter checked line by line only)")
    if errors:
        print()
        print("%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
