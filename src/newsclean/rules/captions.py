"""Photo captions and credits.

A *credit* names who made or supplied a picture (``Photo: Damian Dovarganes, AP``,
``REUTERS/Grigory Dukor``, ``Getty Images``). A *caption* describes the picture, usually ending
with its credit (``Syria's Deputy Foreign Minister ... November 18, 2013. REUTERS/Grigory Dukor``).
This module recognises both from a block's own text; the labeller also marks as a caption the
short block that sits right above a credit line.
"""

from __future__ import annotations

import re

import regex

from .. import patterns
from ..model import Kind, Label
from ..patterns import DEFAULT_PATTERN_TIMEOUT
from ..rule_names import CaptionRule
from ..shape import ends_like_sentence

#: Picture agencies and wire services as credits name them.
_AGENCY = (
    r"(?:REUTERS|Reuters|AFP|EPA(?:-EFE)?|EFE|AP|Getty(?: Images)?|Shutterstock|Alamy|PA(?: Wire)?"
    r"|Bloomberg|Xinhua|TASS|Anadolu(?: Agency)?|NurPhoto|SIPA|Sipa|dpa|ANP|AAP|ANSA|Kyodo|Yonhap"
    r"|SOPA Images|LightRocket|Zuma(?: Press)?|ZUMA(?: Wire)?|Rex Features|REX|iStock(?:photo)?"
    r"|Associated Press|Agence France-Presse|Contributor|Creatas RF|Jupiterimages|NASA|ESA|PTI|IANS)"
)
# The patterns below are verbose (?x), where a literal space must be written as \s.
_AGENCY = _AGENCY.replace(" ", r"\s")
_PICTURE_WORD = (
    r"(?:photo|photograph|image|picture|pic|illustration|graphic|video|foto|bild|imagem|imagen"
    r"|fotografía|fotografia|fotografie|immagine|bildquelle)s?"
)
#: "Credit" in the languages credits are written in.
_CREDIT_WORD = r"(?:credits?|crédits?|créditos?|credito)"
_NAME_CHARS = r"[\p{L}\p{M}.'’\-]"

#: A whole block that is only a credit.
#: A person's or agency's name: capitalised words ("Damian Dovarganes", "Los Angeles Times").
_PROPER = (
    r"[\p{Lu}][\p{L}\p{M}.'’&\-]*(?:\s+(?:of\s+|de\s+|the\s+)?[\p{Lu}][\p{L}\p{M}.'’&\-]*){0,5}"
)

#: A whole block that is only a credit. Its runs of agencies ("Getty Images", "EPA-EFE") split
#: more than one way, so the regex audit allows it with a reason rather than a proof: it is
#: matched under the pattern time limit (``newsclean.patterns``).
_CREDIT_LINE = regex.compile(
    rf"""(?x)
    \(?\s*(?:
        (?i:{_PICTURE_WORD}|{_CREDIT_WORD}|courtesy(?:\s+of)?)\s*(?::|\|)\s*{_PROPER}(?:\s*[,/;]\s*.{{1,50}})?
      | (?i:{_CREDIT_WORD}\s+{_PICTURE_WORD})\s*:\s*.{{2,90}}
      | (?i:{_PICTURE_WORD}(?:\s+illustration)?)\s*(?:\.\.\.|…)\s*.{{2,90}}
      | (?i:(?:{_PICTURE_WORD}\s+)?credits?)\s*(?:by\b|:|\||\.\.\.|…)\s*.{{2,90}}
      | (?i:{_PICTURE_WORD}(?:\s+illustration)?\s+(?:by|via|courtesy\s+of)|courtesy(?:\s+of)?)\s+(?:the\s+)?{_PROPER}(?:\s+[\p{{Ll}}]+){{0,2}}(?:[\s,/.;]+.{{1,60}})?
      | (?i:(?:image|photo|picture)\s+copyright)\s+.{{2,60}}
      | (?:{_AGENCY}|[\p{{Lu}}][\p{{L}}]+)\s*(?:Photo)?\s*/\s*{_NAME_CHARS}+(?:\s+{_NAME_CHARS}+){{0,4}}(?:,\s*(?i:file|pool|handout))?(?:\s*/\s*(?i:file|pool|handout)\s+(?i:photo))?
      | {_PROPER}\s*/\s*{_PROPER}
      | (?:[\p{{L}}]+\s*/\s*)?(?i:via)\s+.{{2,60}}
      | (?:{_NAME_CHARS}+\s+){{0,6}}(?:via|for)\s+{_AGENCY}.{{0,40}}
      | (?:[\p{{Lu}}]{_NAME_CHARS}+\s+){{1,4}}[\p{{Lu}}]{_NAME_CHARS}+\s*(?:,|/|-)\s*{_AGENCY}(?:[\s/,-]+{_AGENCY})*
      | {_AGENCY}(?:[\s/,-]+(?:{_AGENCY}|via|Images|File|Pool|Handout|Contributor))*
      | ©\s*(?!\d{{4}}).{{2,60}}
      | \([^()]{{2,50}}\)
      | (?i:(?:submitted|file|handout|staff|contributed|courtesy)\s+photo)
    )\s*\)?\.?
    """
)

#: Credits at the end of a caption, by the character that gives each form away: a closing
#: bracket ("... (AP Photo/Alan Diaz)", "... (Quelle: Michael Kappeler/dpa)": a source in
#: German, Portuguese or Spanish credits a picture when it names a photographer and an agency), a slash ("... REUTERS/Grigory Dukor"), a colon
#: ("... Credit: EPA"), or closing words ("... Getty Images"). Each pattern is tried only where
#: its character occurs, on a short window at the end of the block.
_BRACKET_CREDIT = regex.compile(
    rf"""(?x)
    \((?:(?:AP|AFP|Reuters|Getty|EPA|Bloomberg|Xinhua)\s+)?(?i:photo|image|picture|foto|bild)[^()]{{0,90}}\)
  | \((?i:{_PICTURE_WORD}\s+)?(?i:credits?|source)\s*:[^()]{{1,90}}\)
  | \((?i:quelle|fonte|fuente)\s*:[^()/]{{1,60}}/[^()/]{{1,40}}\)
  | [\[(](?i:image|photo|picture|credit)[^\[\]()]{{0,90}}[\])]
  | \((?:[\w-]+\.)+[a-z]{{2,}}\)
  | \[[^\[\]/]{{2,60}}/[^\[\]]{{2,60}}\]
  | \((?:{_PROPER})\s*/\s*(?:{_PROPER})\)
    """
)
_SLASH_CREDIT = regex.compile(
    rf"""(?x)
    (?:
        \b{_AGENCY}\s*/\s*{_NAME_CHARS}+(?:\s+{_NAME_CHARS}+){{0,4}}(?:,\s*(?i:file|pool))?
      | \s[-–—]\s+(?:[\p{{Lu}}][\p{{L}}'’\-]+\s+){{1,3}}[\p{{Lu}}][\p{{L}}'’\-]+/{_PROPER}
      | /\s*{_AGENCY}
    )\s*\.?\s*$
    """
)
_COLON_CREDIT = regex.compile(
    rf"""(?x)
    (?:
        \b(?i:{_PICTURE_WORD}\s+)?(?i:credits?)\s*:\s*[^.:]{{2,90}}
      | \b(?:Photo|Picture|Image|Photograph|Foto)s?\s*:\s*[^.:]{{2,70}}
    )\s*\.?\s*$
    """
)
_WORDS_CREDIT = regex.compile(
    rf"""(?x)
    (?:
        (?i:\b(?:submitted|file|handout|courtesy)\s+photo)
      | \bvia\s*{_AGENCY}
      | \b(?:Getty\sImages|AFP\svia\sGetty\sImages|Shutterstock)
    )\s*\.?\s*$
    """
)
#: How far back from the end a credit may start.
_CREDIT_WINDOW = 110


def ends_with_credit(text: str) -> bool:
    """True when the block ends with a picture credit.

    >>> ends_with_credit("Mekdad leaves the ministry in Moscow. REUTERS/Grigory Dukor")
    True
    >>> ends_with_credit("He spoke to reporters (and to the police) in Moscow.")
    False
    """
    tail = text[-_CREDIT_WINDOW:]
    end = tail.rstrip(" .")
    if end.endswith((")", "]")):
        opening = max(end.rfind("("), end.rfind("["))
        if opening >= 0 and _BRACKET_CREDIT.fullmatch(end, opening):
            return True
    slash = tail.rfind("/")
    if slash >= 0 and _SLASH_CREDIT.search(tail, max(0, slash - 50)):
        return True
    colon = tail.rfind(":")
    if colon >= 0 and _COLON_CREDIT.search(tail, max(0, colon - 30)):
        return True
    return _WORDS_CREDIT.search(tail, max(0, len(tail) - 45)) is not None


#: Labels that open a caption ("Image: Jose Mourinho has agreed ...").
_CAPTION_PREFIX = regex.compile(
    r"(?i)(?:(?:image|photo|picture|pictured|caption|image caption|above|top|left|right|video)\s*:"
    r"|(?:image|media|video|photo)\s+caption\s|©\s*(?!\d{4}))\s*\S"
)
#: Daily-paper captions name who is "pictured" and end without a full stop.
_PICTURED = regex.compile(r"(?i)\bpictured\b")
#: Gallery captions that carry their own "less" / "... more" toggle.
_TOGGLED_CAPTION = regex.compile(r"(?:\S\s+less|(?:\.\.\.|…)\s*more)$")
_TOGGLE_ENDINGS = (" less", "more")

#: What a credit line must hold: a bracket, slash or copyright sign, a picture word, or an
#: agency's name (a cheap test before the full pattern).
_CREDIT_LINE_HINT = re.compile(
    r"[/(\[©ⓒ]|photo|image|picture|foto|credit|crédit|crédito|immagine|courtesy|\bvia\b|source|getty|shutterstock|press"
    r"|agency|contributor|\b(?:ap|afp|epa|efe|reuters|wire|xinhua|tass|dpa|nasa|esa|pti|ians|ansa"
    r"|kyodo|yonhap|alamy|zuma|rex|istock|bloomberg|anadolu|sipa|pool|handout|illustration|graphic"
    r"|video|bild|imagem|imagen|pa)\b"
)

#: The longest block read as a credit line, and as a caption.
CREDIT_MAX_CHARS = 100
CAPTION_MAX_CHARS = 600
#: A credit-shaped block with more words than this is read as a caption first
#: ("Image: Jose Mourinho has agreed a deal ..." describes the picture).
CREDIT_MAX_WORDS = 7


def is_credit_line(text: str, timeout: float = DEFAULT_PATTERN_TIMEOUT) -> bool:
    """True when the whole block is a photo credit (``PatternTimeoutError`` past ``timeout``
    seconds).

    >>> is_credit_line("Photo: Damian Dovarganes, AP")
    True
    >>> is_credit_line("REUTERS/Grigory Dukor")
    True
    >>> is_credit_line("The photo was taken in Moscow.")
    False
    """
    return (
        len(text) <= CREDIT_MAX_CHARS
        and _CREDIT_LINE_HINT.search(text.lower()) is not None
        and patterns.fullmatch(
            _CREDIT_LINE,
            text,
            timeout=timeout,
            owner=patterns.BUILT_IN_PATTERN,
            name=CaptionRule.CREDIT_LINE.value,
        )
        is not None
    )


def is_caption(text: str) -> bool:
    """True when the block reads as a photo caption: it ends with a credit, opens with a caption
    label, or carries a gallery's "less"/"more" toggle.

    >>> is_caption("Syria's Deputy Foreign Minister leaves the ministry in Moscow. REUTERS/Grigory Dukor")
    True
    >>> is_caption("Shares of the company fell 3% on Monday, Reuters reported.")
    False
    """
    if len(text) > CAPTION_MAX_CHARS:
        return False
    tail = text[-110:]
    if "pictured" in text and not ends_like_sentence(text) and _PICTURED.search(text):
        return True
    return (
        ends_with_credit(text)
        or _CAPTION_PREFIX.match(text) is not None
        or text.endswith(_TOGGLE_ENDINGS)
        and _TOGGLED_CAPTION.search(tail) is not None
    )


#: The labels :func:`match_caption` gives (a label's rule is a plain string).
_CREDIT_LINE_LABEL = Label(Kind.CREDIT, CaptionRule.CREDIT_LINE.value)
_CAPTION_TEXT_LABEL = Label(Kind.CAPTION, CaptionRule.CAPTION_TEXT.value)


def match_caption(text: str, timeout: float = DEFAULT_PATTERN_TIMEOUT) -> Label | None:
    """Label a block as a credit or a caption from its own text, or return None
    (``PatternTimeoutError`` past ``timeout`` seconds)."""
    credit = is_credit_line(text, timeout)
    if credit and len(text.split()) <= CREDIT_MAX_WORDS:
        return _CREDIT_LINE_LABEL
    if is_caption(text):
        return _CAPTION_TEXT_LABEL
    return _CREDIT_LINE_LABEL if credit else None
