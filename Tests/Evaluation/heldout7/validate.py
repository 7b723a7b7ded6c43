#!/usr/bin/env python3
"""Check the heldout7 evaluation set.

- every file has YAML front matter that parses once the markers are removed
- every marker uses a known category and a non-empty, trimmed span
- no marker sits in authors / author / published / references
- clean/ holds no markers at all
- warns about an unmarked repetition of a marked identifier (or of a word of a marked name)
- prints per-category counts and checks the size targets of the brief
"""
import re
import sys
from collections import Counter
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = Path(__file__).resolve().parent
CATS = ["name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
        "email", "id", "vehicle", "device", "url", "ip", "biometric"]
MARK = re.compile(r"⟦([^|⟦⟧]*)\|([^⟦⟧]*)⟧")
CREDIT_KEYS = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags", "specialty", "age", "sex", "diagnosis", "authors",
            "published", "status"]
TITLES = {"Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Sister", "Nurse", "Sr", "Snr", "Jr"}
MIN_TOTAL = 350
MIN_EACH = 10
MIN_BIG = {c: 35 for c in ["name", "date", "location", "id", "phone"]}
MIN_MID = {c: 15 for c in ["initials", "age", "postal-code", "relative", "device"]}

errors, warnings = [], []


def strip(text):
    return MARK.sub(lambda m: m.group(2), text)


def split(path, text):
    if not text.startswith("---\n"):
        errors.append(f"{path}: no front matter")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        errors.append(f"{path}: front matter not closed")
        return None, None
    return text[4:end + 1], text[end + 5:]


def credit_lines(fm):
    """Line numbers (0-based, inside front matter) that belong to credit keys."""
    out, current = set(), None
    for i, line in enumerate(fm.split("\n")):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            current = m.group(1)
        if current in CREDIT_KEYS:
            out.add(i)
    return out


def check(path, clean):
    text = path.read_text(encoding="utf-8")
    counts = Counter()
    name_re = r"q" + ("c" if clean else "") + r"\d{3}-[a-z0-9-]+\.md"
    if not re.fullmatch(name_re, path.name):
        errors.append(f"{path.name}: file name does not match {name_re}")
    if text.count("⟦") != text.count("⟧") or len(MARK.findall(text)) != text.count("⟦"):
        errors.append(f"{path.name}: malformed marker brackets")
    fm, body = split(path.name, text)
    if fm is None:
        return counts
    marks = list(MARK.finditer(text))
    if clean and marks:
        errors.append(f"{path.name}: clean case holds {len(marks)} marker(s)")
    for m in marks:
        cat, span = m.group(1), m.group(2)
        if cat not in CATS:
            errors.append(f"{path.name}: unknown category {cat!r}")
        if not span or span != span.strip():
            errors.append(f"{path.name}: empty or untrimmed span in {m.group(0)!r}")
        counts[cat] += 1
    # credits must stay unmarked
    fm_lines = fm.split("\n")
    for i in credit_lines(fm):
        if "⟦" in fm_lines[i]:
            errors.append(f"{path.name}: marker inside a credit key: {fm_lines[i].strip()}")
    # YAML
    data = None
    if yaml is not None:
        try:
            data = yaml.safe_load(strip(fm))
        except yaml.YAMLError as exc:
            errors.append(f"{path.name}: YAML does not parse after stripping: {exc}")
    if isinstance(data, dict):
        for key in REQUIRED:
            if key not in data:
                errors.append(f"{path.name}: missing key {key}")
        if not isinstance(data.get("tags"), list):
            errors.append(f"{path.name}: tags must be a list")
        if not isinstance(data.get("authors"), list):
            errors.append(f"{path.name}: authors must be a list")
        if str(data.get("status")) != "published":
            errors.append(f"{path.name}: status is not published")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data.get("published"))):
            errors.append(f"{path.name}: published is not YYYY-MM-DD")
        for img in data.get("images") or []:
            if not isinstance(img, dict) or "file" not in img or "alt" not in img:
                errors.append(f"{path.name}: image entry without file/alt")
        for ref in data.get("references") or []:
            if not isinstance(ref, str):
                errors.append(f"{path.name}: reference is not a string")
    elif data is not None:
        errors.append(f"{path.name}: front matter is not a mapping")
    words = len(re.findall(r"\w+", strip(body)))
    if not 300 <= words <= 950:
        warnings.append(f"{path.name}: body has {words} words")
    # unmarked repetitions: mask marked spans and credit lines, then search
    if marks:
        masked = MARK.sub(lambda m: " " * len(m.group(0)), text)
        fm_end = len(fm) + 4
        lines = masked[:fm_end].split("\n")
        for i in credit_lines(fm):
            lines[i + 1] = ""  # +1: the opening '---' line
        masked = "\n".join(lines) + masked[fm_end:]
        seen = set()
        for m in marks:
            cat, span = m.group(1), m.group(2)
            probes = [span]
            if cat in ("name", "relative"):
                probes += [t for t in re.findall(r"[A-Za-zÀ-ÿ'’-]{3,}", span) if t not in TITLES]
            for p in probes:
                if (cat, p) in seen:
                    continue
                seen.add((cat, p))
                pat = r"(?<![\w])" + re.escape(p) + r"(?![\w])"
                flags = re.I if p != span else 0  # name words: any case
                for hit in re.finditer(pat, masked, flags):
                    line = masked.count("\n", 0, hit.start()) + 1
                    warnings.append(f"{path.name}:{line}: unmarked repeat of {cat} {p!r}")
    return counts


def main():
    total = Counter()
    per_file = {}
    for sub, clean in (("cases", False), ("clean", True)):
        files = sorted((ROOT / sub).glob("*.md"))
        print(f"{sub}/: {len(files)} files")
        for f in files:
            c = check(f, clean)
            per_file[f.name] = sum(c.values())
            total += c
    print("\nper-category counts:")
    for cat in CATS:
        print(f"  {cat:12s} {total[cat]:4d}")
    n = sum(total.values())
    print(f"  {'TOTAL':12s} {n:4d}")
    print("\nper-file totals:", ", ".join(f"{k[:4]}={v}" for k, v in per_file.items() if v))
    # targets
    if len(list((ROOT / 'cases').glob('*.md'))) != 30:
        errors.append("cases/ must hold 30 files")
    if len(list((ROOT / 'clean').glob('*.md'))) != 12:
        errors.append("clean/ must hold 12 files")
    if n < MIN_TOTAL:
        errors.append(f"only {n} identifiers (need {MIN_TOTAL})")
    for cat in CATS:
        need = max(MIN_EACH, MIN_BIG.get(cat, 0), MIN_MID.get(cat, 0))
        if total[cat] < need:
            errors.append(f"category {cat}: {total[cat]} < {need}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"\n{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
