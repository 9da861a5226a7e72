"""Datelines: the place (and wire service) that open a story's first paragraph.

Forms: ``MOSCOW (Reuters) - ``, ``WASHINGTON (AP) — ``, ``HAYWARD, Calif. (AP) — ``,
``LONDON, Nov 18 (Reuters) - ``, ``SIOUX FALLS, S.D. – ``, ``PARIS -- ``, ``MUMBAI: ``,
``(CNN) — ``, the Spanish wires' ``Madrid, 12 mar (EFE).- ``, and ``Roma, 12 marzo 2024 - ``. Places are written in capitals; an opening like ``DEAR ABBY:`` or ``UPDATE:`` is a
label, not a place.
"""

from __future__ import annotations

import re

import regex

from .lexicon import AGENCIES, DATELINE_SIGNERS, FULL_WEEKDAYS, MONTHS, longest_first
from .records import DatelineMatch

#: A place in capitals: one to five words ("ST. LOUIS", "WINSTON-SALEM", "COX'S BAZAR").
_PLACE = r"\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,4}"
#: A region after the place: a state abbreviation or a country ("Calif.", "S.D.", "Ukraine").
_REGION = r"\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,2}"
#: A month's name or abbreviation, capitalised or not ("Nov", "12 mar" as Spanish wires write it).
_MONTH = "(?i:" + longest_first(m for m in MONTHS if m.isascii()) + ")"
_DAY = rf"(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:de\s+)?{_MONTH}\.?)(?:,?\s+\d{{4}})?"
_SOURCE = r"(?:[\p{Lu}][\p{L}\p{M}.&' \-]{0,40}?|\p{Ll}{2,5})"
_DASH = r"(?:--|[-–—―])"

#: A place in mixed case ("Nairobi", "Hong Kong", "São Paulo"), accepted only with a wire source
#: in brackets or a long dash after it, and never when it is a word that opens sentences.
_MIXED_PLACE = r"\p{Lu}[\p{Ll}\p{M}'’\-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’\-]+){0,2}"

_WITH_SOURCE = regex.compile(
    rf"(?P<place>(?:{_PLACE}|{_MIXED_PLACE})(?:,\s+{_REGION})?)(?:,\s+(?P<day>{_DAY}))?\s*"
    rf"\((?P<source>{_SOURCE})\)\.?(?:\s*(?:{_DASH}|:))?\s*"
)
_MIXED_PLACE_DASH = regex.compile(rf"(?P<place>{_MIXED_PLACE}(?:,\s+{_REGION})?)\s+[–—―]\s+")
#: A place in mixed case with the day after it, then any dash, as Italian and Spanish papers
#: write it ("Roma, 12 marzo 2024 - ", "Sevilla, 3 de marzo – "): the day makes it a dateline.
_MIXED_PLACE_DAY_DASH = regex.compile(rf"(?P<place>{_MIXED_PLACE}),\s+(?P<day>{_DAY})\s+{_DASH}\s+")
_SOURCE_ONLY = regex.compile(rf"\((?P<source>{_SOURCE})\)\s*{_DASH}\s*")
#: A news source in brackets with no dash after it ("(CNN) President Trump ..."): taken only for
#: a known agency or outlet (:data:`_NEWS_SOURCE`).
_NEWS_SOURCE_BARE = regex.compile(rf"\((?P<source>{_SOURCE})\)\s+(?=\p{{Lu}})")
_PLACE_DASH = regex.compile(
    rf"(?P<place>{_PLACE}(?:,\s+{_REGION})?)(?:,\s+(?P<day>{_DAY}))?\s+{_DASH}\s+"
)
_PLACE_COLON = regex.compile(rf"(?P<place>{_PLACE}):\s+")
#: A place in capitals closed by a full stop and a dash, as Spanish papers write it
#: ("SEVILLA.- ", "BUENOS AIRES.– ").
_PLACE_DOT_DASH = regex.compile(
    r"(?P<place>\p{Lu}[\p{Lu}\p{M}'’\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’\-]*){0,4})\.[-–—]\s+"
)

#: Capitalised openings that are labels, salutations or kickers rather than places.
_NOT_A_PLACE = regex.compile(
    r"DEAR\b.*|(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|WATCH|LISTEN|EXCLUSIVE|NOTE|EDITOR'?S NOTE"
    r"|EDITORS NOTE|Q|A|ANALYSIS|OPINION|COMMENTARY|LIVE|LIVE UPDATES|WARNING|SPOILER|SPOILERS"
    r"|PHOTOS?|VIDEO|READ|READ MORE|ALERT|CORRECTION|CLARIFICATION|FACT CHECK|FACT-CHECK|TL;?DR"
    r"|SUMMARY|BACKGROUND|CONTEXT|WHAT|WHY|HOW|WHO|WHEN|WHERE|THE BOTTOM LINE|BOTTOM LINE|NEW"
    r"|FIRST|LAST|ALSO|PLUS|BONUS|PS|P\.S\.|RELATED|ADVERTISEMENT|SPONSORED|REVIEW|RECIPE"
    r"|INGREDIENTS|DIRECTIONS|STEP \d+|TIP|TIPS|FAQ|QUESTION|ANSWER|OK|FYI|NB|URGENT|FLASH"
    r"|REPORT|STATEMENT|TRANSCRIPT|EXCERPT|UPDATE \d+|PART \w+|CHAPTER \w+|THE LATEST|LATEST"
    r"|[\w' ]{1,20} ALERT|MORE|GO DEEPER|DEEPER|KEY POINTS?|HIGHLIGHTS|WHAT WE KNOW|WHAT TO KNOW"
    r"|IMPORTANT|ATTENTION|NOTICE|REMINDER|DISCLAIMER|PSA|HEADS UP|FLASHBACK|QUOTE OF THE DAY)"
)

#: The first character of the story after the dateline: a capital, a digit or an opening quote.
_STORY_START = regex.compile(r"[\p{Lu}\d\"“‘'(]")


def split_dateline(paragraph: str) -> DatelineMatch | None:
    """Cut a wire dateline from the start of a paragraph, or return None when there is none.

    Two datelines in a row ("MOSCOW (Reuters) - PARIS -- ...") are left alone: the text is not a
    story's first paragraph as filed, and cutting one would leave the other for a second pass.

    >>> m = split_dateline("HAYWARD, Calif. (AP) — A fire broke out on Monday.")
    >>> (m.text, m.place, m.source, m.rest)
    ('HAYWARD, Calif. (AP)', 'HAYWARD, Calif.', 'AP', 'A fire broke out on Monday.')
    >>> split_dateline("DEAR ABBY: My husband and I disagree.") is None
    True
    """
    found = _first_dateline(paragraph)
    if found is None or _first_dateline(found.rest) is not None:
        return None
    return found


def _first_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline at the start of a paragraph, if any (see :func:`split_dateline`)."""
    if len(paragraph) < 20 or not (paragraph[0].isupper() or paragraph[0] == "("):
        return None
    if _DATELINE_MARK.search(paragraph, 0, DATELINE_MAX_CHARS) is None:
        return None  # every form ends with a bracketed source, a dash or a colon
    for pattern in _PATTERNS:
        match = pattern.match(paragraph)
        if match is None:
            continue
        if pattern is _NEWS_SOURCE_BARE and not _NEWS_SOURCE.search(match.group("source")):
            continue
        rest = paragraph[match.end() :]
        place = match.groupdict().get("place")
        if not rest or not _STORY_START.match(rest):
            continue
        if place is not None and not _is_place(place, capitals_only=pattern in _CAPITALS_ONLY):
            continue
        source = match.groupdict().get("source")
        if (
            source is not None
            and place is not None
            and not _is_capitals(place)
            and not _NEWS_SOURCE.search(source)
        ):
            continue  # "Tesla (TSLA) CEO ...": a name and its abbreviation, not a place and a wire
        prefix = paragraph[: match.end()].rstrip()
        text = _without_separator(prefix)
        if pattern is _PLACE_DOT_DASH:
            text = match.group("place")  # ".-" is the separator
        return DatelineMatch(prefix, text, place, match.groupdict().get("source"), rest)
    return None


#: The longest dateline looked for ("SAN FRANCISCO, Calif., Nov. 18 (Reuters) -" is 43
#: characters), and the marks one of which every form holds within it.
DATELINE_MAX_CHARS = 120
_DATELINE_MARK = re.compile(r"[(:\-–—―]")
#: The separators that close a dateline (the longer first).
_SEPARATORS = ("--", "-", "–", "—", "―", ":")
_PATTERNS = (
    _WITH_SOURCE,
    _SOURCE_ONLY,
    _NEWS_SOURCE_BARE,
    _PLACE_DASH,
    _PLACE_COLON,
    _PLACE_DOT_DASH,
    _MIXED_PLACE_DASH,
    _MIXED_PLACE_DAY_DASH,
)
_CAPITALS_ONLY = (_PLACE_DASH, _PLACE_COLON, _PLACE_DOT_DASH)

#: News agencies and outlets that sign datelines (the lexicon's), or a name holding a word of
#: the trade; a mixed-case place ("Nairobi (AFP)") is only taken for a dateline when one of
#: these follows it. (Only searched for, never spanned: the order of the names is no matter.)
_NEWS_SOURCE = regex.compile(
    r"(?i)^(?:"
    + longest_first((*AGENCIES, *DATELINE_SIGNERS), regex.escape)
    + r")\b|press|news|agency|agence|agencia|agência|wire|times|post|tribune"
    r"|herald|journal|telegraph|gazette|daily"
)

#: Capitalised words that open sentences, so cannot be a mixed-case place before a dash.
_SENTENCE_OPENERS = (
    frozenset(
        """the a an this that these those it its he she they we i you his her their our my your
    but and or so yet then now still also meanwhile however today yesterday tomorrow here there
    last next first finally instead indeed yes no not one some many most all each every both
    in on at for with from by after before when while if as since until because although though
    what who why how where which update breaking watch listen live overnight earlier later
    tonight morning afternoon evening recently previously currently separately elsewhere
    additionally overall initially""".split()
    )
    | FULL_WEEKDAYS
)


def _without_separator(prefix: str) -> str:
    """A dateline without the dash or colon that closes it, nor the full stop the Spanish
    wires set after the bracket ("Madrid, 12 mar (EFE).-" -> "Madrid, 12 mar (EFE)")."""
    text = prefix.rstrip()
    for separator in _SEPARATORS:
        if text.endswith(separator):
            text = text.removesuffix(separator).rstrip()
            break
    return text.removesuffix(").") + ")" if text.endswith(").") else text


def _is_place(place: str, *, capitals_only: bool) -> bool:
    """True when the text before the separator can be a dateline's place: in capitals (any
    form), or, where the form allows it, in mixed case but not a word that opens sentences."""
    if _NOT_A_PLACE.fullmatch(place.replace("’", "'")):
        return False
    if _is_capitals(place):
        return True
    return not capitals_only and place.split()[0].lower() not in _SENTENCE_OPENERS


def _is_capitals(place: str) -> bool:
    """True when the place's first part (before a region) is written in capitals, with at least
    two letters: "MOSCOW", "ST. LOUIS" (a lone capital "A" is an article, not a place)."""
    head = place.split(",")[0]
    letters = [ch for ch in head if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)
