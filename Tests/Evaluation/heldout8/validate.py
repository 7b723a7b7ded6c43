#!/usr/bin/env python3
"""Validate the heldout8 evaluation set: markers, front matter, categories, counts."""
import re, sys, pathlib
from collections import Counter
try:
    import yaml
except ImportError:
    yaml = None

ROOT = pathlib.Path(__file__).resolve().parent
CATS = {"name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
        "email", "id", "vehicle", "device", "url", "ip", "biometric"}
MARK = re.compile(r"⟦([^|⟦⟧]+)\|([^⟦⟧]*)⟧")
PROTECTED = ("authors", "published", "references")
MIN = {c: 10 for c in CATS}
MIN.update({c: 35 for c in ("name", "date", "location", "id", "phone")})
MIN.update({c: 15 for c in ("initials", "age", "postal-code", "relative", "device")})

def strip(text):
    return MARK.sub(lambda m: m.group(2), text)

errors = []
counts = Counter()
total_files = {"cases": 0, "clean": 0}
words = []
for sub in ("cases", "clean"):
    prefix = "r" if sub == "cases" else "rc"
    for path in sorted((ROOT / sub).glob("*.md")):
        total_files[sub] += 1
        rel = f"{sub}/{path.name}"
        if not re.fullmatch(prefix + r"\d{3}-[a-z0-9-]+\.md", path.name):
            errors.append(f"{rel}: bad file name")
        text = path.read_text(encoding="utf-8")
        # malformed / nested markers
        leftover = MARK.sub("", text)
        if "⟦" in leftover or "⟧" in leftover:
            errors.append(f"{rel}: malformed or nested marker")
        marks = MARK.findall(text)
        for cat, span in marks:
            if cat not in CATS:
                errors.append(f"{rel}: unknown category {cat!r}")
            if not span.strip() or span != span.strip():
                errors.append(f"{rel}: empty or padded span {span!r}")
        if sub == "clean" and marks:
            errors.append(f"{rel}: clean case contains {len(marks)} markers")
        if sub == "cases":
            if not marks:
                errors.append(f"{rel}: no markers")
            counts.update(c for c, _ in marks)
        if not text.startswith("---\n"):
            errors.append(f"{rel}: no front matter"); continue
        end = text.find("\n---\n", 4)
        if end < 0:
            errors.append(f"{rel}: unterminated front matter"); continue
        fm_raw, body = text[4:end], text[end + 5:]
        words.append(len(strip(body).split()))
        # markers in protected keys
        current = None
        for line in fm_raw.splitlines():
            m = re.match(r"([A-Za-z_][\w-]*):", line)
            if m and not line.startswith(" "):
                current = m.group(1)
            if current in PROTECTED and MARK.search(line):
                errors.append(f"{rel}: marker inside {current}")
        if yaml:
            try:
                fm = yaml.safe_load(strip(fm_raw))
            except yaml.YAMLError as e:
                errors.append(f"{rel}: YAML error: {e}"); continue
            if not isinstance(fm, dict):
                errors.append(f"{rel}: front matter is not a mapping"); continue
            for key in ("title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
                        "diagnosis", "certainty", "authors", "published", "status", "images", "references"):
                if key not in fm:
                    errors.append(f"{rel}: missing key {key}")
            if str(fm.get("published")) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(fm.get("published"))):
                errors.append(f"{rel}: published not YYYY-MM-DD")
            for key in ("tags", "system", "modality", "authors", "references", "images"):
                if key in fm and not isinstance(fm[key], list):
                    errors.append(f"{rel}: {key} should be a list")
            for img in fm.get("images") or []:
                if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
                    errors.append(f"{rel}: image entry needs file, alt, caption")

print(f"files: {total_files['cases']} cases, {total_files['clean']} clean")
print(f"body words: min {min(words)}, max {max(words)}, mean {sum(words)//len(words)}")
print(f"identifiers: {sum(counts.values())}")
for cat in sorted(CATS, key=lambda c: -counts[c]):
    flag = "" if counts[cat] >= MIN[cat] else f"   (below target {MIN[cat]})"
    print(f"  {cat:12s} {counts[cat]:4d}{flag}")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
