#!/usr/bin/env python3
"""Validate the heldout76 blind evaluation set (prefix `ea`).

Checks:
  * file names and counts (30 marked cases, 12 clean cases)
  * front matter present, parseable, with every required key
  * marker syntax: every opening bracket closed on the same line, known category,
    no nesting, no empty text, no markers in clean files, none in authors/author/published/references
  * word counts (500-1500 words per file, front matter included, markers reduced to their text)
  * e-mail and URL hosts are fictional (example.org/.com/.net or .test/.invalid/.example)
  * totals per category (at least 10 each, 700-900 overall)
Exit status 0 when everything passes, 1 otherwise.
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
PREFIX = "ea"
N_CASES = 30
N_CLEAN = 12
CATEGORIES = {
    "name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
    "email", "id", "vehicle", "device", "url", "ip", "biometric",
}
REQUIRED_KEYS = [
    "title", "summary", "tags", "specialty", "system", "modality", "age", "sex", "diagnosis",
    "certainty", "published", "status", "license", "consent", "quiz", "images", "references",
]
CREDIT_KEYS = ("authors", "author", "published", "references")
SEXES = {"female", "male", "other", "not-stated"}
CERTAINTIES = {"possible", "probable", "almost-certain", "certain"}
OPEN, CLOSE = "\u27e6", "\u27e7"
MARKER_RE = re.compile(OPEN + r"([^" + OPEN + CLOSE + r"|]+)\|([^" + OPEN + CLOSE + r"]*)" + CLOSE)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})\b")
URL_RE = re.compile(r"\b(?:https?|ftp)://([^/\s\)\]\"'<>|*" + CLOSE + r"]+)", re.I)
WWW_RE = re.compile(r"(?<![/\w.@])(www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
FICTIONAL_SUFFIXES = (".test", ".invalid", ".example")
FICTIONAL_DOMAINS = ("example.org", "example.com", "example.net")

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def host_ok(host):
    host = host.lower().rstrip(".").split(":")[0]
    if host.endswith(FICTIONAL_SUFFIXES):
        return True
    return any(host == d or host.endswith("." + d) for d in FICTIONAL_DOMAINS)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "no front matter (file must start with ---)")
        return None, text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text, 0
    fm = text[4:end + 1]
    body = text[end + 5:]
    return fm, body, fm.count("\n") + 2


def strip_markers(s):
    return MARKER_RE.sub(lambda m: m.group(2), s)


def top_level_blocks(fm):
    """Map top-level key -> its raw text (key line plus indented continuation)."""
    blocks, cur = {}, None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w\-]*):(.*)$", line)
        if m:
            cur = m.group(1)
            blocks[cur] = line + "\n"
        elif cur is not None:
            blocks[cur] += line + "\n"
    return blocks


def check_markers(path, text, counts, allow):
    for lineno, line in enumerate(text.splitlines(), 1):
        depth = 0
        for ch in line:
            if ch == OPEN:
                depth += 1
                if depth > 1:
                    err(path, f"line {lineno}: nested marker")
            elif ch == CLOSE:
                depth -= 1
                if depth < 0:
                    err(path, f"line {lineno}: closing bracket without opening")
                    depth = 0
        if depth > 0:
            err(path, f"line {lineno}: marker not closed on the same line")
        found = MARKER_RE.findall(line)
        if not allow and (found or OPEN in line or CLOSE in line):
            err(path, f"line {lineno}: marker in a clean file")
            continue
        for cat, val in found:
            if cat not in CATEGORIES:
                err(path, f"line {lineno}: unknown category {cat!r}")
            if not val.strip():
                err(path, f"line {lineno}: empty marker text")
            elif val != val.strip():
                err(path, f"line {lineno}: marker text has surrounding spaces: {val!r}")
            counts[cat] += 1
        # every bracket must belong to a well-formed marker
        rest = MARKER_RE.sub("", line)
        if OPEN in rest or CLOSE in rest:
            err(path, f"line {lineno}: malformed marker")


LEAK_CATS = {"location", "name", "id", "phone", "email", "device", "vehicle", "ip", "postal-code", "biometric", "url"}
# deliberate traps: ordinary words that are also a name marked elsewhere in the same file
LEAK_ALLOW = ["Given the conditional"]
STOP = {"the", "and", "of", "de", "la", "del", "van", "von", "dr", "mr", "mrs", "ms", "miss", "st", "nurse"}


def leak_check(path, text):
    """Warn (as an error) when marked text appears unmarked elsewhere in the same file."""
    plain_outside = MARKER_RE.sub(" ", text)
    outside_lines = plain_outside.splitlines()
    seen = set()
    for cat, val in MARKER_RE.findall(text):
        if cat not in LEAK_CATS:
            continue
        pieces = [val] if cat != "name" else [val] + re.split(r"[\s\-]+", val)
        for piece in pieces:
            piece = piece.strip(" .,'")
            if len(piece) < 4 or piece.lower() in STOP or (piece, cat) in seen:
                continue
            seen.add((piece, cat))
            rx = re.compile(r"(?<![\w])" + re.escape(piece) + r"(?![\w])")
            for i, line in enumerate(outside_lines, 1):
                if rx.search(line) and not any(piece in a and a in line for a in LEAK_ALLOW):
                    err(path, f"line {i}: {cat} text {piece!r} also appears unmarked")


def check_file(path, marked, totals):
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    fm, body, _ = split_front_matter(path, text)
    if fm is None:
        return 0
    counts = Counter()
    check_markers(path, text, counts, allow=marked)
    # no markers in credit keys
    blocks = top_level_blocks(fm)
    for key in CREDIT_KEYS:
        if key in blocks and (OPEN in blocks[key] or CLOSE in blocks[key]):
            err(path, f"marker inside front-matter key {key!r}")
    missing = [k for k in REQUIRED_KEYS if k not in blocks]
    if "authors" not in blocks and "author" not in blocks:
        missing.append("authors")
    if missing:
        err(path, f"missing front-matter keys: {', '.join(missing)}")
    if yaml is not None:
        try:
            data = yaml.safe_load(strip_markers(fm))
        except Exception as exc:
            err(path, f"front matter does not parse: {exc}")
            data = None
        if isinstance(data, dict):
            if data.get("sex") not in SEXES:
                err(path, f"bad sex {data.get('sex')!r}")
            if data.get("certainty") not in CERTAINTIES:
                err(path, f"bad certainty {data.get('certainty')!r}")
            if not isinstance(data.get("tags"), list) or not data.get("tags"):
                err(path, "tags must be a non-empty list")
            imgs = data.get("images")
            if not isinstance(imgs, list) or not imgs:
                err(path, "images must be a non-empty list")
            else:
                for im in imgs:
                    if not isinstance(im, dict) or not im.get("file") or not im.get("alt"):
                        err(path, "each image needs file and alt")
            if not isinstance(data.get("references"), list):
                err(path, "references must be a list")
            age = str(data.get("age"))
            if not re.fullmatch(r"\d{1,2}-\d{1,2}|90\+|\d0s", age):
                err(path, f"age must be a band, got {age!r}")
        elif data is not None:
            err(path, "front matter is not a mapping")
    # word count
    words = len(strip_markers(text).split())
    if not 500 <= words <= 1500:
        err(path, f"word count {words} outside 500-1500")
    # fictional hosts (on the text with markers reduced)
    plain = strip_markers(text)
    for m in EMAIL_RE.finditer(plain):
        if not host_ok(m.group(1)):
            err(path, f"non-fictional e-mail host: {m.group(0)}")
    for m in URL_RE.finditer(plain):
        if not host_ok(m.group(1)):
            err(path, f"non-fictional URL host: {m.group(0)}")
    for m in WWW_RE.finditer(plain):
        if not host_ok(m.group(1)):
            err(path, f"non-fictional www host: {m.group(1)}")
    if marked:
        leak_check(path, text)
    if marked and sum(counts.values()) < 10:
        err(path, f"only {sum(counts.values())} markers")
    totals.update(counts)
    return words


def main():
    totals = Counter()
    per_file = []
    for sub, marked, pat, n in (
        ("cases", True, re.compile(rf"^{PREFIX}(\d{{3}})-[a-z0-9][a-z0-9\-]*\.md$"), N_CASES),
        ("clean", False, re.compile(rf"^{PREFIX}c(\d{{3}})-[a-z0-9][a-z0-9\-]*\.md$"), N_CLEAN),
    ):
        folder = os.path.join(HERE, sub)
        if not os.path.isdir(folder):
            err(folder, "missing folder")
            continue
        files = sorted(os.listdir(folder))
        nums = []
        for f in files:
            m = pat.match(f)
            if not m:
                err(os.path.join(folder, f), "bad file name")
                continue
            nums.append(int(m.group(1)))
        if sorted(nums) != list(range(1, n + 1)):
            err(folder, f"expected numbers 1..{n}, found {sorted(nums)}")
        for f in files:
            if pat.match(f):
                before = Counter(totals)
                w = check_file(os.path.join(folder, f), marked, totals)
                per_file.append((sub + "/" + f, w, sum((totals - before).values())))
    for f, w, c in per_file:
        print(f"{f:60s} words={w:5d} markers={c:3d}")
    print()
    total = sum(totals.values())
    for cat in sorted(CATEGORIES):
        flag = "" if totals[cat] >= 10 else "   <-- fewer than 10"
        print(f"  {cat:12s} {totals[cat]:4d}{flag}")
        if totals[cat] < 10:
            errors.append(f"category {cat} has only {totals[cat]} markers")
    print(f"  {'TOTAL':12s} {total:4d}")
    if not 700 <= total <= 900:
        errors.append(f"total markers {total} outside 700-900")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
