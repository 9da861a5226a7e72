"""Bylines: find the lines that say who wrote the story, then parse names and roles out of them.

Forms handled: ``By Jane Doe and John Roe``, ``By Jane Doe, Associated Press``,
``Reporting by X; Additional reporting by Y; Editing by Z``, ``Writing by X, Editing by Y``,
author notes at the foot (``Jane Doe is a staff writer at ...``), contact lines
(``Jane Doe may be reached at ...``), and bare name lines above a date (``Tom Davies
Associated Press``), which the labeller only accepts next to a timestamp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .dates import find_dates
from .model import Byline

#: The word for "by" that opens a byline, in several languages.
_BY = r"(?:by|por|par|von|di|door|av|af|от)"
#: Contribution roles written before "by" in credit lines.
_ROLE = (
    r"(?:(?:additional|further|with|and)\s+)*(?:reporting|reported|writing|written|editing|edited"
    r"|compiled|produced|research|researched|graphics?|photography|photos?|video|fact-checking"
    r"|translated|translation|text|story|words|interview|interviews|illustrations?|design"
    r"|publicado|escrito|postado|reportagem|texto|posted|published"
    r"|analysis|opinion|commentary|column|essay|review)"
)
_EDITOR_ROLE = regex.compile(r"(?i)\bedit(?:ing|ed)\b")
#: Roles that credit pictures, not words: "Photo by ..." is a credit, its name no author.
_PICTURE_ROLE = regex.compile(
    r"(?i)^\W*(?:photos?|photography|video|graphics?|illustrations?|design)\b"
)

#: A byline line that starts with "By" and a capitalised name.
_BY_LINE = regex.compile(
    rf"(?i:{_BY}):?\s+(?=[\p{{Lu}}@])(?!(?:The|This|That|These|Those|Then|Now|Contrast|Comparison|Law|Day|Night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Far|All|Some|Most|Many|Using|Way|Default|Design|Definition|Accident|Chance|Mid|Early|Late|Next|Last|Next)\b)"
)
#: A credit line of roles: "Reporting by X; Editing by Y", "(Writing by X, Editing by Y)".
_ROLE_LINE = regex.compile(rf"(?i)\(?\s*{_ROLE}\s+(?:and\s+\w+\s+)?{_BY}\b:?")
#: A role marker anywhere in a credit line (where the names of one role begin).
_ROLE_MARKER = regex.compile(rf"(?i)(?:^|[;,.(]\s*|\s)(?:{_ROLE}\s+(?:and\s+\w+\s+)?)?{_BY}\b:?\s*")
#: An inline "by" and the names after it, up to a separator (" - ", " | ", " • ").
_INLINE_BY = regex.compile(
    rf"(?i:\b(?:{_ROLE}\s+)?{_BY}):?\s+(?P<names>\p{{Lu}}[^|•]*?)(?=\s+[-|•–—]\s+|\s*$)"
)
#: An author note: "Jane Doe is a staff writer at ...", "Jane Doe (@jdoe) covers ... for ...".
_AUTHOR_NOTE = regex.compile(
    r"(?P<name>[\p{Lu}][\p{L}.'’\-]+(?:\s+[\p{Lu}][\p{L}.'’\-]+){1,3})\s*(?:\([^)]{1,40}\)\s*)?,?\s*"
    r"(?:is|was|has been)\s+(?:a|an|the|our)\s+(?:[\w\-]+\s+){0,5}"
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|author"
    r"|analyst|critic|blogger|intern|fellow|freelancer|photographer|publisher|host)\b"
)
#: A contact line: "Jane Doe may be reached at ...", "Contact Jane Doe at jdoe@...", "To contact
#: the reporter on this story: Jane Doe in London at ...".
_CONTACT = regex.compile(
    r"(?:.{0,60}?[.?!]\s+)?(?:"
    r"(?P<name>[\p{Lu}][\p{L}.'’\-]+(?:\s+[\p{Lu}][\p{L}.'’\-]+){1,3})\s+(?i:(?:may|can)\s+be\s+(?:reached|contacted)\s+(?:at|on|by|via))"
    r"|(?i:contact|e-?mail)\s+(?P<name2>[\p{Lu}][\p{L}.'’\-]+(?:\s+[\p{Lu}][\p{L}.'’\-]+){1,3})\s+(?i:at|on|via)\s"
    r"|(?i:to\s+contact\s+the\s+(?P<role>reporters?|writers?|authors?|editors?)\b[^:]{0,40}):\s*(?P<names>.{2,200})"
    r")"
)
#: Credit lines for contributors: "Ellen Park contributed to this report.", "Contributing: Ana
#: Whitlock, USA TODAY", "--With assistance from Kaori Saito.", "X contributed reporting from Y."
_CONTRIBUTORS = regex.compile(
    r"(?:(?P<before>.{3,160}?)\s+(?i:contributed|contributing)\s+(?i:(?:additional\s+)?reporting|to\s+this"
    r"\s+(?:report|story|article)|research|to\s+the\s+report)\b.{0,80}"
    r"|[-–—\s]*(?i:with\s+assistance\s+from|contributing|contributors?|additional\s+reporting|colabora(?:ção|ram)"
    r"|mit\s+material\s+von|avec)\s*:?\s+(?P<after>.{3,200}))"
)
#: An editing credit written with a colon: "Edição: Carlos Menezes", "Editor: Jane Doe".
_EDITOR_LABEL = regex.compile(
    r"(?i:edição|edición|édition|edited|editing|editor|editors|redaktion|bearbeitung|a cura di)\s*:\s*(?P<names>\p{Lu}.{2,100})"
)
#: "X reported from Washington." at the foot of a story.
_REPORTED_FROM = regex.compile(
    r"(?P<names>[\p{Lu}][\p{L}.'’\-]+(?:\s+[\p{Lu}][\p{L}.'’\-]+){1,3}(?:\s+and\s+[\p{Lu}][\p{L}.'’\-]+(?:\s+[\p{Lu}][\p{L}.'’\-]+){1,3})?)"
    r"\s+reported\s+from\s+[\p{Lu}][\w .,'’\-]{1,60}\.?"
)
#: A source line under a wire story: "SOURCE: Al Jazeera News".
_SOURCE_LINE = regex.compile(r"(?i:source|fonte|fuente|quelle)\s*:\s*\p{Lu}[\w .&'’\-]{1,50}")
#: A byline that names only a desk or organisation: "By Island News 8 Staff".
_ORG_BYLINE_END = regex.compile(
    r"(?i)\b(?:staff|staff reports?|reports?|wire|wires|wire services|news services?|desk|team|bureau|editors|editorial board|writers?)\.?$"
)

#: A name of two to four capitalised words, or two such names joined by "and" or "&".
_NAMES = (
    r"(?P<names>\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){1,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}.'’\-]+"
    r"(?:\s+\p{Lu}[\p{L}.'’\-]+){1,3})?)"
)
#: A name (or two), maybe a handle, then a separator and when: see :func:`_name_before_date`.
_NAME_THEN_DATE = regex.compile(_NAMES + r"(?:\s+@\w+)?\s*[-–—•|/]\s*(?P<when>.{3,60})")
#: A name (or two) then, with no separator, a date that opens with its weekday ("Jane Roe and
#: John Doe Sun 21 Jan 2024 06.30 GMT"): a capitalised weekday cannot end a name here, since
#: the date must follow it.
_NAME_THEN_WEEKDAY = regex.compile(
    _NAMES + r"\s+(?P<when>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+\d.{2,40})"
)
#: What every match of :data:`_NAME_THEN_WEEKDAY` holds (a literal alternation: a cheap test).
_WEEKDAY_HINT = re.compile(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun")
#: A date, then a name or two ("November 20, 2019 Emiliano Bellini", "19/11/2019 | by Ana
#: Lima"): the date ends with a digit, a clock's "am"/"pm" or a time zone.
_DATE_THEN_NAME = regex.compile(
    r"(?P<when>.{4,50}?(?:\d|[ap]\.?m\.?|GMT|UTC|[ECMP][SD]?T))\s*(?:[-–—•|/,]\s*)?(?:(?i:by):?\s+)?"
    r"(?!(?:GMT|UTC|[ECMP][SD]?T)\b)" + _NAMES
)
#: How a line that may be :data:`_DATE_THEN_NAME` opens: a digit, or a month or weekday and a
#: digit ("Nov. 20", "Wed, 20").
_DATE_OPENING = re.compile(
    r"(?i)\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]{0,7}\.?,?\s+\d"
)
#: The characters :data:`_DATE_OPENING` may start with (a set lookup spares many lines the
#: pattern): digits and the initials of month and weekday names.
_DATE_FIRST_CHARS = frozenset("0123456789JFMASONDTWjfmasondtw")
#: The separators of :data:`_NAME_THEN_DATE`, one of which every match holds.
_NAME_DATE_SEPARATOR = re.compile(r"[-–—•|/]")
#: An age as news sites print it: "2 days", "3 hours ago", "5 min".
_AGE = regex.compile(
    r"(?i)\d+\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|y|years?)(?:\s+ago)?"
)
#: Cheap tests that must pass before the patterns above are tried.
_BYLINE_OPENING = regex.compile(rf"\(?\s*(?:{_BY}|{_ROLE})\b")
_CREDIT_HINT = re.compile(
    r"reach|contact|e-?mail|contribut|assistance|additional reporting|colabora|mit material|avec "
)
_INLINE_BY_HINT = regex.compile(rf"\b{_BY}\b")
_DIGIT = re.compile(r"\d")
_AUTHOR_NOTE_HINT = re.compile(r" (?:is|was|has been) ")
#: What ends the names of a byline: a bar, a comma, a bracket or a dash between spaces.
_BYLINE_SEPARATOR = regex.compile(r"\s*[|,(—–•]\s*|\s-\s")
#: What follows the names of a "By" line after a bar or a spaced dash ("| NJ Advance Media").
_BYLINE_TAIL = regex.compile(r"\s*[|•]\s*|\s[-–—]\s")
#: Separators between names in a list.
_NAME_SEPARATOR = regex.compile(r"\s*(?:,|;|&|\||\band\b|\by\b|\be\b|\bund\b|\bet\b|\bwith\b)\s*")
_NAME_TOKEN = regex.compile(
    r"[\p{Lu}][\p{L}\p{M}'’\-]*\.?|(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|ten|bin|ibn|al|el|la|le|st\.?)\b"
)
#: Words that mark an organisation or a job, not a person, in a byline.
_NOT_A_NAME = frozenset(
    """associated press ap reuters afp cnn bbc bloomberg usa today staff writer writers reporter
    reporters editor editors correspondent correspondents contributor contributors news service
    services wire wires desk team bureau media group newsroom agency agencies times post journal
    daily herald tribune gazette leader press network digital online magazine channel radio tv
    the for of at in on senior chief special contributing political national foreign business
    health science sports opinion columnist analyst producer photographer and with from via
    inc llc ltd co company report reports view more all articles posts stories profile leader
    argus star sun globe courier chronicle bulletin register examiner observer sentinel""".split()
)
#: The words of _NOT_A_NAME that name organisations and jobs (not the small words).
_ORGANISATION_WORDS = _NOT_A_NAME - frozenset(
    "the for of at in on and with from via more all view".split()
)
_NAME_CONNECTORS = frozenset({"and", "&", "de", "van", "von", "da", "del", "der", "y", "e", "und"})
#: Particles inside surnames, written in either case ("Marcus De Guzman", "Abigail van Buren").
_NAME_PARTICLES = frozenset(
    "de da do dos das del della di du van von der den ter ten bin ibn al el la le st st.".split()
)
_HONORIFIC_SUFFIX = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

#: The longest line read as a byline (an author note may be a long sentence).
BYLINE_MAX_CHARS = 160
AUTHOR_NOTE_MAX_CHARS = 400


@dataclass(frozen=True, slots=True)
class BylineMatch:
    """How a line was recognised as a byline (``form``) and what it says."""

    form: str
    text: str


def match_byline(text: str) -> BylineMatch | None:
    """Recognise a byline line by its own text (bare name lines are left to the labeller).

    >>> match_byline("By Jane Doe and John Roe, Associated Press").form
    'by-line'
    >>> match_byline("Writing by Steve Gutterman, Editing by Gareth Jones").form
    'role-credits'
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
                and any(parse_byline(text, "role-credits"))
            ):
                return BylineMatch("role-credits", text)
            if _BY_LINE.match(text) and (
                _names_dominate(text) or _is_org_byline(_BYLINE_TAIL.split(text, maxsplit=1)[0])
            ):
                return BylineMatch("by-line", text)
        if _CREDIT_HINT.search(lower):
            if _CONTACT.match(text):
                return BylineMatch("contact", text)
            if _CONTRIBUTORS.fullmatch(text) and (
                _contributor_names(text) or _credits_agency(text)
            ):
                return BylineMatch("contributors", text)
        if ":" in text and (_EDITOR_LABEL.fullmatch(text) or _SOURCE_LINE.fullmatch(text)):
            return BylineMatch("label", text)
        has_digit = _DIGIT.search(text) is not None
        if has_digit and _INLINE_BY_HINT.search(lower) and _dated_by_names(text):
            return BylineMatch("dated-by", text)
        if _name_before_date(text, has_digit):
            return BylineMatch("name-dated", text)
    return match_author_note(text)


def match_author_note(text: str) -> BylineMatch | None:
    """Recognise an author note: "Jane Doe is a staff writer at ...", "Jane Doe (@jdoe) is an
    Ideas contributor at ...".

    >>> match_author_note("Jane Doe (@jdoe) is an Ideas contributor at the Herald.").form
    'author-note'
    >>> match_author_note("Jane Doe is a nurse at the county hospital.") is None
    True
    """
    if (
        len(text) <= AUTHOR_NOTE_MAX_CHARS
        and _AUTHOR_NOTE_HINT.search(text, 0, 120)
        and _AUTHOR_NOTE.match(text)
    ):
        return BylineMatch("author-note", text)
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
        and _REPORTED_FROM.fullmatch(text)
    ):
        return BylineMatch("reported-from", text)
    return None


def _name_before_date(text: str, has_digit: bool = True) -> list[str]:
    """Names before a date or an age, set apart by a dash, bar, bullet or slash ("Chris Davies -
    Nov 19, 2019, 10:31 pm CST", "Catherine Shu @catherineshu / 2 days"), or before a date that
    opens with its weekday ("Jane Roe Sun 21 Jan 2024 06.30 GMT"); or names after a date
    ("November 20, 2019 Emiliano Bellini"). ``has_digit`` False says the text holds no digit,
    so no date opens it."""
    match = None
    # Cheap tests first: each full pattern needs a separator, or a weekday before a digit.
    if _NAME_DATE_SEPARATOR.search(text) is not None:
        match = _NAME_THEN_DATE.fullmatch(text)
    if match is None and _WEEKDAY_HINT.search(text) is not None:
        match = _NAME_THEN_WEEKDAY.fullmatch(text)
    if (
        match is None
        and has_digit
        and text[:1] in _DATE_FIRST_CHARS
        and text[-1:].isalpha()
        and _DATE_OPENING.match(text) is not None
    ):
        match = _DATE_THEN_NAME.fullmatch(text)
        if match is not None and not is_name_line(match.group("names")):
            return []  # "Nov 20, 2019 Markets Policy": a date and a menu
    if match is None:
        return []
    when = match.group("when")
    if not (find_dates(when) or _AGE.fullmatch(when)):
        return []
    return split_names(match.group("names"))


def _is_org_byline(text: str) -> bool:
    """ "By Island News 8 Staff": "By", capitalised words, and a desk word at the end."""
    words = text.split()[1:]
    return (
        1 <= len(words) <= 6
        and all(w[0].isupper() or w[0].isdigit() for w in words)
        and bool(_ORG_BYLINE_END.search(text))
    )


def _contributor_names(text: str) -> list[str]:
    """Person names in a contributor credit line."""
    match = _CONTRIBUTORS.fullmatch(text)
    if match is None:
        return []
    return find_person_names(match.group("before") or match.group("after") or "")


def _credits_agency(text: str) -> bool:
    """True when a contributor credit names a wire service ("The Associated Press contributed to
    this report.")."""
    match = _CONTRIBUTORS.fullmatch(text)
    credited = (match.group("before") or match.group("after") or "") if match else ""
    return is_agency_line(credited.strip(" .,;:"))


def find_person_names(text: str) -> list[str]:
    """Person names anywhere in a short credit text, organisations and possessives skipped.

    >>> find_person_names("Fox News’ Dana Whitley and The Associated Press")
    ['Dana Whitley']
    >>> find_person_names("Associated Press writer Kim Tran in Oakland")
    ['Kim Tran']
    """
    names: list[str] = []
    run: list[str] = []
    for raw in [*text.split(), ""]:
        token = raw.strip(':,;()[]"“”.')
        possessive = token.endswith(("’s", "'s", "’", "'"))
        if (
            token
            and not possessive
            and _NAME_TOKEN.fullmatch(token)
            and token.lower() not in _NOT_A_NAME
            and not _is_brand(token)
        ):
            run.append(token)
            if not raw.endswith((",", ";", ".")) or len(token) <= 2:
                continue
        while run and run[-1].lower() in _NAME_CONNECTORS:
            run.pop()
        if len(run) >= 2:
            name = " ".join(_trim_to_name(run, complete=len(run) <= 3))
            if name not in names:
                names.append(name)
        run = []
    return names


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
        if not (word[0].isupper() or word.lower() in _NAME_CONNECTORS or _is_contact_token(word)):
            return False
    return bool(split_names(" ".join(words)))


#: Lower-case words a credit line's names may hold ("Reporting by Jane Doe in Moscow").
_CREDIT_PLACE_WORDS = frozenset({"in", "at", "from", "for", "with"})
#: Where the first names of a credit line end.
_CREDIT_SEPARATOR = re.compile(r"[;,|(]|\.\s|\s[-–—]\s")


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
        or word.lower() in _NAME_CONNECTORS
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


def is_name_line(text: str) -> bool:
    """True when a short line is only person names (and maybe an organisation), like
    ``Tom Davies Associated Press`` or ``Lisa Kaczke and Trevor J. Mitchell``.

    >>> is_name_line("Tom Davies Associated Press")
    True
    >>> is_name_line("Police Reports")
    False
    """
    if len(text) > 80 or ":" in text or any(map(str.isdigit, text)):
        return False  # a label ("Our Standards: ...") or a date is no name
    text = _IN_PLACE.sub("", text)
    tokens = text.split()
    if len(tokens) < 2 or text.isupper():
        return False
    if not all(t[0].isupper() or t.lower() in _NAME_CONNECTORS or t == "|" for t in tokens):
        return False
    # A headline in title case ("Video Games Behind The Screen") reads like names; a byline
    # line is names, and after them maybe an organisation or a job ("Associated Press").
    parts = [part for part in _NAME_SEPARATOR.split(text) if part]
    for number, part in enumerate(parts):
        words = part.split()
        name = _person_name(part)
        if name is None:
            if number > 0 and _names_an_organisation(words):
                continue  # "Rahul Deshpande | TNN"
            return False
        rest = words[len(name.split()) :]
        if rest and (number < len(parts) - 1 or not _names_an_organisation(rest, capitals=False)):
            return False
    return True


#: Wire services and agencies that sign stories on their own ("PTI", "Le Monde avec AFP").
_AGENCY_LINE = regex.compile(
    r"(?:[\p{Lu}][\p{L}.'’\-]*(?:\s+[\p{Lu}][\p{L}.'’\-]*){0,3}\s+(?:avec|with|and|mit|con|com|e|y|und|\+|/)\s+)?"
    r"(?:AP|AFP|Reuters|PTI|IANS|ANI|UNI|dpa|EFE|ANSA|Xinhua|Lusa|Kyodo|Yonhap|TASS|Bernama|NNA|Europa Press"
    r"|Associated Press|The Associated Press|Agence France-Presse|Press Trust of India|Agência Brasil"
    r"|Agencia EFE|Deutsche Presse-Agentur)"
)
#: A place after a name in a byline: "Hannah Lindqvist in Brussels".
_IN_PLACE = regex.compile(r"\s+(?:in|from|em|en|aus|à)\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?$")


def is_agency_line(text: str) -> bool:
    """True when the line names only a wire service (maybe with the paper that ran it).

    >>> is_agency_line("PTI"), is_agency_line("Le Monde avec AFP"), is_agency_line("AP sources say")
    (True, True, False)
    """
    return len(text) <= 60 and _AGENCY_LINE.fullmatch(text) is not None


def _names_an_organisation(words: list[str], *, capitals: bool = True) -> bool:
    """True when words name an organisation or a job ("Associated Press", "USA TODAY", "Sioux
    Falls Argus Leader", "View More Articles"); with ``capitals``, an acronym counts too
    ("TNN" in "Rahul Deshpande | TNN")."""
    return any(
        word.lower().strip(".,") in _ORGANISATION_WORDS
        or (capitals and word.isupper() and len(word) > 1)
        for word in words
    )


def split_names(names: str) -> list[str]:
    """Split a list of names and keep the person names, organisations and jobs dropped.

    >>> split_names("Jane Doe and John Roe, Associated Press")
    ['Jane Doe', 'John Roe']
    >>> split_names("Trevor J. Mitchell Sioux Falls Argus Leader")
    ['Trevor J. Mitchell']
    """
    found: list[str] = []
    for part in _NAME_SEPARATOR.split(names):
        name = _person_name(part)
        if name and name not in found:
            found.append(name)
    return found


def _person_name(part: str) -> str | None:
    """The person name at the start of a list item, or None if the item is not a name."""
    tokens: list[str] = []
    raw_tokens = part.split()
    for raw in raw_tokens:
        token = raw.strip(':,;()[]"“”')
        if len(token) > 3 and token.endswith(".") and token.lower() not in _HONORIFIC_SUFFIX:
            token = token[:-1]
        if not token or "@" in token or any(ch.isdigit() for ch in token):
            break
        if token.lower() in _NOT_A_NAME or not _NAME_TOKEN.fullmatch(token) or _is_brand(token):
            break
        tokens.append(token)
    while tokens and tokens[-1].lower() in _NAME_CONNECTORS:
        tokens.pop()
    tokens = _trim_to_name(tokens, complete=len(tokens) == len(raw_tokens))
    if len(tokens) < 2:
        return None
    return " ".join(tokens)


def _is_brand(token: str) -> bool:
    """A mixed-case token with several capitals (``FOXBusiness``) names a brand, not a person."""
    capitals = sum(1 for ch in token if ch.isupper())
    return capitals >= 3 and not token.isupper()


def _trim_to_name(tokens: list[str], *, complete: bool) -> list[str]:
    """Keep a first name, middle initials or particles, a last name and a suffix.

    A list item that is all name (``complete``) keeps up to four words ("Koh Gui Qing"); a run of
    capitalised words followed by more text ("Trevor J. Mitchell Sioux Falls Argus Leader") is
    cut after the first two words (three with a middle initial or a particle).
    """
    if complete and len(tokens) <= 4:
        return tokens
    keep = 2
    while keep < len(tokens) and (
        len(tokens[keep - 1].rstrip(".")) == 1 or tokens[keep - 1].lower() in _NAME_PARTICLES
    ):
        keep += 1
    if keep < len(tokens) and tokens[keep].lower() in _HONORIFIC_SUFFIX:
        keep += 1
    return tokens[:keep]


def parse_byline(text: str, form: str) -> tuple[list[str], list[str]]:
    """Authors and editors named in one byline line.

    >>> parse_byline("Reporting by A. Smith and Bo Lee; Additional reporting by Cy Young; Editing by Di Ross", "role-credits")
    (['A. Smith', 'Bo Lee', 'Cy Young'], ['Di Ross'])
    >>> parse_byline("Jane Doe is a staff writer at the Herald.", "author-note")
    (['Jane Doe'], [])
    """
    if form == "author-note":
        match = _AUTHOR_NOTE.match(text)
        return ([match.group("name")] if match else []), []
    if form == "contact":
        return _parse_contact(text)
    if form == "contributors":
        return _contributor_names(text), []
    if form == "reported-from":
        match = _REPORTED_FROM.fullmatch(text)
        return (split_names(match.group("names")) if match else []), []
    if form == "label":
        match = _EDITOR_LABEL.fullmatch(text)
        return [], (split_names(match.group("names")) if match else [])
    if form in {"continuation", "agency"}:
        return [], []
    if form == "name-line":
        return split_names(_IN_PLACE.sub("", text)), []
    if form == "dated-by":
        return _dated_by_names(text), []
    if form == "name-dated":
        return _name_before_date(text), []
    authors: list[str] = []
    editors: list[str] = []
    if form == "by-line":
        text = _BYLINE_TAIL.split(text, maxsplit=1)[0]  # a desk, a job or a date follows a bar
    markers = list(_ROLE_MARKER.finditer(text))
    for number, marker in enumerate(markers):
        end = markers[number + 1].start() if number + 1 < len(markers) else len(text)
        if _PICTURE_ROLE.match(marker.group()):
            continue  # a photographer or an illustrator is credited, not an author
        names = split_names(text[marker.end() : end])
        target = editors if _EDITOR_ROLE.search(marker.group()) else authors
        target.extend(n for n in names if n not in target)
    return authors, editors


def _parse_contact(text: str) -> tuple[list[str], list[str]]:
    """Names in a contact line; "To contact the editors ..." names editors."""
    match = _CONTACT.match(text)
    if match is None:
        return [], []
    single = match.group("name") or match.group("name2")
    if single:
        return [single], []
    names = [
        n
        for n in (_person_name(part) for part in regex.split(r",|;|\band\b", match.group("names")))
        if n
    ]
    is_editor = match.group("role").lower().startswith("editor")
    return ([], names) if is_editor else (names, [])


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
