#!/usr/bin/env python3
"""Validator for the heldout36 synthetic evaluation set (prefix cm / cmc)."""
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CLEAN = os.path.join(HERE, "clean")

CATEGORIES = ["name", "initials", "relative", "date", "age", "location", "postal-code",
              "phone", "email", "id", "vehicle", "device", "url", "ip", "biometric"]
MIN_PER_CAT = 8
AIM = {"name": 15, "date": 15, "location": 15, "initials": 15, "id": 15}
MIN_TOTAL = 380
N_CASES, N_CLEAN = 30, 12
REQUIRED = ["title", "summary", "tags", "status"]
PROTECTED = {"authors", "author", "published", "references"}

CASE_RE = re.compile(r"^cm(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
CLEAN_RE = re.compile(r"^cmc(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
MARK_RE = re.compile(r"⟦([^⟦⟧]*)⟧")

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, HERE)}: {msg}")


def warn(path, msg):
    warnings.append(f"{os.path.relpath(path, HERE)}: {msg}")


def strip_markers(text):
    return MARK_RE.sub(lambda m: m.group(1).split("|", 1)[1] if "|" in m.group(1) else m.group(1), text)


def check_balance(path, text):
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            if depth:
                line = text.count("\n", 0, i) + 1
                err(path, f"nested or unclosed marker near line {line}")
                return False
            depth = 1
        elif ch == "⟧":
            if not depth:
                line = text.count("\n", 0, i) + 1
                err(path, f"closing bracket without opening near line {line}")
                return False
            depth = 0
    if depth:
        err(path, "unclosed marker at end of file")
        return False
    return True


def split_front_matter(path, text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        err(path, "file does not start with front matter '---'")
        return None, None
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    err(path, "front matter not closed")
    return None, None


def key_blocks(fm_raw):
    """Map top-level key -> raw text of its block."""
    blocks = {}
    current = None
    for line in fm_raw.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m and not line.startswith((" ", "\t", "-")):
            current = m.group(1)
            blocks[current] = line + "\n"
        elif current is not None:
            blocks[current] += line + "\n"
    return blocks


def parse_markers(path, text):
    found = []
    for m in MARK_RE.finditer(text):
        inner = m.group(1)
        line = text.count("\n", 0, m.start()) + 1
        if "|" not in inner:
            err(path, f"line {line}: marker without '|': {inner!r}")
            continue
        cat, val = inner.split("|", 1)
        if cat not in CATEGORIES:
            err(path, f"line {line}: unknown category {cat!r}")
            continue
        if "|" in val:
            err(path, f"line {line}: '|' inside marked text {val!r}")
        if not val or val != val.strip():
            err(path, f"line {line}: empty or padded marked text {val!r}")
        if cat == "age":
            if not re.fullmatch(r"\d{2,3}", val) or int(val) <= 89:
                err(path, f"line {line}: age marker must be a number > 89: {val!r}")
        if cat == "date" and re.fullmatch(r"\s*(?:19|20)\d{2}\s*", val):
            err(path, f"line {line}: bare year marked as date: {val!r}")
        found.append((cat, val, line))
    return found


def norm(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def check_front_matter(path, fm_raw, clean):
    if yaml is None:
        warn(path, "PyYAML missing; front matter not parsed")
        return
    try:
        data = yaml.safe_load(strip_markers(fm_raw))
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse after stripping markers: {e}")
        return
    if not isinstance(data, dict):
        err(path, "front matter is not a mapping")
        return
    for k in REQUIRED:
        if k not in data:
            err(path, f"front matter missing required key {k!r}")
    if data.get("status") != "published":
        err(path, "status must be 'published'")
    if not isinstance(data.get("tags"), list):
        err(path, "tags must be a list")
    if "authors" in data and not isinstance(data["authors"], list):
        err(path, "authors must be a list")
    if "images" in data:
        imgs = data["images"]
        if not isinstance(imgs, list) or not all(isinstance(i, dict) and "file" in i for i in imgs):
            err(path, "images must be a list of mappings with 'file'")
    if "published" in data:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["published"])):
            err(path, "published must be YYYY-MM-DD")
    # raw yaml (with markers) should parse too
    try:
        yaml.safe_load(fm_raw)
    except yaml.YAMLError as e:
        err(path, f"front matter does not parse with markers in place: {e}")
    for key, block in key_blocks(fm_raw).items():
        if key in PROTECTED and ("⟦" in block or "⟧" in block):
            err(path, f"marker inside protected key {key!r}")


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    fm_raw, body = split_front_matter(path, text)
    if fm_raw is None:
        return [], text
    if clean:
        if "⟦" in text or "⟧" in text:
            err(path, "clean file contains marker brackets")
        check_front_matter(path, fm_raw, clean)
        return [], text
    if not check_balance(path, text):
        return [], text
    found = parse_markers(path, text)
    check_front_matter(path, fm_raw, clean)
    if not found:
        err(path, "case file has no markers")
    # consistency: marked text that also appears unmarked elsewhere in the file
    scan = text
    for key, block in key_blocks(fm_raw).items():
        if key in PROTECTED:
            scan = scan.replace(block.rstrip("\n"), "")
    stripped_unmarked = MARK_RE.sub(" ", scan)
    seen = set()
    for cat, val, line in found:
        v = val.replace("\n", " ")
        if len(v) < 4 or v in seen or cat in ("age",):
            continue
        seen.add(v)
        if re.search(r"(?<![\w])" + re.escape(v) + r"(?![\w])", stripped_unmarked):
            warn(path, f"{cat} text {v!r} also appears unmarked")
    return found, text


def is_hard_wrapped(text):
    fm, body = text.split("\n---", 1)[0], text.split("\n---", 1)[-1]
    lines = [l for l in body.split("\n")]
    stripped = [strip_markers(l) for l in strip_markers(body).split("\n")]
    # a line may exceed 80 columns only if it is a single unbreakable token (e.g. a URL)
    long_prose = [l for l in lines if len(l) > 80 and " " in l.strip()]
    prose = [l for l in stripped if len(l) > 55 and not l.lstrip().startswith(("|", "```"))]
    return not long_prose and len(prose) >= 10


def main():
    counts = {c: 0 for c in CATEGORIES}
    wrapped = 0
    all_marked = []
    for folder, rx, n, clean in ((CASES, CASE_RE, N_CASES, False), (CLEAN, CLEAN_RE, N_CLEAN, True)):
        if not os.path.isdir(folder):
            err(folder, "folder missing")
            continue
        files = sorted(os.listdir(folder))
        nums = []
        slugs = {}
        for f in files:
            p = os.path.join(folder, f)
            m = rx.match(f)
            if not m:
                err(p, "file name does not follow the pattern")
                continue
            nums.append(int(m.group(1)))
            slugs[p] = m.group(2)
        if sorted(nums) != list(range(1, n + 1)):
            err(folder, f"expected numbers 001..{n:03d}, got {sorted(nums)}")
        for p, slug in slugs.items():
            found, text = check_file(p, clean)
            if is_hard_wrapped(text):
                wrapped += 1
            for cat, val, line in found:
                counts[cat] += 1
                all_marked.append(val)
                nv = norm(val)
                if nv and f"-{nv}-" in f"-{slug}-":
                    err(p, f"slug contains marked text {val!r}")
    # slugs must not contain marked text from any case
    marked_norms = {norm(v) for v in all_marked if norm(v)}
    for folder in (CASES, CLEAN):
        for f in os.listdir(folder) if os.path.isdir(folder) else []:
            slug = f.rsplit(".", 1)[0]
            slug = re.sub(r"^cmc?\d{3}-", "", slug)
            for nv in marked_norms:
                if len(nv) >= 3 and f"-{nv}-" in f"-{slug}-":
                    err(os.path.join(folder, f), f"slug contains marked text {nv!r}")
    total = sum(counts.values())
    for c in CATEGORIES:
        if counts[c] < MIN_PER_CAT:
            err(HERE, f"category {c} has {counts[c]} < {MIN_PER_CAT}")
        if c in AIM and counts[c] < AIM[c]:
            err(HERE, f"category {c} has {counts[c]} < aim {AIM[c]}")
    if total < MIN_TOTAL:
        err(HERE, f"total markers {total} < {MIN_TOTAL}")
    for w in warnings:
        print("WARN", w)
    print("counts:", ", ".join(f"{c}={counts[c]}" for c in CATEGORIES), f"total={total}")
    print("hard-wrapped files:", wrapped)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
