#!/usr/bin/env python3
"""Validator for the heldout23 blind evaluation set (prefix o)."""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "o"
N_CASES = 30
N_CLEAN = 12
CATEGORIES = ["name", "initials", "relative", "date", "age", "location", "postal-code",
              "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"]
MIN_PER_CAT = 8
MIN_TOTAL = 380
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "status"]
OPEN, CLOSE = "\u27e6", "\u27e7"
MARK = re.compile(OPEN + r"([^" + OPEN + CLOSE + r"|]*)\|([^" + OPEN + CLOSE + r"]*)" + CLOSE)

errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARK.sub(lambda m: m.group(2), text)


def check_balance(path, text):
    depth = 0
    for i, ch in enumerate(text):
        if ch == OPEN:
            depth += 1
            if depth > 1:
                line = text.count("\n", 0, i) + 1
                err(path, f"nested marker at line {line}")
                return False
        elif ch == CLOSE:
            depth -= 1
            if depth < 0:
                line = text.count("\n", 0, i) + 1
                err(path, f"unbalanced closing marker at line {line}")
                return False
    if depth != 0:
        err(path, "unclosed marker")
        return False
    # every opening must be a well formed marker
    n_open = text.count(OPEN)
    n_marks = len(MARK.findall(text))
    if n_open != n_marks:
        err(path, f"{n_open - n_marks} malformed marker(s)")
        return False
    return True


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "missing front matter start")
        return None, None
    end = text.find("\n---\n", 4)
    if end == -1:
        err(path, "missing front matter end")
        return None, None
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(fm):
    blocks = {}
    key = None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m and not line.startswith(" "):
            key = m.group(1)
            blocks.setdefault(key, [])
        if key is not None:
            blocks[key].append(line)
    return {k: "\n".join(v) for k, v in blocks.items()}


def slug_tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", s.lower()) if t]


def check_file(path, kind, expected_num):
    name = os.path.basename(path)
    if kind == "case":
        m = re.fullmatch(PREFIX + r"(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md", name)
    else:
        m = re.fullmatch(PREFIX + r"c(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md", name)
    if not m:
        err(path, "bad file name")
        return Counter(), None
    num, slug = int(m.group(1)), m.group(2)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    counts = Counter()
    if "\r" in text:
        err(path, "contains CR characters")
    if not check_balance(path, text):
        return counts, num
    marks = MARK.findall(text)
    if kind == "clean" and (marks or OPEN in text or CLOSE in text):
        err(path, "clean file contains markers")
    for cat, val in marks:
        if cat not in CATEGORIES:
            err(path, f"invalid category {cat!r}")
            continue
        if not val:
            err(path, f"empty marker ({cat})")
            continue
        if val != val.strip():
            err(path, f"leading/trailing whitespace in marker {val!r}")
        if "|" in val:
            err(path, f"pipe inside marker {val!r}")
        if cat == "age":
            if not re.fullmatch(r"\d+", val) or int(val) <= 89:
                err(path, f"age marker must be a number > 89: {val!r}")
        if cat == "date":
            if re.fullmatch(r"\s*(?:c\.|ca\.)?\s*\d{4}\s*", val):
                err(path, f"bare year marked as date: {val!r}")
        counts[cat] += 1
        # slug must not contain marked text
        vt = slug_tokens(val)
        joined = "-".join(vt)
        if len(joined) >= 3 and joined in slug:
            err(path, f"slug contains marked text {val!r}")
        if cat in ("name", "relative", "initials"):
            for t in vt:
                if len(t) >= 3 and t in slug_tokens(slug):
                    err(path, f"slug token {t!r} comes from marked text {val!r}")
    fm_raw, body = split_front_matter(path, text)
    if fm_raw is None:
        return counts, num
    blocks = top_level_blocks(fm_raw)
    for k, block in blocks.items():
        if k in PROTECTED and (OPEN in block or CLOSE in block):
            err(path, f"marker inside protected key {k!r}")
    fm = strip_markers(fm_raw)
    if yaml is not None:
        try:
            data = yaml.safe_load(fm)
        except Exception as e:  # noqa
            err(path, f"front matter does not parse: {e}")
            return counts, num
        if not isinstance(data, dict):
            err(path, "front matter is not a mapping")
            return counts, num
        for k in REQUIRED:
            if k not in data:
                err(path, f"missing required key {k!r}")
        if not isinstance(data.get("tags"), list):
            err(path, "tags must be a list")
        if data.get("status") != "published":
            err(path, "status must be published")
        for k in ("authors", "system", "modality", "references", "images"):
            if k in data and not isinstance(data[k], list):
                err(path, f"{k} must be a list")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
                err(path, "image entries need file, alt, caption")
        if "published" in data and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
            err(path, "published must be YYYY-MM-DD")
        if "age" in data and not re.fullmatch(r"\d{1,2}-\d{1,2}|90\+|\d+", str(data["age"])):
            err(path, f"odd age band {data['age']!r}")
    else:
        for k in REQUIRED:
            if k not in blocks:
                err(path, f"missing required key {k!r}")
    if not body.strip():
        err(path, "empty body")
    return counts, num


def is_wrapped(path):
    with open(path, encoding="utf-8") as f:
        text = strip_markers(f.read())
    _, _, body = text.partition("\n---\n")
    lines = body.splitlines()
    long_prose = [l for l in lines if len(l) > 80 and not l.lstrip().startswith("|")
                  and " " in l.strip()]
    prose = [l for l in lines if l.strip() and not l.lstrip().startswith(("|", "#", "```"))]
    return not long_prose and len(prose) >= 10


def main():
    total = Counter()
    wrapped = 0
    for kind, sub, n, pat in (("case", "cases", N_CASES, PREFIX + r"\d{3}-"),
                              ("clean", "clean", N_CLEAN, PREFIX + r"c\d{3}-")):
        d = os.path.join(HERE, sub)
        if not os.path.isdir(d):
            err(d, "missing folder")
            continue
        files = sorted(os.listdir(d))
        nums = []
        for fn in files:
            p = os.path.join(d, fn)
            if not fn.endswith(".md"):
                err(p, "unexpected file")
                continue
            c, num = check_file(p, kind, n)
            if num is not None:
                nums.append(num)
            total += c
            if is_wrapped(p):
                wrapped += 1
        if sorted(nums) != list(range(1, n + 1)):
            err(d, f"expected numbers 1..{n}, got {sorted(nums)}")
    print("per-category counts:")
    for c in CATEGORIES:
        flag = "" if total[c] >= MIN_PER_CAT else "   <-- below minimum"
        print(f"  {c:12s} {total[c]:4d}{flag}")
        if total[c] < MIN_PER_CAT:
            errors.append(f"category {c} has {total[c]} < {MIN_PER_CAT}")
    s = sum(total.values())
    print(f"  {'TOTAL':12s} {s:4d}")
    print(f"hard-wrapped files: {wrapped}")
    if s < MIN_TOTAL:
        errors.append(f"total {s} < {MIN_TOTAL}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
