#!/usr/bin/env python3
"""Self-check for the heldout14 blind evaluation set.

Checks: marker syntax/balance, valid categories, clean files unmarked,
no markers in protected front-matter keys, front matter parses after
markers are stripped, required keys present, file naming, totals and
per-category minimums.  Also emits warnings for unmarked repeats of
marked strings and for unmarked date / long-number / old-age patterns.
Prints per-category counts.
"""
import os, re, sys, collections

try:
    import yaml
except ImportError:  # optional
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "x"
CATS = ["name", "initials", "relative", "date", "age", "location",
        "postal-code", "phone", "email", "id", "vehicle", "device",
        "url", "ip", "biometric"]
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
MINIMUMS = {"vehicle": 8, "device": 8, "url": 8, "ip": 8, "email": 8,
            "biometric": 8, "initials": 15, "age": 12}
N_CASES, N_CLEAN, MIN_TOTAL = 30, 12, 380

MARK = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧]*)⟧")
MONTHS = ("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|"
          "March|April|June|July|August|September|October|November|December")
DATE_PATTERNS = [
    re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:%s)\b" % MONTHS),
    re.compile(r"\b(?:%s)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:mg|mL|ml|kg|%%|mmol))" % MONTHS),
]
OLD_AGE = re.compile(r"\b(9\d|1[01]\d)[- ](?:year|yr)s?[- ]old\b|\baged\s+(9\d|1[01]\d)\b", re.I)
LONG_NUM = re.compile(r"\b\d[\d \-]{8,}\d\b")

errors, warnings = [], []
counts = collections.Counter()
per_file = {}


def err(f, m):
    errors.append(f"{f}: {m}")


def warn(f, m):
    warnings.append(f"{f}: {m}")


def strip(text):
    return MARK.sub(lambda m: m.group(2), text)


def mask(text):
    """Replace markers by same-length filler so unmarked text can be searched."""
    return MARK.sub(lambda m: "\x00" * len(m.group(0)), text)


def split_fm(f, text):
    if not text.startswith("---\n"):
        err(f, "no front matter opening ---")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(f, "no front matter closing ---")
        return None, text
    return text[4:end + 1], text[end + 5:]


def protected_blocks(fm):
    """Return list of (key, text) for top-level keys in the raw front matter."""
    blocks, cur, buf = [], None, []
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            if cur is not None:
                blocks.append((cur, "\n".join(buf)))
            cur, buf = m.group(1), [line]
        else:
            buf.append(line)
    if cur is not None:
        blocks.append((cur, "\n".join(buf)))
    return blocks


def check_file(path, clean):
    f = os.path.relpath(path, HERE)
    base = os.path.basename(path)
    pat = rf"^{PREFIX}c\d{{3}}-[a-z0-9-]+\.md$" if clean else rf"^{PREFIX}\d{{3}}-[a-z0-9-]+\.md$"
    if not re.match(pat, base):
        err(f, "bad file name")
    text = open(path, encoding="utf-8").read()
    if "\t" in text:
        warn(f, "contains tab characters")
    marks = list(MARK.finditer(text))
    leftover = MARK.sub("", text)
    if "⟦" in leftover or "⟧" in leftover:
        err(f, "unbalanced or malformed marker bracket")
    fcount = collections.Counter()
    for m in marks:
        cat, val = m.group(1), m.group(2)
        if cat not in CATS:
            err(f, f"invalid category {cat!r}")
        if not val.strip():
            err(f, "empty marker text")
        elif val != val.strip():
            err(f, f"marker text has outer whitespace: {val!r}")
        if "\n" in val:
            err(f, f"newline inside marker: {val!r}")
        if "|" in val:
            err(f, f"pipe inside marker text: {val!r}")
        fcount[cat] += 1
    if clean and marks:
        err(f, f"clean case has {len(marks)} markers")
    if not clean and not marks:
        err(f, "identifier case has no markers")
    per_file[f] = fcount
    counts.update(fcount)

    fm, body = split_fm(f, text)
    if fm is None:
        return
    for key, block in protected_blocks(fm):
        if key in PROTECTED and MARK.search(block):
            err(f, f"marker inside protected key {key!r}")
    stripped_fm = strip(fm)
    if yaml is not None:
        try:
            data = yaml.safe_load(stripped_fm)
        except Exception as e:  # noqa
            err(f, f"front matter does not parse after stripping: {e}")
            return
        try:
            yaml.safe_load(fm)
        except Exception as e:  # noqa
            warn(f, f"front matter does not parse with markers in place: {e}")
        if not isinstance(data, dict):
            err(f, "front matter is not a mapping")
            return
        for k in REQUIRED:
            if k not in data or data[k] in (None, "", []):
                err(f, f"missing required key {k}")
        if not isinstance(data.get("tags"), list):
            err(f, "tags must be a list")
        for k in ("system", "modality", "authors", "references"):
            if k in data and not isinstance(data[k], list):
                err(f, f"{k} must be a list")
        if "published" in data and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data["published"])):
            err(f, "published must be YYYY-MM-DD")
        if data.get("status") not in (None, "published"):
            err(f, "status must be published")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
                err(f, f"image entry needs file/alt/caption: {img}")
    else:
        for k in REQUIRED:
            if not re.search(rf"^{k}:", stripped_fm, re.M):
                err(f, f"missing required key {k}")

    # heuristics on unmarked text (front matter excluding protected keys + body)
    open_fm = "\n".join(b for k, b in protected_blocks(fm) if k not in PROTECTED)
    scan = mask(open_fm) + "\n" + mask(body)
    for p in DATE_PATTERNS:
        for m in p.finditer(scan):
            (err if clean else warn)(f, f"unmarked date-like text {m.group(0)!r}")
    for m in OLD_AGE.finditer(scan):
        (err if clean else warn)(f, f"unmarked age over 89 {m.group(0)!r}")
    for m in LONG_NUM.finditer(scan):
        warn(f, f"unmarked long number {m.group(0)!r}")
    for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", scan):
        (err if clean else warn)(f, f"unmarked email-like text {m.group(0)!r}")
    for m in re.finditer(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", scan):
        (err if clean else warn)(f, f"unmarked IPv4-like text {m.group(0)!r}")
    # unmarked repeats of marked strings / name tokens
    seen = set()
    for m in marks:
        cat, val = m.group(1), m.group(2)
        cands = {val}
        if cat in ("name", "relative"):
            for tok in re.findall(r"[A-Za-z][A-Za-z'\-]+", val):
                if len(tok) >= 3 and tok.lower() not in {"the", "van", "der", "von", "mrs", "miss", "baby", "and"}:
                    cands.add(tok)
        for c in cands:
            if (c, cat) in seen or len(c) < 3:
                continue
            seen.add((c, cat))
            rx = re.compile(r"(?<![\w])" + re.escape(c) + r"(?![\w])")
            for hit in rx.finditer(scan):
                ctx = scan[max(0, hit.start() - 30):hit.end() + 30].replace("\n", " ").replace("\x00", "")
                warn(f, f"unmarked repeat of {cat} {c!r}: ...{ctx}...")


def main():
    case_dir, clean_dir = os.path.join(HERE, "cases"), os.path.join(HERE, "clean")
    cases = sorted(p for p in os.listdir(case_dir) if p.endswith(".md"))
    cleans = sorted(p for p in os.listdir(clean_dir) if p.endswith(".md"))
    for p in cases:
        check_file(os.path.join(case_dir, p), clean=False)
    for p in cleans:
        check_file(os.path.join(clean_dir, p), clean=True)
    if len(cases) != N_CASES:
        errors.append(f"expected {N_CASES} cases, found {len(cases)}")
    if len(cleans) != N_CLEAN:
        errors.append(f"expected {N_CLEAN} clean cases, found {len(cleans)}")
    nums = [int(p[len(PREFIX):len(PREFIX) + 3]) for p in cases]
    if len(set(nums)) != len(nums):
        errors.append("duplicate case numbers")
    total = sum(counts.values())
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    for c in CATS:
        if counts[c] == 0:
            errors.append(f"category {c} absent")
    for c, n in MINIMUMS.items():
        if counts[c] < n:
            errors.append(f"category {c}: {counts[c]} < {n}")

    verbose = "-v" in sys.argv
    if verbose:
        for f, c in per_file.items():
            print(f"{f}: {sum(c.values())} {dict(c)}")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"\nfiles: {len(cases)} cases + {len(cleans)} clean = {len(cases) + len(cleans)}")
    print("per-category counts:")
    for c in CATS:
        print(f"  {c:12s} {counts[c]}")
    print(f"  {'TOTAL':12s} {total}")
    print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
