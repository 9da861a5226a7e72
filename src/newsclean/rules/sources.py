"""Source and reference lists: the citations a fact-check or explainer ends with.

A *citation* is a line that names a source, not a sentence of the story::

    Congressional Budget Office, "The Effects of Tariffs and Trade Barriers," Aug. 22, 2019
    Federal Reserve Bank of St. Louis, CPI historical data, accessed Nov. 5, 2019
    Email interview with Mary E. Lovely, Syracuse University economist, Nov. 5, 2019
    Flaherty, Anne. "5 Key Takeaways From Testimony by Former Ukraine Ambassador."
    ABC News. 15 November 2019.

One line of that shape proves little (a paragraph may quote a headline and give its date), so
these tables do not label blocks on their own, as the families in ``newsclean.rules`` do: the
context pass ``context.lists.mark_source_lists`` labels *runs* of them. ``DATED_CITATIONS`` are
lines a run may be made of (each ends with a date, or says "accessed DATE", or is an interview);
``LISTED_CITATIONS`` are lines that count only inside a run (a quoted title without a full
date, an author and title whose date is on the next line). ``SOURCES_HEADERS`` open a list.
"""

from __future__ import annotations

import re

from ..model import Kind
from . import phrase_key
from .base import Rule, phrases

#: The kind of every block of a source list (its rule: ``ContextRule.SOURCE_LIST``).
SOURCE_LIST_KIND = Kind.BOILERPLATE

#: Citations are short: no line of a source list is longer (a long block is a paragraph).
CITATION_MAX_CHARS = 400

#: English month names and their abbreviations, as citation styles write them.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:1[89]|20)\d\d"
#: A date with its month: "Aug. 22, 2019", "Aug 20, 2019", "15 November 2019", "February 2014",
#: "2019-11-05".
_MONTH_DATE = (
    rf"(?:{_MONTH} \d{{1,2}},? {_YEAR}|\d{{1,2}} {_MONTH},? {_YEAR}|{_MONTH},? {_YEAR}"
    rf"|{_YEAR}-\d\d-\d\d)"
)
#: Any date a citation ends with, a bare year included.
_DATE = rf"(?:{_MONTH_DATE}|{_YEAR})"
_QUOTE = '"“”«»'
#: A quoted title: "The Effects of Tariffs," (the comma or stop may sit inside the quotes).
_TITLE = rf"[{_QUOTE}] ?[^{_QUOTE}]{{3,300}}[{_QUOTE}]"
#: What names the source before a quoted title: "Tax Foundation," or "Flaherty, Anne."
_SOURCE = rf"[^{_QUOTE}]{{2,150}}[,.:] ?"
#: At most one short item between a quoted title and the date ("ABC News." "CPI data,"): a
#: sentence that goes on to a date ("... was released Oct. 13, 2019.") has no such stop.
_ITEM = r"(?:[^,.]{1,60}[,.] )?"

#: Lines that may make a source list on their own (several together).
DATED_CITATIONS = (
    Rule(
        "quoted-title-dated",
        SOURCE_LIST_KIND,
        rf"{_SOURCE}{_TITLE}[,.]? {_ITEM}(?:(?:accessed|published|updated) )?{_MONTH_DATE}\.?",
        max_chars=CITATION_MAX_CHARS,
    ),
    Rule(
        "accessed-date",
        SOURCE_LIST_KIND,
        rf".{{5,300}}[,.] (?:accessed|retrieved)(?: on)? {_DATE}\.?",
        max_chars=CITATION_MAX_CHARS,
    ),
    Rule(
        "interview-dated",
        SOURCE_LIST_KIND,
        r"(?:(?:e-?mail|phone|telephone|in-person|personal|video|zoom|text|written) )?"
        r"(?:interviews?|exchanges?|correspondence|conversations?|statements?)"
        rf" (?:with|from|by) [^{_QUOTE}]{{3,300}}, {_DATE}\.?",
        max_chars=CITATION_MAX_CHARS,
    ),
    Rule(
        "publication-dated",
        SOURCE_LIST_KIND,
        rf"[^.{_QUOTE}]{{2,80}}\. {_MONTH_DATE}\.?",
        max_chars=CITATION_MAX_CHARS,
    ),
)

#: Lines that count only inside a run of dated citations, or under a sources header: a quoted
#: title with a short tail ("..., 2018", "..., 2017 market update") or none (an author and title
#: whose publisher and date follow on the next line).
LISTED_CITATIONS = (
    Rule(
        "quoted-title",
        SOURCE_LIST_KIND,
        rf"{_SOURCE}{_TITLE}[,.]?(?: [^{_QUOTE}]{{1,60}})?",
        max_chars=CITATION_MAX_CHARS,
    ),
)

#: Every citation rule (the regex audit bounds their input by ``max_chars``, as the tables').
CITATIONS = DATED_CITATIONS + LISTED_CITATIONS

#: Headings that open a list of sources.
SOURCES_HEADERS = phrases(
    "sources-header",
    SOURCE_LIST_KIND,
    "sources",
    "our sources",
    "sources cited",
    "sources used",
    "source list",
    "references",
    "bibliography",
    "works cited",
    "citations",
)

#: A citation that may stand in a run ends with a year: the cheap test before the patterns.
_ENDS_WITH_YEAR = re.compile(r"(?:1[89]|20)\d\d\W{0,3}")
#: How much of a block's end may hold its year and closing punctuation.
_YEAR_TAIL_CHARS = 7


def _matches_any(rules: tuple[Rule, ...], text: str, lower: str) -> bool:
    return any(rule.matches(text, lower) for rule in rules)


def is_dated_citation(text: str) -> bool:
    """True when the block reads as a dated citation (see ``DATED_CITATIONS``).

    >>> is_dated_citation('Tax Foundation, "Tracking the Impact of Tariffs," May 31, 2019')
    True
    >>> is_dated_citation('The CBO report, "Tariffs and Trade," was released Aug. 22, 2019.')
    False
    """
    tail = text[-_YEAR_TAIL_CHARS:]
    if len(text) > CITATION_MAX_CHARS or _ENDS_WITH_YEAR.search(tail) is None:
        return False
    return _matches_any(DATED_CITATIONS, text, text.lower())


def is_listed_citation(text: str) -> bool:
    """True when the block reads as a citation inside a source list (dated or not).

    >>> is_listed_citation('U.S. Drug Enforcement Administration, "Drug Threat Assessment," 2018')
    True
    >>> is_listed_citation("The agency said it would publish the figures next year.")
    False
    """
    if len(text) > CITATION_MAX_CHARS:
        return False
    return is_dated_citation(text) or _matches_any(LISTED_CITATIONS, text, text.lower())


def is_sources_header(text: str) -> bool:
    """True when the block is a heading that opens a list of sources ("Sources:", "References").

    >>> is_sources_header("Our Sources:"), is_sources_header("Sources say the talks failed.")
    (True, False)
    """
    return len(text) <= _HEADER_MAX_CHARS and phrase_key(text) in SOURCES_HEADERS.phrases


#: No sources header is longer than its longest phrase with some punctuation around it.
_HEADER_MAX_CHARS = max(map(len, SOURCES_HEADERS.phrases)) + 8
