#!/usr/bin/env python3
"""Validate the heldout55 blind evaluation set (prefix df).

Checks file names and counts, marker syntax, front matter, marker placement,
clean files, body word counts, marked ages, fictional e-mail/URL domains and
the category totals.  Prints counts per category and per file; exits 0 when
everything passes, 1 otherwise.
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "df"
N_CASES = 30
N_CLEAN = 12
MIN_TOTAL = 400
MIN_PER_CAT = 10
MIN_WORDS, MAX_WORDS = 500, 1500
CATEGORIES = ["name", "initials", "relative", "date", "age", "location",
              "postal-code", "phone", "email", "id", "vehicle", "device",
              "url", "ip", "biometric"]
REQUIRED_KEYS = ["title", "summary", "tags", "specialty", "system", "modality",
                 "age", "sex", "diagnosis", "certainty", "authors", "published",
                 "status", "license", "consent", "quiz", "images", "references"]
PROTECTED_KEYS = ["authors", "author", "published", "references"]
FICTIONAL_SUFFIXES = (".test", ".invalid", ".example", ".localhost")
FICTIONAL_DOMAINS = ("example.org", "example.com", "example.net", "example.edu")

MARKER = re.compile(r"⟦([^⟦⟧|\n]*)\|([^⟦⟧\n]*)⟧")
NUMBER_WORDS = {
    "ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93,
    "ninety-four": 94, "ninety-five": 95, "ninety-six": 96,
    "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99,
    "one hundred": 100, "hundred": 100, "centenarian": 100,
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-.]+)", re.I)

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARKER.sub(lambda m: m.group(2), text)


def fictional(domain):
    d = domain.lower().rstrip(".")
    if d.endswith(FICTIONAL_SUFFIXES):
        return True
    return any(d == f or d.endswith("." + f) for f in FICTIONAL_DOMAINS)


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        err(path, "no front matter opening '---'")
        return None, None, 0
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 1
    err(path, "front matter not closed")
    return None, None, 0


def protected_blocks(fm):
    """Yield (key, text) for top-level protected keys, raw."""
    lines = fm.split("\n")
    cur, buf = None, []
    out = []
    for line in lines:
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:", line)
        if m:
            if cur:
                out.append((cur, "\n".join(buf)))
            cur = m.group(1) if m.group(1) in PROTECTED_KEYS else None
            buf = [line]
        elif cur:
            buf.append(line)
    if cur:
        out.append((cur, "\n".join(buf)))
    return out


def parse_age(text):
    t = text.lower().strip()
    m = re.search(r"\d+", t)
    if m:
        return int(m.group(0))
    for word, val in sorted(NUMBER_WORDS.items(), key=lambda kv: -len(kv[0])):
        if word in t:
            return val
    return None


def check_markers(path, text):
    """Return list of (category, text) markers; report syntax problems."""
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for m in MARKER.finditer(line):
            cat, body = m.group(1), m.group(2)
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category '{cat}'")
                continue
            if not body.strip():
                err(path, f"line {lineno}: empty marker text")
                continue
            if body != body.strip():
                err(path, f"line {lineno}: marker text has outer whitespace: '{body}'")
            if cat == "date" and re.fullmatch(r"(?:1[89]|20)\d{2}", body.strip()):
                err(path, f"line {lineno}: year alone marked as date: '{body}'")
            if cat == "age":
                age = parse_age(body)
                if age is None or age < 90:
                    err(path, f"line {lineno}: marked age below 90 or unreadable: '{body}'")
            if cat == "email":
                em = EMAIL_RE.search(body)
                if not em:
                    err(path, f"line {lineno}: e-mail marker without an address: '{body}'")
                elif not fictional(em.group(1)):
                    err(path, f"line {lineno}: e-mail domain not fictional: '{body}'")
            if cat == "url":
                um = URL_RE.search(body)
                dom = um.group(1) if um else body.split("/")[0]
                if not fictional(dom):
                    err(path, f"line {lineno}: URL domain not fictional: '{body}'")
            found.append((cat, body))
        rest = MARKER.sub("", line)
        if "⟦" in rest or "⟧" in rest:
            err(path, f"line {lineno}: stray, nested or multi-line marker bracket")
    return found


def check_domains(path, text):
    plain = strip_markers(text)
    for m in EMAIL_RE.finditer(plain):
        if not fictional(m.group(1)):
            err(path, f"e-mail with non-fictional domain: {m.group(0)}")
    for m in URL_RE.finditer(plain):
        if not fictional(m.group(1)):
            err(path, f"URL with non-fictional domain: {m.group(0)}")


def is_wrapped(body):
    lines = [l for l in body.split("\n") if l.strip() and not l.lstrip().startswith("|")]
    # a line that is long only because of an unbreakable URL does not count
    long_lines = [l for l in strip_markers("\n".join(lines)).split("\n")
                  if len(l) > 90 and "://" not in l]
    return len(lines) > 0 and not long_lines


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "\r" in text:
        err(path, "CR characters in file")
    markers = check_markers(path, text)
    check_domains(path, text)
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return markers, False
    for key, block in protected_blocks(fm):
        if "⟦" in block or "⟧" in block:
            err(path, f"marker inside protected key '{key}'")
    data = None
    if yaml is not None:
        try:
            data = yaml.safe_load(strip_markers(fm))
        except yaml.YAMLError as exc:
            err(path, f"front matter does not parse: {exc}")
    else:
        data = {}
        for line in strip_markers(fm).split("\n"):
            m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:(.*)$", line)
            if m:
                data[m.group(1)] = m.group(2).strip() or True
    if data is not None:
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
        else:
            for key in REQUIRED_KEYS:
                if key not in data:
                    err(path, f"front matter missing '{key}'")
            if yaml is not None:
                tags = data.get("tags")
                if not isinstance(tags, list) or not tags:
                    err(path, "tags must be a non-empty list")
                if data.get("status") != "published":
                    err(path, "status must be 'published'")
                for k in ("title", "summary"):
                    if not isinstance(data.get(k), str) or not data.get(k).strip():
                        err(path, f"'{k}' must be a non-empty string")
                imgs = data.get("images")
                if not isinstance(imgs, list) or not imgs:
                    err(path, "images must be a non-empty list")
                else:
                    for im in imgs:
                        if not isinstance(im, dict) or "file" not in im or "alt" not in im:
                            err(path, "each image needs file and alt")
                refs = data.get("references")
                if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
                    err(path, "references must be a list of strings")
                age = str(data.get("age", ""))
                if not re.fullmatch(r"\d0-\d9|\d[05]-\d[49]|90\+|\d0s", age):
                    err(path, f"age is not a band: '{age}'")
    words = len(strip_markers(body).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(path, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    if clean and markers:
        err(path, f"clean file contains {len(markers)} markers")
    if not clean and not markers:
        err(path, "case file contains no markers")
    # identifiers must not leak into the file name
    fname = os.path.basename(path).lower()
    slug_tokens = set(re.split(r"[-_.]", fname))
    for cat, body_text in markers:
        for tok in re.split(r"[^a-z0-9]+", body_text.lower()):
            if len(tok) >= 4 and tok in slug_tokens:
                err(path, f"file name contains identifier token '{tok}'")
    return markers, is_wrapped(body), words


def main():
    per_cat = Counter()
    per_file = {}
    wrapped = 0
    total_files = 0
    for sub, clean, n, pat in (("cases", False, N_CASES, rf"^{PREFIX}(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$"),
                               ("clean", True, N_CLEAN, rf"^{PREFIX}c(\d{{3}})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")):
        d = os.path.join(HERE, sub)
        names = sorted(os.listdir(d)) if os.path.isdir(d) else []
        nums = []
        for name in names:
            m = re.match(pat, name)
            if not m:
                err(os.path.join(d, name), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            errors.append(f"{sub}: expected numbers 1..{n}, got {sorted(nums)}")
        for name in names:
            if not name.endswith(".md"):
                continue
            path = os.path.join(d, name)
            res = check_file(path, clean)
            markers, wr = res[0], res[1]
            words = res[2] if len(res) > 2 else 0
            total_files += 1
            wrapped += bool(wr)
            per_file[f"{sub}/{name}"] = (len(markers), words, wr, Counter(c for c, _ in markers))
            if not clean:
                per_cat.update(c for c, _ in markers)
    total = sum(per_cat.values())
    print("Markers per category (cases):")
    for c in CATEGORIES:
        flag = "" if per_cat[c] >= MIN_PER_CAT else "   <-- below minimum"
        print(f"  {c:12s} {per_cat[c]:4d}{flag}")
        if per_cat[c] < MIN_PER_CAT:
            errors.append(f"category '{c}' has {per_cat[c]} markers (< {MIN_PER_CAT})")
    print(f"  {'TOTAL':12s} {total:4d}")
    if total < MIN_TOTAL:
        errors.append(f"total markers {total} < {MIN_TOTAL}")
    print("\nPer file (markers, words, hard-wrapped):")
    for f, (n, w, wr, _) in per_file.items():
        print(f"  {f:60s} {n:3d} {w:5d} {'wrapped' if wr else ''}")
    print(f"\nHard-wrapped files: {wrapped}/{total_files}")
    if total_files and not (0.25 <= wrapped / total_files <= 0.45):
        errors.append(f"hard-wrapped files {wrapped}/{total_files} not about a third")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
