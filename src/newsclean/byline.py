"""Bylines: find the lines that say who wrote the story, then parse names and roles out of them.

Forms handled: ``By Jane Doe and John Roe``, ``Von Anna Schmidt, dpa``, ``By Jane Doe, Associated
Press``, ``Reporting by X; Additional reporting by Y; Editing by Z``, ``Writing by X, Editing by
Y``, bare name lines above a date (``Tom Davies Associated Press``, which the labeller only
accepts next to a timestamp), names run into a date or an age (``Mike Conley December 18,
2020``, ``Alex Perry 1 day ago``, ``By Erin Cunningham March 18 at 3:57 PM``), and the credit
lines of :mod:`newsclean.credits` (author notes, contact and contributor lines, role labels such
as ``Foto: ... / Text: ...``). Whether a part is a name is :mod:`newsclean.names`' to say.
"""

from __future__ import annotations

import re

import regex

from . import credits, dated_names
from .dates import find_dates
from .lexicon import (
    BY_WORDS,
    EDITOR_ROLES,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    PICTURE_ROLES,
    PLACE_PREPOSITIONS,
    ROLES,
    longest_first,
)
from .model import Byline
from .names import (
    WITH_WORDS,
    is_agency_line,
    is_name_line,
    is_name_word,
    is_newsroom_line,
    split_names,
)
from .records import BylineForm, BylineMatch

__all__ = [
    "BylineForm",
    "BylineMatch",
    "is_agency_line",
    "is_name_line",
    "is_newsroom_line",
    "match_author_note",
    "match_byline",
    "match_foot_byline",
    "merge_bylines",
    "parse_byline",
    "split_names",
]

#: The word for "by" that opens a byline, in several languages.
_BY = "(?:" + "|".join(BY_WORDS) + ")"
#: Contribution roles written before "by" in credit lines.
#: Words before a role: "Additional reporting by", "An article by", "Ein Beitrag von".
_ROLE = (
    r"(?:(?:additional|further|with|and|an?|ein|eine|un|une|una|uno|um|uma|een)\s+)*"
    r"(?:" + longest_first(ROLES, regex.escape) + ")"
)
_EDITOR_ROLE = regex.compile(r"(?i)\b(?:" + longest_first(EDITOR_ROLES, regex.escape) + r")\b")
#: Roles that credit pictures, not words: "Photo by ..." is a credit, its name no author.
_PICTURE_ROLE = regex.compile(r"(?i)^\W*(?:" + longest_first(PICTURE_ROLES) + r")\b")
#: Capitalised words that follow "By" in sentences, not names.
_NOT_AFTER_BY = (
    "The|This|That|These|Those|Then|Now|Contrast|Comparison|Law|Day|Night|Far|All|Some|Most"
    "|Many|Using|Way|Default|Design|Definition|Accident|Chance|Mid|Early|Late|Next|Last|"
    + "|".join(name.capitalize() for name in (*ENGLISH_WEEKDAYS, *ENGLISH_MONTHS))
    + "|Der|Die|Das|Den|Dem|Le|La|Les|El|Los|Las|Il|Lo|Gli|De|Het|Een|Um|Una|Un|Une"
)
#: A byline line that starts with "By" and a capitalised name.
_BY_LINE = regex.compile(rf"(?i:{_BY}):?\s+(?=[\p{{Lu}}@])(?!(?:{_NOT_AFTER_BY})\b)")
#: A credit line of roles: "Reporting by X; Editing by Y", "(Writing by X, Editing by Y)".
_ROLE_LINE = regex.compile(rf"(?i)\(?\s*{_ROLE}\s+(?:and\s+\w+\s+)?{_BY}\b:?")
#: A role marker anywhere in a credit line (where the names of one role begin).
_ROLE_MARKER = regex.compile(rf"(?i)(?:^|[;,.(]\s*|\s)(?:{_ROLE}\s+(?:and\s+\w+\s+)?)?{_BY}\b:?\s*")
#: An inline "by" and the names after it, up to a separator (" - ", " | ", " • ").
_INLINE_BY = regex.compile(
    rf"(?i:\b(?:{_ROLE}\s+)?{_BY}):?\s+(?P<names>\p{{Lu}}[^|•]*?)(?=\s+[-|•–—]\s+|\s*$)"
)
#: A byline that names only a desk or organisation: "By Island News 8 Staff".
_ORG_BYLINE_END = regex.compile(
    r"(?i)\b(?:staff|staff reports?|reports?|wire|wires|wire services|news services?|desk|team|bureau|editors|editorial board|writers?|redaktion)\.?$"
)

#: Cheap tests that must pass before the patterns above are tried.
_BYLINE_OPENING = re.compile(rf"\(?\s*(?:{_BY}|{_ROLE})\b")
_CREDIT_HINT = re.compile(
    r"reach|contact|e-?mail|contribut|assistance|additional reporting|colabora|mit material"
    r"|avec |mitarbeit"
)
_INLINE_BY_HINT = re.compile(rf"\b{_BY}\b")
_DIGIT = re.compile(r"\d")
_AUTHOR_NOTE_HINT = re.compile(r" (?:is|was|has been|writes|covers) ")
#: What ends the names of a byline: a bar, a comma, a bracket or a dash between spaces.
_BYLINE_SEPARATOR = regex.compile(r"\s*[|,(—–•]\s*|\s-\s")
#: What follows the names of a "By" line after a bar or a spaced dash ("| NJ Advance Media").
_BYLINE_TAIL = regex.compile(r"\s*[|•]\s*|\s[-–—]\s")
#: A role in brackets after a name: "Eleanor Roy (reporting) and Ari Malloch (photography)".
_BRACKETED_ROLE = regex.compile(r"(?P<name>[^(),;]+?)\s*\((?P<role>[\p{L} \-]{3,30})\)")
#: Lower-case words a credit line's names may hold ("Reporting by Jane Doe in Moscow").
_CREDIT_PLACE_WORDS = frozenset({"in", "at", "from", "for", "with"})
#: Where the first names of a credit line end.
_CREDIT_SEPARATOR = re.compile(r"[;,|(]|\.\s|\s[-–—]\s")

#: A letter of the scripts whose credits :func:`credits.parse_cjk_credit` reads: Hangul, Kana,
#: Han (a character class, which the engine scans for faster than the credits' labels).
_CJK_LETTER = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")

#: The longest line read as a byline (an author note may be a long sentence).
BYLINE_MAX_CHARS = 160
AUTHOR_NOTE_MAX_CHARS = 400


def match_byline(text: str) -> BylineMatch | None:
    """Recognise a byline line by its own text (bare name lines are left to the labeller).

    >>> match_byline("By Jane Doe and John Roe, Associated Press").form
    <BylineForm.BY_LINE: 'by-line'>
    >>> match_byline("Writing by Steve Gutterman, Editing by Gareth Jones").form
    <BylineForm.ROLE_CREDITS: 'role-credits'>
    >>> match_byline("Von Anna Schmidt und Jan de Vries").form
    <BylineForm.BY_LINE: 'by-line'>
    >>> match_byline("By the end of the year, the plant will close.") is None
    True
    """
    if len(text) <= BYLINE_MAX_CHARS:
        lower = text.lower()
        if _BYLINE_OPENING.match(lower):
            if (
                _ROLE_LINE.match(text)
                and not _PICTURE_ROLE.match(text)
                and _credits_names_first(text)
                and any(parse_byline(text, BylineForm.ROLE_CREDITS))
            ):
                return BylineMatch(BylineForm.ROLE_CREDITS, text)
            if _BY_LINE.match(text) and (
                _names_dominate(dated_names.by_line_names(text))
                or _is_org_byline(_BYLINE_TAIL.split(text, maxsplit=1)[0])
            ):
                return BylineMatch(BylineForm.BY_LINE, text)
        if is_newsroom_line(text):
            return BylineMatch(BylineForm.AGENCY, text)
        if _CREDIT_HINT.search(lower):
            if credits.CONTACT.match(text):
                return BylineMatch(BylineForm.CONTACT, text)
            if credits.CONTRIBUTORS.fullmatch(text) and (
                credits.contributor_names(text) or credits.credits_agency(text)
            ):
                return BylineMatch(BylineForm.CONTRIBUTORS, text)
        if (
            not text.isascii()
            and _CJK_LETTER.search(text)  # most lines: no Hangul, Kana or Han
            and credits.CJK_CREDIT_HINT.search(text)
            and credits.parse_cjk_credit(text) is not None
        ):
            return BylineMatch(BylineForm.CJK_LABEL, text)
        if ":" in text:
            if credits.parse_label_credit(text) is not None:
                return BylineMatch(BylineForm.LABEL, text)
            if credits.SOURCE_LINE.fullmatch(text):
                return BylineMatch(BylineForm.SOURCE, text)
        has_digit = _DIGIT.search(text) is not None
        if has_digit and _INLINE_BY_HINT.search(lower) and _dated_by_names(text):
            return BylineMatch(BylineForm.DATED_BY, text)
        if dated_names.name_before_date(text, has_digit):
            return BylineMatch(BylineForm.NAME_DATED, text)
        if has_digit and text[:1].isupper() and dated_names.names_run_into_when(text):
            return BylineMatch(BylineForm.NAME_RUN_IN, text)
    return match_author_note(text)


def match_author_note(text: str) -> BylineMatch | None:
    """Recognise an author note: "Jane Doe is a staff writer at ...", "Jane Doe (@jdoe) is an
    Ideas contributor at ...".

    >>> match_author_note("Jane Doe (@jdoe) is an Ideas contributor at the Herald.").form
    <BylineForm.AUTHOR_NOTE: 'author-note'>
    >>> match_author_note("Jane Doe is a nurse at the county hospital.") is None
    True
    """
    if (
        len(text) <= AUTHOR_NOTE_MAX_CHARS
        and _AUTHOR_NOTE_HINT.search(text, 0, 120)
        and credits.AUTHOR_NOTE.match(text)
    ):
        return BylineMatch(BylineForm.AUTHOR_NOTE, text)
    return None


def match_foot_byline(text: str) -> BylineMatch | None:
    """Recognise a byline that only counts at an article's foot: an author note ("Jane Doe is a
    staff writer ...") or "Jane Doe reported from Washington." (in the body these are news)."""
    found = match_byline(text)
    if found is not None:
        return found
    if (
        len(text) <= BYLINE_MAX_CHARS
        and " reported from " in text
        and credits.REPORTED_FROM.fullmatch(text)
    ):
        return BylineMatch(BylineForm.REPORTED_FROM, text)
    return None


def _is_org_byline(text: str) -> bool:
    """ "By Island News 8 Staff": "By", capitalised words, and a desk word at the end."""
    words = text.split()[1:]
    return (
        1 <= len(words) <= 6
        and all(w[0].isupper() or w[0].isdigit() for w in words)
        and bool(_ORG_BYLINE_END.search(text))
    )


def _names_dominate(text: str) -> bool:
    """True when "By" is followed by person names, then nothing but an organisation, a job, an
    e-mail address or a phone number: "By Jane Doe, Associated Press" passes, "By Tuesday the
    plant had closed" does not. What follows a bar, a comma or a dash (a desk, a job, a site)
    is not checked."""
    head = _BYLINE_SEPARATOR.split(text, maxsplit=1)[0]
    words = head.split()[1:]
    if not words or not words[0][0].isupper():
        return False
    for word in words:
        if not (
            word[0].isupper()
            or word.lower() in _CONNECTORS
            or _is_contact_token(word)
            or is_name_word(word.strip(",;"))  # "al-Masri"
            or is_agency_line(word.strip(",;()"))  # "mit dpa"
        ):
            return False
    return bool(split_names(" ".join(words), strong=True))


#: Lower-case words that may stand between the names of a "By" line: the words that join
#: names, the particles inside them, and the prepositions of a place after them ("By Jane Doe
#: in London").
_CONNECTORS = NAME_CONNECTORS | NAME_PARTICLES | frozenset(PLACE_PREPOSITIONS) | WITH_WORDS


def _credits_names_first(text: str) -> bool:
    """True when the words after a credit line's first "by", up to a separator, are names (and
    a place): "Reporting by Jane Doe in Moscow; Editing by ..." passes, "Research by Jane Doe of
    the university found that ..." (a sentence) does not."""
    match = _ROLE_LINE.match(text)
    if match is None:
        return False
    words = _CREDIT_SEPARATOR.split(text[match.end() :], maxsplit=1)[0].split()
    return bool(words) and all(
        word[0].isupper()
        or word.lower() in _CONNECTORS
        or word.lower() in _CREDIT_PLACE_WORDS
        or _is_contact_token(word)
        for word in words
    )


def _is_contact_token(word: str) -> bool:
    """An e-mail address, handle, phone number or punctuation that may follow a byline's names."""
    return "@" in word or any(ch.isdigit() for ch in word) or not any(ch.isalpha() for ch in word)


def _dated_by_names(text: str) -> list[str]:
    """Names after an inline "by" in a date line ("November 18, 2019 7:45 am PST by Joe Rossignol",
    "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde")."""
    match = _INLINE_BY.search(text)
    if match is None or not find_dates(text):
        return []
    return split_names(match.group("names"))


def _split_credited(names: str) -> list[str]:
    """The names of one role's stretch of a credit line; a name followed by a picture role in
    brackets ("Ari Malloch (photography)") is a photographer's, not an author's."""
    kept = _BRACKETED_ROLE.sub(
        lambda m: "" if _PICTURE_ROLE.match(m.group("role")) else m.group("name"), names
    )
    return split_names(kept, strong=True, leading=True)


#: The forms that name no one (the names are on another line, or the line is an agency's).
_NAMELESS_FORMS = frozenset(
    {BylineForm.CONTINUATION, BylineForm.AGENCY, BylineForm.SOURCE, BylineForm.PREFIX}
)
#: The forms whose whole line is names.
_NAME_FORMS = frozenset({BylineForm.NAME_LINE, BylineForm.NAME_AFTER_PREFIX})


def parse_byline(text: str, form: BylineForm) -> tuple[list[str], list[str]]:
    """Authors and editors named in one byline line.

    >>> parse_byline("Reporting by A. Smith and Bo Lee; Additional reporting by Cy Young; Editing by Di Ross", BylineForm.ROLE_CREDITS)
    (['A. Smith', 'Bo Lee', 'Cy Young'], ['Di Ross'])
    >>> parse_byline("Jane Doe is a staff writer at the Herald.", BylineForm.AUTHOR_NOTE)
    (['Jane Doe'], [])
    >>> parse_byline("by Eleanor Ainge Roy (reporting) and Ari Malloch (photography)", BylineForm.BY_LINE)
    (['Eleanor Ainge Roy'], [])
    """
    if form == BylineForm.AUTHOR_NOTE:
        name = credits.author_note_name(text)
        return ([name] if name else []), []
    if form == BylineForm.CONTACT:
        return credits.parse_contact(text)
    if form == BylineForm.CONTRIBUTORS:
        return credits.contributor_names(text), []
    if form == BylineForm.REPORTED_FROM:
        match = credits.REPORTED_FROM.fullmatch(text)
        return (split_names(match.group("names")) if match else []), []
    if form == BylineForm.LABEL:
        return credits.parse_label_credit(text) or ([], [])
    if form == BylineForm.CJK_LABEL:
        return credits.parse_cjk_credit(text) or ([], [])
    if form in _NAMELESS_FORMS:
        return [], []
    if form in _NAME_FORMS:
        return split_names(text, strong=form == BylineForm.NAME_AFTER_PREFIX), []
    if form == BylineForm.DATED_BY:
        return _dated_by_names(text), []
    if form == BylineForm.NAME_DATED:
        return dated_names.name_before_date(text), []
    if form == BylineForm.NAME_RUN_IN:
        return dated_names.names_run_into_when(text), []
    authors: list[str] = []
    editors: list[str] = []
    if form == BylineForm.BY_LINE:
        # a desk, a job or a date follows a bar; a date or an age may follow the names
        text = dated_names.by_line_names(_BYLINE_TAIL.split(text, maxsplit=1)[0])
    # A bare "von" or "di" inside the names is a particle of one ("Ursula von der Leyen"), not
    # the "by" of another credit.
    markers = [
        marker
        for marker in _ROLE_MARKER.finditer(text)
        if marker.start() == 0 or marker.group().strip().lower() not in NAME_PARTICLES
    ]
    for number, marker in enumerate(markers):
        end = markers[number + 1].start() if number + 1 < len(markers) else len(text)
        if _PICTURE_ROLE.match(marker.group()):
            continue  # a photographer or an illustrator is credited, not an author
        names = _split_credited(text[marker.end() : end])
        target = editors if _EDITOR_ROLE.search(marker.group()) else authors
        target.extend(n for n in names if n not in target)
    return authors, editors


def merge_bylines(lines: list[BylineMatch]) -> Byline | None:
    """One Byline from every byline line of an article, names in order without duplicates."""
    if not lines:
        return None
    # Dicts as ordered sets: a page of thousands of bylines is read in linear time.
    authors: dict[str, None] = {}
    editors: dict[str, None] = {}
    for line in lines:
        line_authors, line_editors = parse_byline(line.text, line.form)
        authors.update(dict.fromkeys(line_authors))
        editors.update(dict.fromkeys(line_editors))
    text = "\n".join(line.text for line in lines)
    return Byline(text=text, authors=tuple(authors), editors=tuple(editors))
