#!/usr/bin/env python3
"""Validate the heldout9 evaluation set: markers, front matter, clean cases, counts."""
import re, sys, os, collections
try:
    import yaml
except ImportError:
    yaml = None

CATS = {"name", "initials", "relative", "date", "age", "location", "postal-code", "phone",
        "email", "id", "vehicle", "device", "url", "ip", "biometric"}
MARK = re.compile(r"⟦([^|⟦⟧]*)\|([^⟦⟧]*)⟧")
PROTECTED = ("authors", "published", "references")
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
counts = collections.Counter()
total_files = 0

def strip(text):
    return MARK.sub(lambda m: m.group(2), text)

def split_fm(text, path):
    if not text.startswith("---\n"):
        errors.append(f"{path}: no front matter"); return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        errors.append(f"{path}: unterminated front matter"); return None, None
    return text[4:end], text[end + 5:]

def protected_lines(fm):
    """Return the raw lines belonging to protected top-level keys."""
    out, cur = [], None
    for line in fm.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*):", line)
        if m:
            cur = m.group(1)
        if cur in PROTECTED:
            out.append(line)
    return out

for sub in ("cases", "clean"):
    d = os.path.join(HERE, sub)
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".md"):
            continue
        total_files += 1
        path = f"{sub}/{fn}"
        pat = r"^s\d{3}-[a-z0-9-]+\.md$" if sub == "cases" else r"^sc\d{3}-[a-z0-9-]+\.md$"
        if not re.match(pat, fn):
            errors.append(f"{path}: bad file name")
        text = open(os.path.join(d, fn), encoding="utf-8").read()
        # malformed markers
        if text.count("⟦") != text.count("⟧"):
            errors.append(f"{path}: unbalanced marker brackets")
        marks = MARK.findall(text)
        if len(marks) != text.count("⟦"):
            errors.append(f"{path}: malformed marker(s)")
        fcounts = collections.Counter()
        for cat, span in marks:
            if cat not in CATS:
                errors.append(f"{path}: unknown category {cat!r}")
            if not span.strip() or span != span.strip():
                errors.append(f"{path}: empty or padded span {span!r}")
            fcounts[cat] += 1
        if sub == "clean" and marks:
            errors.append(f"{path}: clean case contains {len(marks)} marker(s)")
        if sub == "cases" and not marks:
            errors.append(f"{path}: case has no markers")
        counts.update(fcounts if sub == "cases" else {})
        fm, body = split_fm(text, path)
        if fm is None:
            continue
        for line in protected_lines(fm):
            if "⟦" in line:
                errors.append(f"{path}: marker in protected key: {line.strip()[:60]}")
        plain = strip(fm)
        if yaml:
            try:
                data = yaml.safe_load(plain)
            except Exception as e:
                errors.append(f"{path}: YAML error: {e}"); continue
            if not isinstance(data, dict):
                errors.append(f"{path}: front matter is not a mapping"); continue
            for k in ("title", "summary", "tags", "specialty", "system", "modality", "age", "sex",
                      "diagnosis", "certainty", "authors", "published", "status", "references"):
                if k not in data:
                    errors.append(f"{path}: missing key {k}")
            for k in ("tags", "system", "modality", "authors", "references"):
                if k in data and not isinstance(data[k], list):
                    errors.append(f"{path}: {k} should be a list")
            if str(data.get("published", "")) and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data.get("published"))):
                errors.append(f"{path}: published not YYYY-MM-DD")
            for img in data.get("images") or []:
                if not isinstance(img, dict) or not {"file", "alt", "caption"} <= set(img):
                    errors.append(f"{path}: image entry needs file/alt/caption")
        words = len(strip(body).split())
        if words < 300 or words > 900:
            errors.append(f"{path}: body has {words} words (want 300-900)")

print(f"files: {total_files}")
print("identifiers per category (cases/):")
for c in sorted(CATS):
    print(f"  {c:12s} {counts[c]}")
print(f"  {'TOTAL':12s} {sum(counts.values())}")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: no problems found")
