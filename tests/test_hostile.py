"""Hostile input: whatever a page throws at ``clean`` and ``clean_html``, they return an Article
or raise one of the package's documented errors, in bounded time, without touching the network
or the file system.

Every call runs under :func:`finishes`, a generous timeout that turns a hang into a failure; how
the time grows with the input is measured by ``benchmarks/scaling.py``, not asserted here.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.scaling import billion_laughs, quadratic_blowup

import newsclean
from newsclean import Article, HtmlLimitError, InputTooLargeError, Options, UnparsableHtmlError
from test_properties import assert_idempotent, assert_no_invented_text

#: Seconds a single call may take before it counts as a hang: far above what any case here
#: needs (a few seconds at most on a loaded CI machine).
HANG_SECONDS = 60

SENTENCE = "Officials said the talks would resume on Monday in Geneva after a week of delays."

#: One sentence per script, emoji sequences and mathematical letters included.
SCRIPTS = [
    "Русский текст о переговорах в Москве, которые продолжатся в понедельник.",
    "Ελληνικό κείμενο για τις συνομιλίες που θα συνεχιστούν τη Δευτέρα.",
    "نص عربي عن المحادثات التي ستستأنف يوم الاثنين في القاهرة.",
    "טקסט עברי על השיחות שיתחדשו ביום שני בירושלים.",
    "हिंदी में बातचीत के बारे में पाठ जो सोमवार को फिर से शुरू होगी।",
    "中文关于会谈的文本，会谈将于周一恢复。",
    "日本語の会談に関するテキストです。月曜日に再開されます。",
    "한국어 회담에 관한 글입니다. 월요일에 재개됩니다.",
    "ข้อความภาษาไทยเกี่ยวกับการเจรจาที่จะกลับมาในวันจันทร์",
    "የአማርኛ ጽሑፍ ስለ ንግግሮች ሰኞ ይቀጥላሉ።",
    "Tiếng Việt: các cuộc đàm phán sẽ tiếp tục vào thứ Hai.",
    "𝐁𝐨𝐥𝐝 𝔉𝔯𝔞𝔨𝔱𝔲𝔯 👩‍👩‍👧‍👦 🏳️‍🌈 🇺🇦",
]


def finishes(call: Callable[..., Any], *args: Any, seconds: float = HANG_SECONDS, **kwargs: Any):
    """``call(*args, **kwargs)``, in a thread: its result, or its exception re-raised; a failure
    when it has not returned after ``seconds`` (a hang must fail the run, not stall it)."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call(*args, **kwargs)
        except BaseException as error:  # noqa: BLE001 - re-raised in the caller's thread
            outcome["error"] = error

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail(f"{getattr(call, '__name__', call)} did not return within {seconds} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def serialises(article: Article) -> None:
    """The Article's dict goes through JSON."""
    json.dumps(article.to_dict())


# --- clean(): any str gives an Article -------------------------------------------------------

HOSTILE_TEXTS = {
    "control-characters": "\n".join(
        f"{SENTENCE}{chr(code)} word{chr(code)}" for code in [*range(32), *range(127, 160)]
    ),
    "nul-characters": f"Para\x00graph with NUL\x00 characters.\x00\n\n{SENTENCE}\n\n" * 50,
    "lone-surrogates": f"\ud800{SENTENCE}\udfff\n\n\udc00\ud800 {SENTENCE}\n\n\ud83d\n\n" * 20,
    "noncharacters-and-private-use": f"\ufffe{SENTENCE}\uffff \U0010ffff \ue000\n\n" * 20,
    "bidi-and-invisible": f"\u202e{SENTENCE}\u2066\u200b\u200d\ufeff\u00ad\u2069\n\n" * 20,
    "combining-pile": "a" + "\u0301" * 10_000 + "\n\n" + SENTENCE,
    "unicode-line-separators": "\u2028".join([SENTENCE] * 10)
    + "\u2029"
    + "\x0b".join([SENTENCE] * 5)
    + "\x0c\x1c\x1d\x1e\x85"
    + SENTENCE,
    "carriage-returns-only": "\r".join([SENTENCE] * 100),
    "1-mb-single-line": (SENTENCE + " ") * (1_000_000 // (len(SENTENCE) + 1)),
    "1-mb-without-spaces": "a" * 1_000_000,
    "50k-tiny-lines": "a\n" * 50_000,
    "every-script": "\n\n".join(SCRIPTS * 5),
    "by-by-by": "By By By " * 10_000 + "\n" + "By\n" * 1_000,
    "digit-runs": "1" * 200_000 + "\n" + "12:30 " * 10_000,
    "punctuation-runs": ".-" * 100_000 + "\n\n" + "!?" * 1_000 + "\n" + "—" * 5_000,
    "date-lines": "November 18, 2013 / 2:36 PM / 6 years ago\n" * 2_000,
    "whitespace-only": "\u3000\u00a0\t \u2000\u200a\r\n" * 1_000,
    # Regression: titles._SITE_SUFFIX, searched over the whole first line, was quadratic (40 KB
    # took 13 s, this line would take half an hour).
    "site-suffix-segments": "Talks resume" + " - Bx" * 100_000 + " !\n\n" + SENTENCE,
    "every-code-point": "\n".join(
        "".join(map(chr, range(start, min(start + 80, sys.maxunicode + 1))))
        for start in range(0, sys.maxunicode + 1, 80)
    ),
}


@pytest.mark.parametrize("text", HOSTILE_TEXTS.values(), ids=HOSTILE_TEXTS.keys())
def test_clean_gives_an_article_that_keeps_the_promises(text):
    article = finishes(newsclean.clean, text)
    assert isinstance(article, Article)
    serialises(article)
    assert_no_invented_text(text, article)
    assert_idempotent(article)
    assert newsclean.clean(text) == article


@pytest.mark.parametrize("text", HOSTILE_TEXTS.values(), ids=HOSTILE_TEXTS.keys())
def test_clean_over_a_lower_limit_raises_input_too_large(text):
    limit = len(text) // 2
    with pytest.raises(InputTooLargeError) as raised:
        newsclean.clean(text, options=Options(max_input_chars=limit))
    assert isinstance(raised.value, ValueError)
    assert (raised.value.size, raised.value.limit) == (len(text), limit)


# --- clean_html(): no network, no files, no entity expansion -----------------------------------


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local TCP port that records whether anything connected to it (libxml2 would connect
    from C, past any Python-level patch)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    yield server
    server.close()


def connected(server: socket.socket) -> bool:
    """True when a connection is waiting on ``server``."""
    try:
        client, _ = server.accept()
    except BlockingIOError:
        return False
    client.close()
    return True


@pytest.fixture
def no_python_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Python-level way to open a connection raises."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("clean_html tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_external_dtd_entities_and_resources_are_not_fetched(listener, no_python_network):
    base = f"http://127.0.0.1:{listener.getsockname()[1]}/"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{base}strict.dtd" [
      <!ENTITY remote SYSTEM "{base}entity.txt">
      <!ENTITY % param SYSTEM "{base}param.dtd"> %param;
    ]>
    <html xmlns:xi="http://www.w3.org/2001/XInclude"><head><title>Talks resume</title>
    <base href="{base}"><link rel="stylesheet" href="{base}style.css">
    <script src="{base}app.js"></script></head>
    <body><h1>Talks resume</h1><xi:include href="{base}include.xml" parse="text"/>
    <img src="{base}photo.jpg"><iframe src="{base}frame.html"></iframe>
    <p>{SENTENCE} &remote;</p></body></html>"""
    for html in (page, page.encode("utf-8"), '<?xml version="1.0"?>\n' + page):
        article = finishes(newsclean.clean_html, html, url=base + "2019/11/18/story.html")
        assert SENTENCE in article.body
    assert not connected(listener)


@pytest.fixture
def secret_path(tmp_path: Path) -> Iterator[Path]:
    """A named pipe: opening it for reading blocks until a writer comes, so a parser that tries
    to read it hangs (and the test fails) instead of silently reading a file."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes need POSIX")
    path = tmp_path / "secret"
    os.mkfifo(path)
    yield path
    try:  # release a reader stuck on the pipe, if the test failed
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


def test_external_entities_and_dtds_are_not_opened(secret_path):
    url = secret_path.as_uri()
    pages = [
        f'<!DOCTYPE html [<!ENTITY secret SYSTEM "{url}">]><p>{SENTENCE} &secret;</p>',
        f'<!DOCTYPE html SYSTEM "{url}"><p>{SENTENCE} &secret;</p>',
        f'<!DOCTYPE html [<!ENTITY % dtd SYSTEM "{url}"> %dtd;]><p>{SENTENCE}</p>',
        f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY s SYSTEM "{url}">]><p>{SENTENCE} &s;</p>',
        (
            f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="{url}"/>'
            f"<p>{SENTENCE}</p></html>"
        ),
    ]
    for page in pages:
        assert SENTENCE in finishes(newsclean.clean_html, page, seconds=20).body


def test_system_entity_to_etc_passwd_is_not_loaded():
    page = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<html><body><h1>Talks resume</h1><p>{SENTENCE} &xxe;</p></body></html>"
    )
    for html in (page, page.encode("utf-8"), page.split("?>", 1)[1]):
        article = finishes(newsclean.clean_html, html)
        dumped = json.dumps(article.to_dict())
        assert SENTENCE in article.body
        assert "root:" not in dumped and "/bin/" not in dumped


@pytest.mark.parametrize(
    "page", [billion_laughs(), quadratic_blowup(50_000)], ids=["laughs", "blowup"]
)
def test_entity_bombs_are_not_expanded(page):
    for html in (page, page.encode("utf-8")):
        article = finishes(newsclean.clean_html, html, seconds=30)
        dumped = json.dumps(article.to_dict())
        assert "lollol" not in dumped and "aaaaaaaaaa" not in dumped
        assert len(dumped) < 2 * len(page) + 10_000


# --- clean_html(): depth, size, width ----------------------------------------------------------


@pytest.mark.parametrize("tag", ["div", "span", "b", "table><tr><td", "ul><li", "blockquote"])
def test_50000_levels_of_nesting_raise_html_limit_error(tag):
    page = f"<html><body><{tag}>" * 50_000 + SENTENCE
    with pytest.raises(HtmlLimitError) as raised:
        finishes(newsclean.clean_html, page, seconds=30)
    assert isinstance(raised.value, ValueError)


def test_nesting_within_the_limit_is_cleaned():
    page = f"<html><body>{'<div>' * 240}<h1>Talks resume</h1><p>{SENTENCE}</p></body></html>"
    assert SENTENCE in finishes(newsclean.clean_html, page).body


@pytest.mark.parametrize("tag", ["p", "a href='/x'", "li", "option"])
def test_50000_unclosed_elements_the_parser_does_not_nest_are_cleaned(tag):
    page = f"<html><body><p>{SENTENCE}</p>" + f"<{tag}>x" * 50_000
    article = finishes(newsclean.clean_html, page)
    assert isinstance(article, Article)


def long_page(size: int) -> str:
    """A page of about ``size`` characters: distinct paragraphs of real-looking news text."""
    paragraphs = []
    total = 0
    while total < size:
        paragraph = f"<p>{SENTENCE} Item {len(paragraphs)} of the report followed.</p>\n"
        paragraphs.append(paragraph)
        total += len(paragraph)
    return (
        "<html><head><title>Talks resume - Daily Planet</title></head><body><article>"
        f"<h1>Talks resume</h1>{''.join(paragraphs)}</article></body></html>"
    )


def test_a_5_mb_page_is_cleaned():
    page = long_page(5_000_000)
    article = finishes(newsclean.clean_html, page)
    assert len(article.paragraphs) > 10_000
    assert article.paragraphs[-1].startswith(SENTENCE)


@pytest.mark.parametrize(
    "element", ["<p>word here</p>", "<span>w</span>", "<li><a href='/x'>link</a></li>"]
)
def test_a_flat_page_of_100000_elements_is_cleaned(element):
    page = f"<html><body><p>{SENTENCE}</p>{element * 100_000}</body></html>"
    assert isinstance(finishes(newsclean.clean_html, page), Article)


def test_a_long_title_of_site_suffix_segments_is_cleaned():
    # Regression: titles._SITE_SUFFIX searched the whole <title> and was quadratic.
    title = "Talks resume" + " - Bx" * 100_000 + " !"
    page = f"<html><head><title>{title}</title></head><body><p>{SENTENCE}</p></body></html>"
    assert SENTENCE in finishes(newsclean.clean_html, page).paragraphs


def test_a_page_over_the_limit_raises_input_too_large():
    page = long_page(2_000)
    for html in (page, page.encode("utf-8")):
        with pytest.raises(InputTooLargeError):
            newsclean.clean_html(html, options=Options(max_input_chars=1_000))


# --- clean_html(): types, encodings, odd characters --------------------------------------------


@pytest.mark.parametrize("value", [None, 42, 3.5, ["<p>x</p>"], object()])
def test_clean_html_refuses_what_is_not_str_or_bytes(value):
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.clean_html(value)


def test_clean_html_takes_bytearray_and_memoryview():
    page = f"<p>{SENTENCE}</p>".encode()
    for html in (bytearray(page), memoryview(page)):
        assert newsclean.clean_html(html).body == SENTENCE


CAFE = "Le café est fermé. Les négociations reprendront lundi à Genève."
JAPANESE = "日本語の会談に関するテキストです。月曜日に再開されます。"
RUSSIAN = "Русский текст о переговорах в Москве, которые продолжатся в понедельник."


def encoded(paragraph: str, encoding: str, charset: str | None = None) -> bytes:
    """A page holding ``paragraph``, encoded in ``encoding``, declaring ``charset`` if given."""
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}</head><body><p>{paragraph}</p></body></html>".encode(encoding)


ENCODED_PAGES = {
    "utf-8-bom": (b"\xef\xbb\xbf" + encoded(CAFE, "utf-8"), CAFE),
    "utf-16-le-bom": (b"\xff\xfe" + encoded(CAFE, "utf-16-le"), CAFE),
    "utf-16-be-bom": (b"\xfe\xff" + encoded(JAPANESE, "utf-16-be"), JAPANESE),
    "utf-32-bom": (encoded(RUSSIAN, "utf-32"), RUSSIAN),
    "latin-1-declared": (encoded(CAFE, "cp1252", "iso-8859-1"), CAFE),
    "windows-1252-undeclared": (encoded(CAFE, "cp1252"), CAFE),
    "utf-8-mislabelled-latin-1": (encoded(CAFE, "utf-8", "iso-8859-1"), CAFE),
    "shift-jis": (encoded(JAPANESE, "shift_jis", "shift_jis"), JAPANESE),
    "koi8-r": (encoded(RUSSIAN, "koi8-r", "koi8-r"), RUSSIAN),
    # UTF-7 is ASCII, so valid UTF-8, and read as written (browsers never decode UTF-7 either).
    "utf-7": (encoded(CAFE, "utf-7", "utf-7"), CAFE.encode("utf-7").decode("ascii")),
    # Regressions: labels Python knows that are not text codecs, or that cannot replace what
    # they cannot decode, made decoding raise LookupError or UnicodeError; UTF-16 declared in an
    # ASCII <meta> turned the page into CJK mojibake.
    **{
        f"declares-{label}": (encoded(CAFE, "cp1252", label), CAFE)
        for label in ["rot13", "hex", "base64", "zlib", "undefined", "idna", "punycode", "utf-16"]
    },
}


@pytest.mark.parametrize(("html", "paragraph"), ENCODED_PAGES.values(), ids=ENCODED_PAGES.keys())
def test_bytes_in_any_encoding_are_decoded(html, paragraph):
    assert finishes(newsclean.clean_html, html).body == paragraph


@pytest.mark.parametrize(
    "html",
    [
        bytes(range(256)) * 40,
        b"\xff\xfe\x00",
        b"\x00" * 1000,
        b"\xed\xa0\x80 lone surrogate in UTF-8 <p>text</p>",
        b"<p>" + b"\x80\x81\xfe\xff" * 10_000 + b"</p>",
        "<p>\x00\x01\x1b\x7f\x85\x9f\ufffe\uffff\U0010ffff text</p>",
        '<?xml version="1.0" encoding="utf-16"',
        "<!-- only a comment -->",
        "   \n\t ",
    ],
)
def test_junk_gives_an_article_or_unparsable_html_error(html):
    try:
        article = finishes(newsclean.clean_html, html)
    except UnparsableHtmlError:
        return
    serialises(article)


def test_a_lone_surrogate_does_not_cut_the_page_short():
    # Regression: libxml2 stopped at the first lone surrogate of a str and dropped the rest.
    page = (
        f"<html><body><h1>Talks resume</h1><p>{SENTENCE} \ud800 It was the first round.</p>"
        f"<p>{SENTENCE} The second round follows.</p></body></html>"
    )
    article = newsclean.clean_html(page)
    assert article.paragraphs == (
        f"{SENTENCE} \ufffd It was the first round.",
        f"{SENTENCE} The second round follows.",
    )
    serialises(article)
