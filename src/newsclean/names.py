"""The name grammar every byline form uses: is this text a person's name, or a list of them,
and which part is an organisation, a role, a place or a handle?

Internal. A name is two to four name words: capitalised words (``Jane``, ``O'Neill``,
``Roberts-Grey``, all capitals ``JOE``), initials (``J.``), particles in either case (``van``,
``De``, ``dos``, ``bin``, ``al-Assad``) and a suffix (``Jr.``); or, in a script without case
(Chinese, Japanese, Arabic, ...), one word of two to six letters, taken only where the form is
strong (after "By", an author label). Lists are joined by commas, semicolons, "&" and "and" in
each language (:data:`newsclean.lexicon.NAME_CONNECTORS`). Handles, e-mail addresses and links
beside a name are set aside; organisations and jobs end a name.

Why not ``nameparser``: it splits a string already known to be one name into title, first,
middle, last and suffix, and says nothing about whether a string is a name (``HumanName("Key
Points")`` parses as first name "Key", last name "Points"); the work here is that decision, and
Article returns names as written, so the library would add a dependency without deciding
anything this module does not already decide.
"""

from __future__ import annotations

from collections.abc import Container

import regex

from .lexicon import (
    AGENCIES,
    BY_WORDS,
    DATE_LABELS,
    DETERMINERS,
    FULL_WEEKDAYS,
    HEADING_WORDS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NEWSROOM_WORDS,
    PLACE_PREPOSITIONS,
    WRITER_JOB_WORDS,
    longest_first,
)

#: Words that mark an organisation or a job, not a person, in a byline.
NOT_A_NAME = frozenset(
    """associated press ap reuters afp cnn bbc bloomberg usa today staff writer writers reporter
    reporters editor editors correspondent correspondents contributor contributors news service
    services wire wires desk team bureau media group newsroom agency agencies times post journal
    daily herald tribune gazette leader press network digital online magazine channel radio tv
    the for of at in on senior chief special contributing political national foreign business
    health science sports opinion columnist analyst producer photographer and with from via
    inc llc ltd co company report reports view more all articles posts stories profile leader
    argus star sun globe courier chronicle bulletin register examiner observer sentinel
    credit credits crédito foto fotos photo photos images pictures bild quelle source fuente fonte
    redaktion redação
    redakcja rédaction redacción redazione redactie zeitung nachrichten
    agência agencia agence agentur agenzia agentschap
    insider finance industry tech technology economy markets politics entertainment lifestyle
    weekly monthly review""".split()
) | (DATE_LABELS | FULL_WEEKDAYS | WRITER_JOB_WORDS)
#: The words of NOT_A_NAME that name organisations and jobs (not the small words).
ORGANISATION_WORDS = (
    NOT_A_NAME
    - frozenset("the for of at in on and with from via more all view".split())
    - (DATE_LABELS | FULL_WEEKDAYS)
)
#: Words that join or sit inside names and may be written in lower case.
LOWER_NAME_WORDS = NAME_CONNECTORS | NAME_PARTICLES
_HONORIFIC_SUFFIX = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

#: The words that open a credit ("by", "von", "por" ...): a person's name never opens with
#: one (a by-line's names are read after it); Italian "di" is also a given name ("Di Ross").
_CREDIT_OPENERS = (frozenset(BY_WORDS) - {"di"}) | {"from"}
#: Initials written together: "J.R.", "J.-P.", "A.G.", "J.R.R.".
_INITIALS = regex.compile(r"\p{Lu}\.(?:-?\p{Lu}\.)+")
#: One word of a name: capitalised (any cased script), an initial, initials written together,
#: a particle, or a particle joined to a capitalised word ("al-Assad", "d'Alembert").
_NAME_TOKEN = regex.compile(
    r"[\p{Lu}][\p{L}\p{M}'’\-]*\.?"
    r"|"
    + _INITIALS.pattern
    + r"|(?:al|el|ad|ar|as|d|l|o|di|de|da|del|van|von)[-'’][\p{Lu}][\p{L}\p{M}'’\-]*"
    r"|(?:" + longest_first(NAME_PARTICLES, regex.escape) + r")"
)
#: A name in a script without case: two to six letters, no Latin ones ("肖春芳").
_CASELESS_NAME = regex.compile(r"[^\p{Latin}\p{Lu}\p{Ll}\d\W]{2,6}")
#: "With" in the languages of the bylines: "Par Thomas Lambert avec AFP", "Von Anna Schmidt
#: mit dpa".
WITH_WORDS = frozenset({"with", "avec", "mit", "con", "com", "met"})
#: Separators between names in a list.
_NAME_SEPARATOR = regex.compile(
    r"\s*(?:,|;|&|\||\b(?:"
    + longest_first(NAME_CONNECTORS - {"&"})
    + r"|"
    + longest_first(WITH_WORDS)
    + r")\b)\s*"
)
#: A handle, an e-mail address or a link beside a name ("Jane Doe @jdoe", "(jane@x.com)").
_CONTACT = regex.compile(
    r"\(?\s*(?:@[\w.]+|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|https?://\S+|www\.\S+)\s*\)?"
)
#: A place after a name in a byline: "Hannah Lindqvist in Brussels", "Jan Berg aus Köln".
IN_PLACE = regex.compile(
    r"\s+(?:" + longest_first(set(PLACE_PREPOSITIONS)) + r")"
    r"\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?$"
)
#: Wire services and agencies that sign stories on their own ("PTI", "Le Monde avec AFP").
_AGENCY_LINE = regex.compile(
    r"(?:[\p{Lu}][\p{L}.'’\-]*(?:\s+[\p{Lu}][\p{L}.'’\-]*){0,3}\s+(?:avec|with|and|mit|con|com|e|y|und|\+|/)\s+)?"
    r"(?:" + longest_first(AGENCIES, regex.escape) + r")"
)


#: A newsroom signing with a wire service: "Redacción / EFE", "Redaktion mit dpa".
_NEWSROOM_LINE = regex.compile(
    r"(?i:" + longest_first(NEWSROOM_WORDS, regex.escape) + r")"
    r"\s?(?:[/|,·•+]|\s(?:avec|with|and|mit|und|con|com|y|e|et)\s)\s?"
    r"(?:" + longest_first(AGENCIES, regex.escape) + r")"
)


def is_newsroom_line(text: str) -> bool:
    """True when the line signs the story as the paper's newsroom with a wire service: a
    byline, never a picture's credit.

    >>> is_newsroom_line("Redacción / EFE"), is_newsroom_line("Foto: EFE")
    (True, False)
    """
    return len(text) <= 60 and _NEWSROOM_LINE.fullmatch(text) is not None


def strip_contacts(text: str) -> str:
    """The text without handles, e-mail addresses and links.

    >>> strip_contacts("Catherine Shu @catherineshu")
    'Catherine Shu'
    >>> strip_contacts("Jane Doe (jane.doe@example.com)")
    'Jane Doe'
    """
    if "@" not in text and "http" not in text and "www." not in text:
        return text
    return " ".join(_CONTACT.sub(" ", text).split())


def is_caseless_name(text: str) -> bool:
    """True for one word of two to six letters in a script without case ("肖春芳").

    >>> is_caseless_name("肖春芳"), is_caseless_name("Jane")
    (True, False)
    """
    return _CASELESS_NAME.fullmatch(text.strip(" :,;()[]")) is not None


def is_agency_line(text: str) -> bool:
    """True when the line names only a wire service (maybe with the paper that ran it).

    >>> is_agency_line("PTI"), is_agency_line("Le Monde avec AFP"), is_agency_line("AP sources say")
    (True, True, False)
    """
    return len(text) <= 60 and _AGENCY_LINE.fullmatch(text) is not None


#: A bracketed part of a credit ("(AFP)" after a name).
_BRACKETED = regex.compile(r"\s*\((?P<inside>[^()]{1,40})\)")
#: What sets a wire service apart from the names before it.
_AGENCY_SEPARATORS = (",", " | ", " – ", " — ", " - ")


def _split_agency(text: str) -> tuple[str, str] | None:
    """``(names, agency)``: the text before and after its last agency separator, or around a
    bracketed last part ("Julien Moreau (AFP)"); None without one."""
    if text.endswith(")") and "(" in text:
        opening = text.rindex("(")
        return text[:opening].strip(), text[opening + 1 : -1].strip()
    for separator in _AGENCY_SEPARATORS:
        head, found, tail = text.rpartition(separator)
        if found:
            return head.strip(), tail.strip()
    return None


def is_name_and_agency(text: str) -> bool:
    """True when the line is person names and a wire service after a comma, a bar or a dash,
    or in brackets ("Dana Whitfield, Associated Press", "Anna Schmidt | dpa", "Julien Moreau
    (AFP)"): a story's byline above its date, a photographer's credit under a picture.

    >>> is_name_and_agency("Anna Schmidt, dpa"), is_name_and_agency("Getty Images, AP")
    (True, False)
    >>> is_name_and_agency("Julien Moreau (AFP)"), is_name_and_agency("Max Mustermann | dpa")
    (True, True)
    """
    found = _split_agency(text) if len(text) <= 80 else None
    if found is None or not is_agency_line(found[1]):
        return False
    names = found[0].replace(" and ", ",").replace(" und ", ",").split(",")
    return all(
        person_name(name.strip()) == name.strip() and not is_agency_line(name.strip())
        for name in names
    )


def is_brand(token: str) -> bool:
    """A mixed-case token with capitals inside its parts (``FOXBusiness``, ``JPMorgan``) names
    a brand, not a person; the capitals that open the parts of a double name ("O'Neil-Smith")
    and one more ("McDonald") do not.

    >>> is_brand("FOXBusiness"), is_brand("O'Neil-Smith"), is_brand("McDonald")
    (True, False, False)
    """
    if token.isupper():
        return False
    inner = sum(
        1
        for position, ch in enumerate(token)
        if ch.isupper() and position > 0 and token[position - 1] not in "-'’."
    )
    return inner >= 2


def is_name_word(token: str) -> bool:
    """True when a token (its punctuation stripped) may be a word of a person's name.

    >>> is_name_word("O'Neill"), is_name_word("van"), is_name_word("al-Assad"), is_name_word("Staff")
    (True, True, True, False)
    """
    return (
        bool(token)
        and token.lower() not in NOT_A_NAME
        and _NAME_TOKEN.fullmatch(token) is not None
        and not is_brand(token)
    )


def names_an_organisation(words: list[str], *, capitals: bool = True) -> bool:
    """True when words name an organisation or a job ("Associated Press", "USA TODAY", "Sioux
    Falls Argus Leader", "View More Articles"); with ``capitals``, an acronym counts too
    ("TNN" in "Rahul Deshpande | TNN")."""
    return any(
        word.lower().strip(".,") in ORGANISATION_WORDS
        or (capitals and word.isupper() and len(word) > 1)
        for word in words
    )


def person_name(part: str, *, strong: bool = False) -> str | None:
    """The person name at the start of a list item, or None if the item is not a name.

    ``strong`` says the form itself marks a name ("By", "Autor:"): then a name in a script
    without case counts too.

    >>> person_name("Trevor J. Mitchell Sioux Falls Argus Leader")
    'Trevor J. Mitchell'
    >>> person_name("Ursula von der Leyen"), person_name("Staff Writer")
    ('Ursula von der Leyen', None)
    >>> person_name("肖春芳", strong=True), person_name("肖春芳")
    ('肖春芳', None)
    """
    part = strip_contacts(part)
    if strong and is_caseless_name(part):
        return part.strip(" :,;()[]")
    tokens: list[str] = []
    raw_tokens = part.split()
    for raw in raw_tokens:
        token = raw.strip(':,;()[]"“”')
        if (
            len(token) > 3
            and token.endswith(".")
            and token.lower() not in _HONORIFIC_SUFFIX
            and not _INITIALS.fullmatch(token)
        ):
            token = token[:-1]
        if not token or any(ch.isdigit() for ch in token) or not is_name_word(token):
            break
        tokens.append(token)
    while tokens and _is_dangling(tokens[-1]):
        tokens.pop()
    if tokens and tokens[0] in NAME_PARTICLES:
        return None  # "de São Paulo" after a writer's name says where: a name opens otherwise
    if tokens and tokens[0].lower() in DETERMINERS:
        return None  # "Le Monde", "Die Zeit": a paper's name, not a person's
    if tokens and tokens[0].lower() in _CREDIT_OPENERS:
        return None  # "Por Redação", "Door ANP": the credit's "by", then a desk or an agency
    tokens = trim_to_name(tokens, complete=len(tokens) == len(raw_tokens))
    if len(tokens) < 2 or not any(t[0].isupper() for t in tokens) or is_heading(tokens):
        return None
    return " ".join(tokens)


def is_heading(words: list[str]) -> bool:
    """True when every word is a word of headings and labels ("Key Points", "Top Stories").

    >>> is_heading(["Key", "Points"]), is_heading(["Francis", "Key"])
    (True, False)
    """
    return all(word.lower().strip(".,:") in HEADING_WORDS for word in words)


def _is_dangling(token: str) -> bool:
    """A connector, or a particle written in lower case, that cannot end a name ("Jane Doe
    and", "Jan van"); a capitalised particle can ("Minh Do", "Marcus De")."""
    return token.lower() in NAME_CONNECTORS or (token.islower() and token in NAME_PARTICLES)


def trim_to_name(tokens: list[str], *, complete: bool) -> list[str]:
    """Keep a first name, middle initials or particles, a last name and a suffix.

    A list item that is all name (``complete``) keeps up to four words ("Koh Gui Qing"), or
    more when particles are among them ("Ursula von der Leyen"); a run of capitalised words
    followed by more text ("Trevor J. Mitchell Sioux Falls Argus Leader") is cut after the
    first two words (three with a middle initial or a particle).
    """
    capitalised = sum(1 for t in tokens if t.lower() not in NAME_PARTICLES)
    if complete and capitalised <= 4:
        return tokens
    keep = 2
    while keep < len(tokens) and (
        len(tokens[keep - 1].rstrip(".")) == 1 or tokens[keep - 1].lower() in NAME_PARTICLES
    ):
        keep += 1
    if keep < len(tokens) and tokens[keep].lower() in _HONORIFIC_SUFFIX:
        keep += 1
    return tokens[:keep]


def split_names(names: str, *, strong: bool = False, leading: bool = False) -> list[str]:
    """Split a list of names and keep the person names, organisations and jobs dropped. With
    ``leading``, the list ends at its first item that is no name (what follows a writer's job,
    "Jane Doe, Senior Technologist, Speech and Technology Project", is not a name).

    >>> split_names("Jane Doe and John Roe, Associated Press")
    ['Jane Doe', 'John Roe']
    >>> split_names("Trevor J. Mitchell Sioux Falls Argus Leader")
    ['Trevor J. Mitchell']
    >>> split_names("Anna Schmidt und Jan de Vries")
    ['Anna Schmidt', 'Jan de Vries']
    >>> split_names("Jane Doe, CNN and John Smith, CNN", leading=True)
    ['Jane Doe', 'John Smith']
    >>> split_names("Jane Doe, Senior Technologist, Speech and Technology Project", leading=True)
    ['Jane Doe']
    """
    found: list[str] = []
    names = _BRACKETED.sub(lambda m: "" if is_agency_line(m["inside"]) else m[0], names)
    for part in _NAME_SEPARATOR.split(strip_contacts(names)):
        if not part:
            continue  # between the comma and the "and" of "A, B, and C"
        name = person_name(IN_PLACE.sub("", part), strong=strong)
        if name is None and leading and found and not (part.isupper() or is_agency_line(part)):
            break  # a job; a newsroom ("Jane Doe, CNN and John Smith, CNN") is passed over
        if name and name not in found:
            found.append(name)
    return found


def find_person_names(text: str) -> list[str]:
    """Person names anywhere in a short credit text, organisations and possessives skipped.

    >>> find_person_names("Fox News’ Dana Whitley and The Associated Press")
    ['Dana Whitley']
    >>> find_person_names("Associated Press writer Kim Tran in Oakland")
    ['Kim Tran']
    >>> find_person_names("Marcia Dunn in Cape Canaveral, Florida, and Ivan Petrov in Moscow")
    ['Marcia Dunn', 'Ivan Petrov']
    """
    names: list[str] = []
    run: list[str] = []
    place = False  # the run follows "in", "from", "aus" ...: it names where, not who
    previous = ""
    for raw in [*strip_contacts(text).split(), ""]:
        before, previous = previous, raw
        token = raw.strip(':,;()[]"“”.')
        possessive = token.endswith(("’s", "'s", "’", "'"))
        if token and not possessive and is_name_word(token):
            if not run:
                place = before.lower() in PLACE_PREPOSITIONS
            run.append(token)
            if not raw.endswith((",", ";", ".")) or len(token) <= 2:
                continue
        while run and _is_dangling(run[-1]):
            run.pop()
        if len(run) >= 2 and not place:
            name = " ".join(trim_to_name(run, complete=len(run) <= 3))
            if name not in names:
                names.append(name)
        run = []
    return names


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
    text = IN_PLACE.sub("", strip_contacts(text))
    tokens = text.split()
    if len(tokens) < 2 or text.isupper():
        return False
    if not all(t[0].isupper() or t.lower() in LOWER_NAME_WORDS or t == "|" for t in tokens):
        return False
    # A headline in title case ("Video Games Behind The Screen") reads like names; a byline
    # line is names, and after them maybe an organisation or a job ("Associated Press").
    parts = [part for part in _NAME_SEPARATOR.split(text) if part]
    for number, part in enumerate(parts):
        words = part.split()
        name = person_name(part)
        if name is None:
            if number > 0 and names_an_organisation(words):
                continue  # "Rahul Deshpande | TNN"
            return False
        rest = words[len(name.split()) :]
        if rest and (number < len(parts) - 1 or not names_an_organisation(rest, capitals=False)):
            return False
    return True


def is_common_phrase(name: str, vocabulary: Container[str]) -> bool:
    """True when every word of a name-shaped phrase is written in lower case elsewhere in the
    page (``vocabulary``): "Internet Privacy", "Monitoring Distributed Systems", "Deal
    Professor" are words of the language in capitals (tags, headings, a column's name), where
    a person's name holds at least one word the page never writes in lower case.

    >>> is_common_phrase("Consumer Privacy", frozenset({"consumer", "privacy", "the"}))
    True
    >>> is_common_phrase("Jane Privacy", frozenset({"consumer", "privacy"}))
    False
    """
    words = [w.strip(".,").lower() for w in name.split() if w.lower() not in LOWER_NAME_WORDS]
    return bool(words) and all(len(w) > 1 and w in vocabulary for w in words)
