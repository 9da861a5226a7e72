"""Credit lines: the bylines written as sentences or labels, mostly at a story's foot.

Internal (``newsclean.byline`` applies them). Forms: author notes (``Jane Doe is a staff writer
at ...``), contact lines (``Jane Doe may be reached at ...``), contributor credits (``Ellen Park
contributed to this report.``, ``Mit Material von dpa``), role labels (``Edição: Carlos
Menezes``, ``Foto: Max Muster / Text: Anna Berg``, ``Autor: Jana Novak``), ``X reported from
Y.`` and source lines (``SOURCE: Al Jazeera News``). Each has a matcher and a parser.
"""

from __future__ import annotations

import regex

from .lexicon import (
    AUTHOR_LABELS,
    CJK_AUTHOR_LABELS,
    CJK_EDITOR_LABELS,
    EDITOR_ROLES,
    FULL_NAME,
    KOREAN_ORGANISATION_ENDINGS,
    KOREAN_WRITER_TITLES,
    PICTURE_ROLES,
    longest_first,
)
from .names import find_person_names, is_agency_line, person_name, split_names

_NAME = FULL_NAME

#: The jobs an author note gives its writer (a fragment; :data:`WRITER_JOB` finds one).
_WRITER_JOB = (
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|author"
    r"|analyst|critic|blogger|intern|fellow|freelancer|photographer|publisher|host)\b"
)
#: An author note: "Jane Doe is a staff writer at ...", "Jane Doe (@jdoe) covers ... for ...",
#: "Jane Doe is an online educator, author and speaker"; or the job first, then the name and
#: what the writer does ("Pulitzer Prize-winning journalist Jane Doe writes a daily blog ...").
AUTHOR_NOTE = regex.compile(
    rf"(?P<name>{_NAME})\s*(?:\([^)]{{1,40}}\)\s*)?,?\s*"
    rf"(?:is|was|has been)\s+(?:a|an|the|our)\s+(?:[\w\-]+,?\s+){{0,5}}{_WRITER_JOB}"
    rf"|(?:[\w\-]+\s+){{0,4}}{_WRITER_JOB}\s+(?P<name>{_NAME})\s+(?:writes|covers)\s(?!that\b)"
)
WRITER_JOB = regex.compile(rf"\b{_WRITER_JOB}")
#: A contact line: "Jane Doe may be reached at ...", "Contact Jane Doe at jdoe@...", "To contact
#: the reporter on this story: Jane Doe in London at ...".
CONTACT = regex.compile(
    r"(?:.{0,60}?[.?!]\s+)?(?:"
    rf"(?P<name>{_NAME})\s+(?i:(?:may|can)\s+be\s+(?:reached|contacted)\s+(?:at|on|by|via))"
    rf"|(?i:contact|e-?mail)\s+(?P<name2>{_NAME})\s+(?i:at|on|via)\s"
    r"|(?i:to\s+contact\s+the\s+(?P<role>reporters?|writers?|authors?|editors?)\b[^:]{0,40}):\s*(?P<names>.{2,200})"
    r")"
)
#: Credit lines for contributors: "Ellen Park contributed to this report.", "Contributing: Ana
#: Whitlock, USA TODAY", "--With assistance from Kaori Saito.", "X contributed reporting from Y."
CONTRIBUTORS = regex.compile(
    r"(?:(?P<before>.{3,160}?)\s+(?i:contributed|contributing)\s+(?i:(?:additional\s+)?reporting|to\s+this"
    r"\s+(?:report|story|article)|research|to\s+the\s+report)\b.{0,80}"
    r"|[-–—\s]*(?i:with\s+assistance\s+from|contributing|contributors?|additional\s+reporting|colabora(?:ção|ram)"
    r"|mit\s+material\s+von|avec|mitarbeit|con\s+la\s+colaboración\s+de)\s*:?\s+(?P<after>.{3,200}))"
)
_LABEL_WORDS = sorted(
    {*AUTHOR_LABELS, *EDITOR_ROLES, *PICTURE_ROLES, "a cura di", "credits", "credit"},
    key=len,
    reverse=True,
)
_LABEL_WORD_SET = frozenset(_LABEL_WORDS)
#: One "Role: Names" segment of a label credit ("Text: Anna Berg", "Edição: Carlos Menezes").
_LABEL_SEGMENT = regex.compile(
    r"(?i:(?P<role>"
    + "|".join(map(regex.escape, _LABEL_WORDS))
    + r"))\s*:\s*(?P<names>\p{Lu}.{1,100})"
)
#: What separates the segments of a label credit ("Foto: Max Muster / Text: Anna Berg").
_LABEL_SEPARATOR = regex.compile(r"\s+[/|•]\s+|\s*;\s*")
#: "X reported from Washington." at the foot of a story.
REPORTED_FROM = regex.compile(
    rf"(?P<names>{_NAME}(?:\s+and\s+{_NAME})?)\s+reported\s+from\s+[\p{{Lu}}][\w .,'’\-]{{1,60}}\.?"
)
#: A source line under a wire story: "SOURCE: Al Jazeera News".
SOURCE_LINE = regex.compile(r"(?i:source|fonte|fuente|quelle)\s*:\s*\p{Lu}[\w .&'’\-]{1,50}")


def author_note_name(text: str) -> str | None:
    """The writer an author note is about, or None. A name box glued to the note's first
    word ("Dan Goodin Dan is the Security Editor ...") gives the name without the repeat.

    >>> author_note_name("Dan Goodin Dan is the Security Editor at Ars Technica.")
    'Dan Goodin'
    >>> author_note_name("Jane Doe is a nurse at the county hospital.") is None
    True
    >>> author_note_name("Award-winning journalist Jane Doe writes a daily blog on water.")
    'Jane Doe'
    """
    match = AUTHOR_NOTE.match(text)
    if match is None:
        return None
    words = match.group("name").split()
    if len(words) >= 3 and words[-1] == words[0]:
        words = words[:-1]
    return " ".join(words)


def parse_contact(text: str) -> tuple[list[str], list[str]]:
    """Names in a contact line; "To contact the editors ..." names editors."""
    match = CONTACT.match(text)
    if match is None:
        return [], []
    single = match.group("name") or match.group("name2")
    if single:
        return [single], []
    names = [
        n
        for n in (person_name(part) for part in regex.split(r",|;|\band\b", match.group("names")))
        if n
    ]
    is_editor = match.group("role").lower().startswith("editor")
    return ([], names) if is_editor else (names, [])


def contributor_names(text: str) -> list[str]:
    """Person names in a contributor credit line."""
    match = CONTRIBUTORS.fullmatch(text)
    if match is None:
        return []
    return find_person_names(match.group("before") or match.group("after") or "")


def credits_agency(text: str) -> bool:
    """True when a contributor credit names a wire service ("The Associated Press contributed to
    this report.")."""
    match = CONTRIBUTORS.fullmatch(text)
    credited = (match.group("before") or match.group("after") or "") if match else ""
    return is_agency_line(credited.strip(" .,;:"))


#: A Chinese or Japanese credit line: label and names segments ("作者︱春春", "作者：张三 编辑：
#: 李四", "（记者 王五 赵六）"), brackets around the whole allowed. A name is a run of 2 to 4
#: Han characters (a middle dot inside transliterated names); names are set apart by spaces or
#: enumeration commas. A label opens the line or follows a space.
_CJK_LABEL = longest_first((*CJK_EDITOR_LABELS, *CJK_AUTHOR_LABELS), regex.escape)
_CJK_ROLE = regex.compile(rf"(?<![\p{{Han}}])(?P<role>{_CJK_LABEL})(?:\s*[:：︱|｜/／]\s*|\s+)")
_CJK_NAME = regex.compile(r"\p{Han}[\p{Han}·・]{1,3}")
_CJK_NAME_SEPARATOR = regex.compile(r"[\s、，,]+")
_CJK_BRACKETS = "[]【】()（） "
#: A Korean byline: names of 2 to 4 Hangul syllables, each before a writer's title, an e-mail
#: address after it allowed ("홍길동 기자 hong@yna.co.kr", "김철수·이영희 기자").
_KOREAN_TITLE = longest_first(KOREAN_WRITER_TITLES, regex.escape)
_KOREAN_BYLINE = regex.compile(
    rf"(?P<names>\p{{Hangul}}{{2,4}}(?:\s*[·,]\s*\p{{Hangul}}{{2,4}}){{0,3}})\s*(?:{_KOREAN_TITLE})"
    r"(?:\s*=?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*=?"
)
#: A cheap test before the parse: the line holds a credit's label or a Korean writer's title.
CJK_CREDIT_HINT = regex.compile(f"{_CJK_LABEL}|{_KOREAN_TITLE}")
#: What a Chinese header line writes beside its credits: the time it was posted, first
#: ("2024-07-30 18:25:36", "2024年7月30日 18:25"), and the source ("来源：新华网"), which names
#: an organisation, not a person.
_CJK_POSTED = regex.compile(
    r"\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?\s*"
)
_CJK_SOURCE = regex.compile(r"(?:来源|來源|出处|出處|稿源)\s?[:：]\s?[^\s:：]{1,20}\s*")


def parse_cjk_credit(text: str) -> tuple[list[str], list[str]] | None:
    """Authors and editors of a Chinese, Japanese or Korean credit line, or None when the line
    is not one (a sentence that holds a label word is not).

    >>> parse_cjk_credit("作者︱春春"), parse_cjk_credit("[责任编辑:肖春芳]")
    ((['春春'], []), ([], ['肖春芳']))
    >>> parse_cjk_credit("（记者 王小明 李华）"), parse_cjk_credit("作者：张三 编辑：李四")
    ((['王小明', '李华'], []), (['张三'], ['李四']))
    >>> parse_cjk_credit("홍길동 기자 hong@yna.co.kr"), parse_cjk_credit("김철수·이영희 기자")
    ((['홍길동'], []), (['김철수', '이영희'], []))
    >>> parse_cjk_credit("记者在现场看到，救援工作仍在进行。") is None
    True
    >>> parse_cjk_credit("2024-07-30 18:25:36 来源：新华网 作者：李明")
    (['李明'], [])
    """
    line = text.strip().strip(_CJK_BRACKETS)
    if line[:1].isdigit() or "源" in line or "出" in line:
        line = _CJK_SOURCE.sub("", _CJK_POSTED.sub("", line, count=1)).strip()
    korean = _KOREAN_BYLINE.fullmatch(line)
    if korean is not None:
        names = [name.strip() for name in korean.group("names").replace(",", "·").split("·")]
        if any(name.endswith(KOREAN_ORGANISATION_ENDINGS) for name in names):
            return None
        return names, []
    roles = list(_CJK_ROLE.finditer(line))
    if not roles or roles[0].start() != 0:
        return None
    authors: list[str] = []
    editors: list[str] = []
    for role, following in zip(roles, [*roles[1:], None], strict=True):
        chunk = line[role.end() : following.start() if following else len(line)].strip()
        names = _CJK_NAME_SEPARATOR.split(chunk) if chunk else []
        if not names or not all(_CJK_NAME.fullmatch(name) for name in names):
            return None
        (editors if role.group("role") in CJK_EDITOR_LABELS else authors).extend(names)
    return authors, editors


def parse_label_credit(text: str) -> tuple[list[str], list[str]] | None:
    """Authors and editors of a credit made of "Role: Names" segments, or None when the text is
    not one, or credits only pictures ("Foto: Max Muster" is a picture credit).

    >>> parse_label_credit("Foto: Max Muster / Text: Anna Berg")
    (['Anna Berg'], [])
    >>> parse_label_credit("Edição: Carlos Menezes")
    ([], ['Carlos Menezes'])
    >>> parse_label_credit("Foto: Max Muster") is None
    True
    """
    if text.split(":", 1)[0].strip().lower() not in _LABEL_WORD_SET:
        return None  # every label credit opens with its role
    authors: list[str] = []
    editors: list[str] = []
    for segment in _LABEL_SEPARATOR.split(text):
        match = _LABEL_SEGMENT.fullmatch(segment.strip())
        if match is None:
            return None
        role = match.group("role").lower()
        names = split_names(match.group("names"), strong=True)
        if not names and not is_agency_line(match.group("names").strip(" .")):
            return None
        if role in PICTURE_ROLES or role.startswith("credit"):
            continue
        (editors if role in EDITOR_ROLES or role == "a cura di" else authors).extend(names)
    if not authors and not editors:
        return None
    return authors, editors
