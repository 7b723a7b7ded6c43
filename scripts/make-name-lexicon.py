#!/usr/bin/env python3
"""Generates the name lists the privacy.name rule ships (Sources/CasebookRules/Lexicon/).

Sources (never fetched at run time; this script is run by a developer and its output committed):
- US Census Bureau 1990 name frequency files (public domain), as packaged in the PyPI package
  `names` 0.3.0 (MIT licence): dist.male.first, dist.female.first, dist.all.last.
  Get it with: pip download --no-deps names && tar xzf names-0.3.0.tar.gz
- Debian `miscfiles` /usr/share/dict/propernames (public domain; Debian ships it gzipped): more first names.
- The person-name lists of the PyPI package `Faker` 40.54.0 (MIT licence), every locale written in
  Latin letters: given names and surnames from Ireland (English and Irish), Kenya, Nigeria, South Africa,
  Ghana, India, New Zealand, Europe and Latin America, which the US Census files lack (Rhys, Cillian,
  Wanjiku, Chebet, Dlamini). Get it with: pip download --no-deps faker==40.54.0 && unzip faker-*.whl -d faker
- Debian `wamerican` and `wbritish` word lists (public domain / free): words written in lowercase
  there are common English words, which are removed so that "Bell", "Grace" or "Brown" are found
  only in a naming context (Mr Brown, her son Grace…), never as plain words.
- Sources/CasebookRules/Lexicon/eponyms.txt (written by hand): medical eponyms and place-named
  rules, also removed.

Usage: scripts/make-name-lexicon.py PATH/TO/names-0.3.0/names PATH/TO/unzipped-faker
"""
import gzip
import importlib
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
lexicon = root / "Sources" / "CasebookRules" / "Lexicon"
census = pathlib.Path(sys.argv[1])
faker = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else None

def census_names(path, limit=None):
    names = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if parts:
            names.append(parts[0].lower())
    return names[:limit] if limit else names

def words(path):
    p = pathlib.Path(path)
    if not p.exists() and pathlib.Path(path + ".gz").exists():
        return gzip.open(path + ".gz", "rt", encoding="utf-8", errors="ignore").read().splitlines()
    return p.read_text(encoding="utf-8", errors="ignore").splitlines() if p.exists() else []

def is_latin(name):
    """Letters of the Latin alphabet only (ASCII and U+00C0-U+024F: é, ñ, ő, ş)."""
    return name.isalpha() and all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in name)

def faker_names(root):
    """Given names and surnames of every Faker person locale, the Latin-script ones only."""
    sys.path.insert(0, str(root))
    given, family = set(), set()
    for folder in sorted((pathlib.Path(root) / "faker" / "providers" / "person").iterdir()):
        if not folder.is_dir() or folder.name.startswith("_"):
            continue
        provider = importlib.import_module("faker.providers.person." + folder.name).Provider
        for attribute in dir(provider):
            value = getattr(provider, attribute)
            if not isinstance(value, (tuple, list, dict, set)):
                continue
            names = value.keys() if isinstance(value, dict) else value
            target = given if attribute.startswith("first_names") else family if attribute.startswith("last_names") else None
            if target is not None:
                target |= {n.lower() for n in names if isinstance(n, str) and is_latin(n)}
    return given, family

common = set()
for path in ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]:
    for word in words(path):
        if word and word[0].islower() and "'" not in word:
            common.add(word.lower())
if len(common) < 50000:
    sys.exit("install wamerican and wbritish first (apt-get install wamerican wbritish miscfiles)")

eponyms = set()
for line in (lexicon / "eponyms.txt").read_text().splitlines():
    line = line.strip()
    if line and not line.startswith("#"):
        for part in line.replace("-", " ").split():
            eponyms.add(part.lower())

first = set(census_names(census / "dist.male.first") + census_names(census / "dist.female.first"))
first |= {w.lower() for w in words("/usr/share/dict/propernames") if w}
# The 40,000 most frequent surnames cover about 90% of the population in the Census file.
last = set(census_names(census / "dist.all.last", 40000))
if faker is None:
    sys.exit("give the unzipped Faker wheel as the second argument (see the top of this script)")
faker_given, faker_family = faker_names(faker)
# Faker's three-letter names are mostly abbreviations in case text (Sys, Tri, Neo, Ige, Dex); keep the longer ones.
first |= {n for n in faker_given if len(n) >= 4}
last |= {n for n in faker_family if len(n) >= 4}
# Words in those lists that case text uses otherwise: a family word (Nana, Amma), a title (Garda), an abbreviation (Hosp).
not_names = {"hosp", "garda", "maman", "mama", "nana", "baba", "amma", "appa", "abba", "dada", "tata", "mami", "papa",
             "mutti", "oma", "opa", "sept", "thur", "thurs", "tues", "weds",
             # An organism and a city that Faker lists as given names.
             "candida", "manila"}
first -= not_names
last -= not_names

def keep(name):
    return len(name) >= 3 and name.isalpha() and name not in common and name not in eponyms

header = "# Generated by scripts/make-name-lexicon.py from US Census 1990 name files (public domain,\n# via PyPI `names` 0.3.0, MIT), Debian miscfiles propernames and the Latin-script person names of\n# PyPI `Faker` 40.54.0 (MIT), minus common English words (Debian wamerican/wbritish) and\n# eponyms.txt. Do not edit: rerun the script.\n"
# Common English words (lowercase, letters only, 3+ letters): the name rule uses them to tell two
# ordinary capitalised words ("Impulse Normal") from an unfamiliar name ("Adaeze Okonkwo").
words_header = "# Generated by scripts/make-name-lexicon.py: lowercase words of Debian wamerican and wbritish.\n# Do not edit: rerun the script.\n"
(lexicon / "english-words.txt").write_text(words_header + "\n".join(sorted(w for w in common if len(w) >= 3 and w.isalpha() and w.isascii())) + "\n")
(lexicon / "first-names.txt").write_text(header + "\n".join(sorted(n for n in first if keep(n))) + "\n")
(lexicon / "surnames.txt").write_text(header + "\n".join(sorted(n for n in last - first if keep(n))) + "\n")
# Given names that are also common English words (Grace, Hope, Mark, Frank, Dawn): a name only where the context says so,
# e.g. the last word of a sign-off ("Regards, Grace").
word_names_header = ("# Generated by scripts/make-name-lexicon.py: the given names of the sources above that are also common\n"
                     "# English words (Debian wamerican/wbritish), minus eponyms. Do not edit: rerun the script.\n")
word_names = sorted(n for n in first & common if len(n) >= 3 and n.isalpha() and n not in eponyms)
(lexicon / "word-names.txt").write_text(word_names_header + "\n".join(word_names) + "\n")
print("first names:", sum(1 for n in first if keep(n)), "surnames:", sum(1 for n in last - first if keep(n)),
      "common words removed:", len(common), "eponym words:", len(eponyms))
