#!/usr/bin/env python3
"""Validator for the heldout10 blind evaluation set (prefix 't').

Checks:
  * file naming (cases/tNNN-slug.md, clean/tcNNN-slug.md)
  * markers ⟦category|text⟧ are balanced, not nested, well formed, valid category
  * clean cases contain no markers
  * no marker inside protected front-matter keys (authors, author, published, references)
  * front matter parses (after marker stripping) and has required keys
  * age markers are > 89, repeated marked names are also marked elsewhere (warning)
  * prints per-category counts and checks the brief's minimums
"""
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
CATS = {"name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
        "email", "id", "vehicle", "device", "url", "ip", "biometric"}
PROTECTED = {"authors", "author", "published", "references"}
REQUIRED = ["title", "summary", "tags"]
MARK = re.compile(r"⟦([^⟦⟧|]*)\|([^⟦⟧]*)⟧")
MINIMUMS = {"initials": 15, "location": 15, "postal-code": 15, "age": 15, "vehicle": 15,
            "device": 15, "relative": 15, "id": 15, "email": 6, "url": 6, "ip": 6, "phone": 6,
            "biometric": 3, "name": 40, "date": 40}
MIN_TOTAL = 380
N_CASES = 30
N_CLEAN = 12
WORD_AGES = {"ninety", "hundred", "centenarian"}

errors = []
warnings = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def warn(path, msg):
    warnings.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def strip_markers(text):
    return MARK.sub(lambda m: m.group(2), text)


def split_front_matter(path, text):
    if not text.startswith("---\n"):
        err(path, "file does not start with front matter '---'")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "front matter not closed")
        return None, text
    return text[4:end + 1], text[end + 5:]


def top_level_blocks(fm):
    """Return {key: raw block text} for top-level YAML keys (line based)."""
    blocks, key, buf = {}, None, []
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):(\s|$)", line)
        if m:
            if key is not None:
                blocks[key] = "\n".join(buf)
            key, buf = m.group(1), [line]
        else:
            buf.append(line)
    if key is not None:
        blocks[key] = "\n".join(buf)
    return blocks


def check_markers(path, text):
    found = []
    opens, closes = text.count("⟦"), text.count("⟧")
    if opens != closes:
        err(path, f"unbalanced markers: {opens} '⟦' vs {closes} '⟧'")
    # nesting / stray brackets
    depth = 0
    for i, ch in enumerate(text):
        if ch == "⟦":
            depth += 1
            if depth > 1:
                err(path, f"nested marker near offset {i}: {text[max(0, i-30):i+30]!r}")
                depth = 1
        elif ch == "⟧":
            depth -= 1
            if depth < 0:
                err(path, f"stray '⟧' near offset {i}")
                depth = 0
    matched = 0
    for m in MARK.finditer(text):
        matched += 1
        cat, val = m.group(1), m.group(2)
        if cat not in CATS:
            err(path, f"invalid category {cat!r} in {m.group(0)!r}")
        if not val.strip():
            err(path, f"empty marker {m.group(0)!r}")
        elif val != val.strip():
            err(path, f"marker text has surrounding whitespace {m.group(0)!r}")
        if "|" in val:
            err(path, f"extra '|' in marker {m.group(0)!r}")
        if "\n" in val:
            err(path, f"marker spans a line break {m.group(0)!r}")
        if cat == "age":
            digits = re.findall(r"\d+", val)
            if digits:
                if int(digits[0]) <= 89:
                    err(path, f"age marker <= 89: {m.group(0)!r}")
            elif not any(w in val.lower() for w in WORD_AGES):
                err(path, f"age marker not recognisably > 89: {m.group(0)!r}")
        found.append((cat, val, m.start(), m.end()))
    if matched != opens:
        err(path, f"{opens - matched} malformed marker(s)")
    return found


def check_repeats(path, text, found):
    """Warn when a marked name token also appears unmarked in the same file."""
    spans = [(s, e) for _, _, s, e in found]

    def inside(pos):
        return any(s <= pos < e for s, e in spans)

    tokens = set()
    for cat, val, _, _ in found:
        if cat in ("name", "relative"):
            for tok in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", val):
                if tok[0].isupper() and tok.lower() not in {"the", "and", "von", "van", "mrs", "miss"}:
                    tokens.add(tok)
    for tok in tokens:
        for m in re.finditer(r"(?<![A-Za-z])" + re.escape(tok) + r"(?![A-Za-z])", text):
            if not inside(m.start()):
                ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                warn(path, f"unmarked repeat of name token {tok!r}: …{ctx}…")


def check_file(path, clean):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    found = check_markers(path, text)
    if clean and ("⟦" in text or "⟧" in text):
        err(path, "clean case contains markers")
    if not clean and not found:
        err(path, "identifier case has no markers")
    fm_raw, body = split_front_matter(path, text)
    if fm_raw is not None:
        blocks = top_level_blocks(fm_raw)
        for key in PROTECTED:
            if key in blocks and "⟦" in blocks[key]:
                err(path, f"marker inside protected key {key!r}")
        if yaml is not None:
            try:
                data = yaml.safe_load(strip_markers(fm_raw))
            except yaml.YAMLError as exc:
                err(path, f"front matter does not parse: {exc}")
                data = None
            if data is not None:
                if not isinstance(data, dict):
                    err(path, "front matter is not a mapping")
                else:
                    for k in REQUIRED:
                        if not data.get(k):
                            err(path, f"missing required key {k!r}")
                    if not isinstance(data.get("tags"), list):
                        err(path, "tags must be a list")
                    for k in ("system", "modality", "authors", "references", "images"):
                        if k in data and not isinstance(data[k], list):
                            err(path, f"{k} must be a list")
                    pub = data.get("published")
                    if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
                        err(path, f"published not YYYY-MM-DD: {pub!r}")
                    if data.get("status", "published") != "published":
                        err(path, "status must be 'published'")
                    for img in data.get("images", []) or []:
                        if not isinstance(img, dict) or "file" not in img:
                            err(path, "image entry missing 'file'")
        if not body.strip():
            err(path, "empty body")
    if not clean:
        check_repeats(path, text, found)
    return found


def main():
    counts = {c: 0 for c in sorted(CATS)}
    n_cases = n_clean = 0
    for sub, clean, pattern in (("cases", False, r"t\d{3}-[a-z0-9-]+\.md"),
                                ("clean", True, r"tc\d{3}-[a-z0-9-]+\.md")):
        d = os.path.join(ROOT, sub)
        for fn in sorted(os.listdir(d)):
            p = os.path.join(d, fn)
            if not re.fullmatch(pattern, fn):
                err(p, f"bad file name for {sub}/")
                continue
            if clean:
                n_clean += 1
            else:
                n_cases += 1
            for cat, _, _, _ in check_file(p, clean):
                if cat in counts:
                    counts[cat] += 1
    total = sum(counts.values())
    print("Per-category counts:")
    for c in sorted(counts, key=lambda c: -counts[c]):
        print(f"  {c:12s} {counts[c]:4d}")
    print(f"  {'TOTAL':12s} {total:4d}")
    print(f"Identifier cases: {n_cases}   clean cases: {n_clean}")
    if n_cases != N_CASES:
        errors.append(f"expected {N_CASES} identifier cases, found {n_cases}")
    if n_clean != N_CLEAN:
        errors.append(f"expected {N_CLEAN} clean cases, found {n_clean}")
    if total < MIN_TOTAL:
        errors.append(f"total {total} below minimum {MIN_TOTAL}")
    for c, mn in MINIMUMS.items():
        if counts[c] < mn:
            errors.append(f"category {c}: {counts[c]} below minimum {mn}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("FAIL" if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
