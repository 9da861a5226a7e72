"""Bytes to text: the encoding from a byte-order mark, else the page's own declaration (checked
against the bytes), else detection; undecodable bytes are replaced, never fatal."""

from __future__ import annotations

import codecs
import re

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: How far into the page a ``<meta charset>`` or HTTP-equiv declaration is looked for (the HTML
#: standard's prescan reads the first 1024 bytes; real pages put it later, after long scripts).
DECLARATION_WINDOW = 8192

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.IGNORECASE
)

#: Labels browsers read as windows-1252 (the HTML standard maps them so), because pages that
#: declare Latin-1 or ASCII are written in windows-1252 in practice.
_WINDOWS_1252_ALIASES = frozenset(
    {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "ascii", "us-ascii"}
)


def decode_by_mark(data: bytes) -> str | None:
    """The bytes decoded as their byte-order mark says (the mark left out; undecodable bytes
    become U+FFFD), or None when they open with no mark.

    >>> decode_by_mark("\ufeffMoscou".encode("utf-16-le")), decode_by_mark(b"Moscow")
    ('Moscou', None)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    return None


def decode_html(data: bytes) -> str:
    """Decode a page's bytes.

    The order: a byte-order mark; then UTF-8 when the bytes are valid UTF-8 (whatever the page
    declares: a page that decodes as UTF-8 is UTF-8, and mislabelled pages are common); then the
    charset the page declares in ``<meta charset>`` or ``<meta http-equiv>``; then
    charset-normalizer's guess; bytes the chosen codec cannot decode become U+FFFD.

    >>> decode_html("café".encode("utf-8"))
    'café'
    >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9</p>')
    '<meta charset="iso-8859-1"><p>café</p>'
    """
    marked = decode_by_mark(data)
    if marked is not None:
        return marked
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = declared_encoding(data) or detected_encoding(data)
    return data.decode(encoding, errors="replace")


def declared_encoding(data: bytes) -> str | None:
    """The codec the page declares in its first bytes, if Python knows it (else ``None``).

    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    'shift_jis'
    """
    match = _DECLARED_CHARSET.search(data, 0, DECLARATION_WINDOW)
    if match is None:
        return None
    return codec_for_label(match.group(1).decode("ascii"))


def codec_for_label(label: str) -> str | None:
    """The Python codec a charset label names (as a ``<meta>`` tag or an HTTP ``Content-Type``
    writes it), if it is a text codec that can decode a page (else ``None``); the labels
    browsers read as windows-1252 give ``cp1252``.

    >>> codec_for_label("ISO-8859-1"), codec_for_label("Shift_JIS"), codec_for_label("rot13")
    ('cp1252', 'shift_jis', None)
    """
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252_ALIASES:
        return "cp1252"
    try:
        encoding = codecs.lookup(label).name
        # Only a text codec that can replace what it cannot decode: "rot13", "base64", "idna" or
        # "undefined" would make decoding raise. An ASCII label cannot name UTF-16 or UTF-32.
        b"<\xff".decode(encoding, errors="replace")
    except (LookupError, UnicodeError):
        return None
    return None if encoding.startswith(("utf-16", "utf-32")) else encoding


def detected_encoding(data: bytes) -> str:
    """charset-normalizer's best guess for bytes that are not UTF-8 and declare nothing usable;
    windows-1252 when it has no guess."""
    from charset_normalizer import from_bytes  # imported on first use: it loads models

    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else "cp1252"
