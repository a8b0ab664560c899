"""Normalising the fields that identify a person: names, e-mails, URLs, handles."""

import re
from urllib.parse import urlsplit

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from unidecode import unidecode

from sourcing.parsing.vocab import fold

# French and English short forms -> canonical first names (several when ambiguous).
NICKNAMES: dict[str, tuple[str, ...]] = {
    "alex": ("alexandre", "alexandra", "alexander", "alexis"),
    "jb": ("jean baptiste",),
    "jp": ("jean pierre", "jean paul"),
    "jc": ("jean claude", "jean christophe"),
    "pa": ("pierre antoine",),
    "nico": ("nicolas",),
    "tom": ("thomas",),
    "tommy": ("thomas",),
    "chris": ("christophe", "christopher", "christian", "christine"),
    "fred": ("frederic", "frederique", "frederick"),
    "max": ("maximilien", "maxime", "maximilian"),
    "cathy": ("catherine",),
    "cath": ("catherine",),
    "math": ("mathilde", "mathieu", "matthieu"),
    "matt": ("matthieu", "mathieu", "matthew"),
    "seb": ("sebastien",),
    "steph": ("stephanie", "stephane"),
    "flo": ("florian", "florence", "florent"),
    "vince": ("vincent",),
    "ben": ("benjamin", "benoit"),
    "greg": ("gregoire", "gregory"),
    "manu": ("emmanuel", "emmanuelle"),
    "nath": ("nathalie", "nathan"),
    "val": ("valentin", "valerie", "valentine"),
    "caro": ("caroline",),
    "juju": ("julien", "julie"),
    "pat": ("patrick", "patricia"),
    "phil": ("philippe", "phillip", "philip"),
    "dom": ("dominique",),
    "gab": ("gabriel", "gabrielle"),
    "dan": ("daniel",),
    "danny": ("daniel",),
    "sam": ("samuel", "samantha"),
    "will": ("william",),
    "bill": ("william",),
    "bob": ("robert",),
    "rob": ("robert",),
    "mike": ("michael",),
    "jim": ("james",),
    "jon": ("jonathan",),
    "kate": ("katherine", "catherine"),
    "liz": ("elizabeth",),
    "guigui": ("guillaume",),
    "gui": ("guillaume",),
    "tony": ("antoine", "anthony"),
    "toto": ("thomas",),
    "clem": ("clement", "clementine"),
    "lolo": ("laurent", "laura"),
    "marco": ("marc",),
    "oli": ("olivier",),
    "quent": ("quentin",),
    "romy": ("romain",),
    "vic": ("victor", "victoria"),
    "isa": ("isabelle",),
    "mimi": ("emilie",),
    "sasha": ("alexandre", "alexandra"),
    "charly": ("charles", "charlotte"),
    "charlie": ("charles", "charlotte"),
    "jo": ("johanna", "joseph", "jonathan", "joel"),
    "lulu": ("lucie", "lucien"),
    "hugo": ("hugues",),
    "tim": ("timothee", "timothy"),
    "theo": ("theodore", "theophile"),
    "xav": ("xavier",),
    "gilou": ("gilles",),
}

_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_PARTICLES = {"de", "du", "des", "le", "la", "van", "von", "der", "den", "d", "di", "da", "el"}


_ELIDED_PREFIX = re.compile(r"\b(\w)['’]")


def surname_last(name: str) -> str:
    """French directories write ``"NOM Prénom"``: move a leading upper-case surname to
    the end (``"BENALI Karim"`` -> ``"Karim BENALI"``), also before initials written in
    capitals (``"MOREL JB"`` -> ``"JB MOREL"``)."""
    words = name.split()
    leading = 0
    while leading < len(words) - 1 and words[leading].isupper() and len(words[leading]) > 2:
        leading += 1
    initials = all(len(w.replace(".", "").replace("-", "")) <= 2 for w in words[leading:])
    if 0 < leading < len(words) and (initials or not any(w.isupper() for w in words[leading:])):
        return " ".join(words[leading:] + words[:leading])
    return name


def name_tokens(name: str) -> list[str]:
    """``"Jean-Baptiste de Morel"`` -> ``["jean", "baptiste", "morel"]``;
    ``"N'Diaye"`` -> ``["ndiaye"]``; ``"MOREL Jean"`` -> ``["jean", "morel"]``."""
    name = _ELIDED_PREFIX.sub(r"\1", surname_last(name))
    # unidecode after folding: "Søren", "Łukasz", "Straße" have letters that no accent
    # stripping turns into ASCII.
    folded = _NON_WORD.sub(" ", unidecode(fold(name)).lower().replace("-", " "))
    return [t for t in folded.split() if t not in _PARTICLES]


def first_name_forms(token: str) -> set[str]:
    """A first name and the canonical names it may be short for."""
    return {token, *NICKNAMES.get(token, ())}


def normalise_email(email: str) -> str:
    return email.strip().lower()


_TWITTER_HOSTS = {"twitter.com", "mobile.twitter.com", "x.com"}


def normalise_url(url: str) -> str:
    """Comparable form of a URL: https, no www, lowercase host and path, no query,
    no trailing slash; twitter.com and x.com are the same place."""
    url = url.strip()
    if not url:
        return ""
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
    except ValueError:  # "http://[": not a URL anyone can visit
        return ""
    if host in _TWITTER_HOSTS:
        host = "x.com"
    path = parts.path.rstrip("/").lower()
    if not host:
        return ""
    if host == "news.ycombinator.com":  # pages are named by their query: user?id=, item?id=
        ident = dict(p.partition("=")[::2] for p in parts.query.split("&")).get("id", "")
        return f"{host}{path}/{ident}" if ident else f"{host}{path}"
    return f"{host}{path}"


def normalise_handle(handle: str) -> str:
    """``"@marie@piaille.fr"`` -> ``"marie"``; ``"M-Lefevre"`` -> ``"mlefevre"``."""
    local = handle.strip().lstrip("@").split("@")[0]
    return re.sub(r"[^a-z0-9]", "", unidecode(fold(local)).lower())


def chosen_part(identifier: str) -> str:
    """The part of a handle, e-mail address or URL the person chose: an address's local
    part (its domain is the provider's, no one's name or number), else all of it."""
    if "@" in identifier and "/" not in identifier:
        return identifier.rsplit("@", 1)[0]
    return identifier


def _written_forms(identifier: str) -> str:
    """Letters and digits of a handle, an e-mail's local part or a URL."""
    return re.sub(r"[^a-z0-9]", "", unidecode(fold(chosen_part(identifier))).lower())


def surname_as_written(surname: str, identifiers: list[str], min_length: int = 4) -> str:
    """The surname as the record's own handle, e-mail or website write it, when the
    displayed one is one typo away (a letter changed, dropped, added, or two swapped)
    from exactly one string written there (not counting a window inside another, the
    same word cut short): ``"vainvi"`` with the handle
    ``"vincentvianvi"`` -> ``"vianvi"``. Otherwise (written as shown, not written, too
    short, or several candidates) the surname unchanged."""
    if len(surname) < min_length:
        return surname
    written = [w for w in map(_written_forms, filter(None, identifiers)) if w]
    if not written or any(surname in w for w in written):
        return surname
    found: set[str] = set()
    for word in written:
        if fuzz.partial_ratio(surname, word) < 100 * (1 - 2 / len(surname)):
            continue  # no window is within one edit: skip the slow scan
        for length in (len(surname) - 1, len(surname), len(surname) + 1):
            for start in range(len(word) - length + 1):
                window = word[start : start + length]
                if OSA.distance(surname, window, score_cutoff=1) <= 1:
                    found.add(window)
    # a window inside another candidate is that written word cut short (dupon, dupont)
    whole = {w for w in found if not any(w != other and w in other for other in found)}
    return whole.pop() if len(whole) == 1 else surname


def first_name_as_written(first: str, identifiers: list[str]) -> str:
    """A short first name replaced by its long form when the record's own handle,
    e-mail or website write exactly one of its long forms: ``"chris"`` with the handle
    ``"christinedupont"`` -> ``"christine"``, ``"jp"`` with ``"jeanpierre74"`` ->
    ``"jean pierre"``. Otherwise (not a short form, no long form written, or several)
    the first name unchanged."""
    forms = NICKNAMES.get(first) or NICKNAMES.get(first.replace(" ", ""))
    if not forms:
        return first
    written = [w for w in map(_written_forms, filter(None, identifiers)) if w]
    found = {f for f in forms if any(f.replace(" ", "") in w for w in written)}
    return found.pop() if len(found) == 1 else first
