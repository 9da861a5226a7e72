"""The HTML side of the pipeline: decoding bytes, safe parsing, the page's own metadata, the
article's span, and ``clean_html`` as a whole."""

from __future__ import annotations

import codecs
import datetime as dt
import pickle
import time

import lxml.html
import pytest

import newsclean
import newsclean.assemble
from newsclean.errors import HtmlLimitError, NewscleanError, UnparsableHtmlError
from newsclean.model import Block, Byline
from newsclean.options import DEFAULT_OPTIONS
from newsclean.pipeline import _label_span, label_page
from newsclean.reconcile import reconcile
from newsclean.webpage.blocks import page_blocks
from newsclean.webpage.content import (
    MainLines,
    anchor_key,
    anchored_blocks,
    content_span,
    main_text_coverage,
    node_count,
)
from newsclean.webpage.decode import declared_encoding, decode_html
from newsclean.webpage.metadata import PageMetadata, read_metadata, url_date
from newsclean.webpage.parse import parse_html
from newsclean.webpage.reader import Page

PARAGRAPHS = (
    (
        "The town council voted on Tuesday to rebuild the old harbour wall before next winter, "
        "after storms in January cracked it in three places and flooded the fish market twice."
    ),
    (
        "Engineers told the council that the repairs would take about five months and cost close "
        "to two million pounds, most of it covered by a grant from the national flood fund."
    ),
    (
        "Fishermen who moor inside the wall said they had waited years for the work. Several boats "
        "were damaged during the January storms when waves came over the top of the broken wall."
    ),
    (
        "The council will ask contractors for bids in the spring and hopes to start work in May, "
        "when the weather is calmer and the harbour is less busy than in the summer months."
    ),
)


def article_page(*, head: str = "", byline: str = "<p class='byline'>By Jane Doe</p>") -> str:
    """A small but realistic article page: menu, headline, byline, four paragraphs, footer."""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council votes to rebuild harbour wall | Coast Herald</title>{head}</head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Council votes to rebuild harbour wall</h1>{byline}
<div class="body">{paragraphs}</div></article>
<footer><p>&copy; 2024 Coast Herald. All rights reserved.</p></footer></body></html>"""


def metadata_of(head: str = "", body: str = "<p>Text.</p>", url: str | None = None):
    return read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"), url)


def json_ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


# --- decode_html -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_decode_reads_the_byte_order_mark(bom: bytes, encoding: str):
    page = '<meta charset="iso-8859-1"><p>Crème brûlée — «café»</p>'
    assert decode_html(bom + page.encode(encoding)) == page


def test_decode_utf16_with_python_bom():
    page = "<p>Zürich: 12 °C</p>"
    assert decode_html(page.encode("utf-16")) == page  # the platform's order, with its mark


def test_decode_meta_charset():
    data = '<meta charset="windows-1252"><p>“Quoted” – naïve</p>'.encode("cp1252")
    assert decode_html(data) == '<meta charset="windows-1252"><p>“Quoted” – naïve</p>'


def test_decode_http_equiv():
    page = (
        '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>東京の天気</p>'
    )
    assert decode_html(page.encode("shift_jis")) == page


def test_decode_http_equiv_koi8r():
    page = "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=koi8-r'><p>Привет, мир</p>"
    assert decode_html(page.encode("koi8-r")) == page


def test_declared_latin1_is_read_as_windows_1252():
    """Browsers read a Latin-1 label as windows-1252, and so do pages' authors: 0x93 is “."""
    assert declared_encoding(b'<meta charset="ISO-8859-1">') == "cp1252"
    assert decode_html(b'<meta charset="iso-8859-1"><p>\x93Hi\x94</p>').endswith("<p>“Hi”</p>")


def test_decode_mislabelled_latin1_that_is_utf8():
    data = '<meta charset="iso-8859-1"><p>Café in São Paulo</p>'.encode()
    assert decode_html(data) == '<meta charset="iso-8859-1"><p>Café in São Paulo</p>'


def test_decode_replaces_undecodable_bytes():
    # 0x81 is undefined in windows-1252; the rest of the page survives.
    text = decode_html(b'<meta charset="windows-1252"><p>caf\xe9 \x81 cr\xe8me</p>')
    assert text.endswith("<p>café \ufffd crème</p>")


def test_decode_replaces_a_broken_multibyte_sequence():
    data = '<meta charset="shift_jis"><p>あい</p>'.encode("shift_jis")[:-5]  # cut inside い
    assert decode_html(data).endswith("<p>あ\ufffd")


def test_decode_without_declaration_still_returns_text():
    data = ("<p>" + "Le café était fermé à cause de la grève générale. " * 20 + "</p>").encode(
        "cp1252"
    )
    text = decode_html(data)
    assert text.startswith("<p>Le caf") and len(text) == len(data)


def test_unknown_declared_charset_is_ignored():
    assert declared_encoding(b'<meta charset="x-no-such-charset">') is None


# --- parse_html ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t", "<!-- only a comment -->"])
def test_parse_without_a_document(text: str):
    with pytest.raises(UnparsableHtmlError) as raised:
        parse_html(text)
    assert isinstance(raised.value, NewscleanError)
    assert isinstance(raised.value, ValueError)


def test_parse_refuses_nesting_deeper_than_256():
    with pytest.raises(HtmlLimitError):
        parse_html("<div>" * 300 + "deep" + "</div>" * 300)


def test_parse_accepts_ordinary_nesting():
    root = parse_html("<div>" * 100 + "<p>deep</p>" + "</div>" * 100)
    assert root.findtext(".//p") == "deep"


def test_clean_html_refuses_deep_nesting_with_the_documented_error():
    with pytest.raises(HtmlLimitError):
        newsclean.clean_html("<section>" * 1000 + "x")


def billion_laughs() -> str:
    levels = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?><!DOCTYPE lolz [' + "".join(levels) + "]>"
        "<html><body><p>Laughs: &lol9;</p></body></html>"
    )


def test_parse_does_not_expand_internal_entities():
    started = time.perf_counter()
    root = parse_html(billion_laughs())
    assert time.perf_counter() - started < 2
    text = root.text_content()
    assert "lollol" not in text
    assert len(text) < 100


def test_clean_html_on_billion_laughs_is_fast_and_small():
    started = time.perf_counter()
    article = newsclean.clean_html(billion_laughs())
    assert time.perf_counter() - started < 5
    assert "lollol" not in article.body
    assert len(article.body) < 100


def test_parse_does_not_load_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    for target in ("file:///etc/passwd", secret.as_uri()):
        page = (
            f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{target}">]>'
            "<html><body><p>before &xxe; after</p></body></html>"
        )
        text = parse_html(page).text_content()
        assert "root:" not in text
        assert "TOP-SECRET-CONTENT" not in text
        assert "before" in text and "after" in text
        body = newsclean.clean_html(page).body
        assert "root:" not in body and "TOP-SECRET-CONTENT" not in body


def test_parse_does_not_load_an_external_dtd(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "LEAKED-FROM-DTD">', encoding="utf-8")
    page = (
        f'<!DOCTYPE html SYSTEM "{dtd.as_uri()}"><html><body><p>text &leak; more</p></body></html>'
    )
    assert "LEAKED-FROM-DTD" not in parse_html(page).text_content()


def test_parse_takes_an_xml_declaration_in_str_input():
    root = parse_html('<?xml version="1.0" encoding="utf-8"?><html><body><p>Hi</p></body></html>')
    assert root.findtext(".//p") == "Hi"


def test_parse_gives_the_node_classes_of_lxml_html():
    """The parser's lookup of node classes (lxml's C lookup) gives each node the class that
    lxml.html's own lookup gives it: FormElement for a form, HtmlElement for a div ..."""
    page = (
        "<html><head><title>T</title></head><body><form><label>L</label><input name=q>"
        "<select><option>O</option></select><textarea>X</textarea></form><div><p>P &amp; "
        "<fb:like>F</fb:like><svg><path d=''/></svg></p></div></body></html>"
    )
    ours = [type(node) for node in parse_html(page).iter()]
    theirs = [type(node) for node in lxml.html.document_fromstring(page).iter()]
    assert ours == theirs
    assert lxml.html.FormElement in ours and lxml.html.SelectElement in ours


# --- metadata --------------------------------------------------------------------------------


def test_json_ld_graph():
    data = json_ld(
        """{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Coast Herald"},
        {"@type": "WebPage", "datePublished": "2020-01-01T00:00:00Z"},
        {"@type": "NewsArticle", "headline": "Harbour wall to be rebuilt",
         "datePublished": "2024-02-03T08:15:00+00:00",
         "author": {"@type": "Person", "name": "Jane Doe"}}]}"""
    )
    metadata = metadata_of(data)
    assert metadata.title == "Harbour wall to be rebuilt"
    assert metadata.authors == ("Jane Doe",)
    assert metadata.published == dt.datetime(2024, 2, 3, 8, 15)


def test_json_ld_list_of_authors():
    data = json_ld(
        """{"@type": "NewsArticle", "author": [
        {"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chen"},
        {"@type": "Person", "name": "Ann Lee"},
        {"@type": "Person", "givenName": "Cara", "familyName": "Diaz"}]}"""
    )
    assert metadata_of(data).authors == ("Ann Lee", "Bo Chen", "Cara Diaz")


def test_json_ld_author_as_a_by_string():
    data = json_ld('{"@type": "NewsArticle", "author": "By Jane Doe and John Roe"}')
    assert metadata_of(data).authors == ("Jane Doe", "John Roe")


def test_json_ld_author_string_in_last_first_order_is_one_name():
    data = json_ld('{"@type": "NewsArticle", "author": "Doe, Jane"}')
    assert metadata_of(data).authors == ("Doe, Jane",)


def test_json_ld_organization_author():
    data = json_ld(
        '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Reuters"}}'
    )
    metadata = metadata_of(data)
    assert metadata.authors == ()
    assert metadata.organisations == ("Reuters",)


def test_date_published_with_offset_is_local_time_as_written():
    for offset in ("+05:30", "-07:00", "Z", "+0900"):
        data = json_ld(
            f'{{"@type": "NewsArticle", "datePublished": "2019-11-19T09:01:42{offset}"}}'
        )
        assert metadata_of(data).published == dt.datetime(2019, 11, 19, 9, 1, 42), offset


def test_placeholder_date_is_rejected_and_the_next_source_used():
    data = json_ld('{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}')
    assert metadata_of(data).published is None
    meta = '<meta property="article:published_time" content="2021-06-07T10:00:00-04:00">'
    assert metadata_of(data + meta).published == dt.datetime(2021, 6, 7, 10, 0)


def test_malformed_json_ld_is_ignored():
    broken = json_ld('{"@type": "NewsArticle", "author": [}')
    meta = '<meta name="author" content="Mia Wong">'
    assert metadata_of(broken + meta).authors == ("Mia Wong",)
    for junk in ("", "null", "42", '"text"', "[[[]]]", '{"@type": 7, "author": {"name": 3}}'):
        assert metadata_of(json_ld(junk)) == PageMetadata(), junk


def test_meta_tags_fallback():
    head = (
        '<meta name="author" content="By Mia Wong">'
        '<meta property="article:published_time" content="2020-01-02T03:04:05-05:00">'
        '<meta property="og:title" content="Storm closes schools">'
        '<meta property="og:site_name" content="Coast Herald">'
    )
    metadata = metadata_of(head)
    assert metadata.authors == ("Mia Wong",)
    assert metadata.published == dt.datetime(2020, 1, 2, 3, 4, 5)
    assert metadata.title == "Storm closes schools"
    assert metadata.site_name == "Coast Herald"


def test_author_meta_tag_with_a_url_is_skipped():
    assert metadata_of('<meta name="author" content="https://www.facebook.com/x">').authors == ()


def test_json_ld_wins_over_meta_tags():
    head = json_ld(
        '{"@type": "NewsArticle", "datePublished": "2021-03-04T05:06:07-05:00",'
        ' "author": {"@type": "Person", "name": "Zoe Park"}}'
    ) + (
        '<meta name="author" content="Mia Wong">'
        '<meta property="article:published_time" content="2020-01-02T03:04:05-05:00">'
    )
    metadata = metadata_of(head)
    assert metadata.authors == ("Zoe Park",)
    assert metadata.published == dt.datetime(2021, 3, 4, 5, 6, 7)


def test_time_element():
    body = '<p>Posted <time datetime="2019-05-06T07:08:09+02:00">May 6</time></p>'
    assert metadata_of(body=body).published == dt.datetime(2019, 5, 6, 7, 8, 9)


def test_time_element_marked_as_published_wins():
    body = (
        '<time datetime="2019-05-06">Updated May 6</time>'
        '<time itemprop="datePublished" datetime="2019-05-01T10:00">May 1</time>'
    )
    assert metadata_of(body=body).published == dt.datetime(2019, 5, 1, 10, 0)


def test_time_element_without_a_usable_datetime_is_skipped():
    body = '<time datetime="soon">Soon</time><time datetime="2019-05-06">May 6</time>'
    assert metadata_of(body=body).published == dt.date(2019, 5, 6)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/news/2018/07/21/some-story/", dt.date(2018, 7, 21)),
        ("https://example.com/2019-11-18/story", dt.date(2019, 11, 18)),
        ("https://example.com/business/20191118/story.html", dt.date(2019, 11, 18)),
        ("https://example.com/story-20191118.html", None),
        ("https://example.com/2019/13/45/story", None),
        ("https://example.com/2019/02/30/story", None),
        ("https://example.com/about", None),
    ],
)
def test_url_date(url: str, expected: dt.date | None):
    assert url_date(url) == expected


def test_url_date_is_the_last_resort():
    assert metadata_of(url="https://example.com/2018/07/21/x/").published == dt.date(2018, 7, 21)
    body = '<time datetime="2019-05-06">May 6</time>'
    assert metadata_of(body=body, url="https://example.com/2018/07/21/x/").published == dt.date(
        2019, 5, 6
    )


# --- blocks and their hints ----------------------------------------------------------------


def test_blocks_holding_a_time_element_carry_the_time_hint():
    """``<time>`` is inline: the block that holds its text is marked, a duration is not."""
    root = parse_html(
        "<div><time datetime='2024-02-03T14:05:00Z'>14:05</time></div>"
        "<div><time datetime='PT4M12S'>4:12</time></div>"
        "<p>Updated <time datetime='2024-02-03'>3 Feb</time> by the desk</p><p>No time here.</p>"
    )
    hints = {block.text: "time" in block.hints for block in page_blocks(root).blocks}
    assert hints == {
        "14:05": True,
        "4:12": False,
        "Updated 3 Feb by the desk": True,
        "No time here.": False,
    }


# --- the article's span and the byline with the metadata ------------------------------------


def test_span_runs_over_the_foot_of_the_article_container():
    """A sign-off right under the last paragraph, in the same container, is too short for
    trafilatura's text but belongs to the article."""
    texts = ["Home | News", *PARAGRAPHS, "Reporting by Ann Lee; Editing by Bo Chen", "Read next"]
    containers = ["div.nav", *["div.body"] * 5, "div.related"]
    blocks = [Block(i, text, "p") for i, text in enumerate(texts)]
    assert content_span(blocks, containers, anchored_blocks(blocks, PARAGRAPHS)) == (1, 6)


CHUNK = (
    "The second half of the story sits in another container of the same kind, after an ad, and "
    "carries on where the first half stopped."
)


def test_span_runs_over_a_later_chunk_of_the_article():
    texts = [*PARAGRAPHS[:2], "Advertisement", CHUNK, CHUNK + " Again.", "Footer"]
    containers = ["div.chunk", "div.chunk", "div.ad", "div.chunk", "div.chunk", "div.footer"]
    blocks = [Block(i, text, "p") for i, text in enumerate(texts)]
    assert content_span(blocks, containers, anchored_blocks(blocks, PARAGRAPHS[:2])) == (0, 5)


def test_span_does_not_jump_to_a_like_container_far_down_the_page():
    filler = [f"Teaser {i}" for i in range(60)]
    texts = [*PARAGRAPHS[:2], *filler, CHUNK, CHUNK + " Again."]
    containers = ["div.chunk"] * 2 + ["div.teasers"] * 60 + ["div.chunk"] * 2
    blocks = [Block(i, text, "p") for i, text in enumerate(texts)]
    assert content_span(blocks, containers, anchored_blocks(blocks, PARAGRAPHS[:2])) == (0, 2)


def test_span_leaves_out_a_headline_far_above_the_story():
    far_headline = "A headline far above the story, in a teaser box of the page"
    texts = [far_headline, *[f"Video {i}" for i in range(20)], *PARAGRAPHS]
    containers = ["div.top"] + ["div.videos"] * 20 + ["div.body"] * len(PARAGRAPHS)
    blocks = [Block(i, text, "p") for i, text in enumerate(texts)]
    assert content_span(
        blocks, containers, anchored_blocks(blocks, [far_headline, *PARAGRAPHS])
    ) == (
        21,
        21 + len(PARAGRAPHS),
    )


def test_span_keeps_the_story_s_opening_across_a_chart():
    """The story's first paragraphs, then a chart of many small labels, then the rest: the
    opening is a small group far from the others, but in the container the story's paragraphs
    share, so it is the story's own start and not a teaser from far off."""
    opening = PARAGRAPHS[:1]
    rest = [f"{paragraph} It went on." for paragraph in PARAGRAPHS] * 3
    chart = [f"${number} billion" for number in range(30)]
    texts = ["Home | News", *opening, *chart, *rest, "Read next"]
    containers = ["div.nav", "div.body", *["div.chart"] * 30, *["div.body"] * len(rest), "div.x"]
    blocks = [Block(i, text, "p") for i, text in enumerate(texts)]
    assert content_span(blocks, containers, anchored_blocks(blocks, [*opening, *rest])) == (
        1,
        len(texts) - 1,
    )


def test_span_keeps_a_long_article_s_lead_above_a_table_of_contents():
    """The lead's paragraphs, then a table of contents, then a long text whose reference list
    holds most of the anchored blocks: the lead is a small share of the text and its container
    is not the one most anchors share, but two paragraphs are the article's own, not a teaser
    from far off."""
    lead = PARAGRAPHS[:2]
    contents = [f"{number} Section {number}" for number in range(1, 21)]
    sections = [f"{paragraph} Section text." for paragraph in PARAGRAPHS] * 4
    references = [f"^ Reference number {number}, a source of the article." for number in range(90)]
    texts = [*lead, *contents, *sections, *references]
    containers = [
        *["div.text"] * len(lead),
        *["div.toc"] * len(contents),
        *["div.text"] * len(sections),
        *["div.references"] * len(references),
    ]
    blocks = [Block(i, text, "p") for i, text in enumerate(texts)]
    anchors = anchored_blocks(blocks, [*lead, *sections, *references])
    assert content_span(blocks, containers, anchors) == (0, len(texts))


def test_span_still_leaves_out_one_teaser_far_above_the_story():
    """One paragraph far above the story is a teaser, not the article's lead."""
    teaser = "A teaser of another story, far above this one, with a summary of it in one line."
    texts = [teaser, *[f"Video {i}" for i in range(20)], *PARAGRAPHS]
    containers = ["div.teasers"] + ["div.videos"] * 20 + ["div.body"] * len(PARAGRAPHS)
    blocks = [Block(i, text, "p") for i, text in enumerate(texts)]
    anchors = anchored_blocks(blocks, [teaser, *PARAGRAPHS])
    assert content_span(blocks, containers, anchors) == (21, 21 + len(PARAGRAPHS))


def test_main_lines_key_each_text_once_and_compare_as_a_list():
    """The memo changes no result: anchors and coverage are those of a plain list."""
    texts = ["Home | News", *PARAGRAPHS, "Widely shared: " + PARAGRAPHS[1]]
    blocks = [Block(i, text, "p") for i, text in enumerate(texts)]
    lines = ["- " + PARAGRAPHS[0] + " " + PARAGRAPHS[1], *PARAGRAPHS[2:]]
    main = MainLines(lines)
    assert main == lines
    assert pickle.loads(pickle.dumps(main)) == lines
    for partial in (False, True):
        assert anchored_blocks(blocks, main, partial) == anchored_blocks(blocks, lines, partial)
    assert main_text_coverage(texts, main) == main_text_coverage(texts, lines)
    assert main.key(texts[1]) == anchor_key(texts[1])
    assert main.key(texts[1]) is main.key(texts[1])


def test_node_count_is_the_count_of_what_iter_yields():
    page = "<html><body><!-- c --><div><?pi x?><p>One<br>two</p></div><svg><path/></svg></body>"
    root = lxml.html.document_fromstring(page)  # lxml's parser keeps comments and PIs
    assert node_count(root) == sum(1 for _ in root.iter()) == 9


def test_span_is_none_without_anchors():
    blocks = [Block(0, "Nothing trafilatura kept is on this page", "p")]
    assert (
        content_span(
            blocks, ["div.x"], anchored_blocks(blocks, ["something else entirely, long enough"])
        )
        is None
    )


def test_visible_contributors_follow_the_metadata_authors():
    article = newsclean.clean(
        "By Ann Lee\n\nThe council voted on Tuesday.\n\nBo Chen contributed to this report."
    )
    metadata = PageMetadata(authors=("Ann Lee",))
    merged = reconcile(article, metadata, page_title="")
    assert merged.byline.authors == ("Ann Lee", "Bo Chen")


def test_metadata_authors_win_over_a_visible_byline_that_disagrees():
    article = newsclean.clean("By A. Lee\n\nThe council voted on Tuesday.")
    merged = reconcile(article, PageMetadata(authors=("Ann Lee",)), page_title="")
    assert merged.byline == Byline(text="By A. Lee", authors=("Ann Lee",))


def test_metadata_date_wins_and_the_visible_place_stays():
    article = newsclean.clean("PARIS (AFP) - The museum reopened on Monday after a long closure.")
    metadata = PageMetadata(published=dt.datetime(2024, 5, 6, 7, 8))
    dateline = reconcile(article, metadata, page_title="").dateline
    assert (dateline.place, dateline.source) == ("PARIS", "AFP")
    assert dateline.published == dt.datetime(2024, 5, 6, 7, 8)


# --- clean_html ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [42, 4.2, None, ["<p>x</p>"], {"html": "<p>x</p>"}])
def test_clean_html_type_errors(value: object):
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.clean_html(value)  # type: ignore[arg-type]


def test_clean_html_reads_str():
    article = newsclean.clean_html(article_page())
    assert article.title == "Council votes to rebuild harbour wall"
    assert article.byline.authors == ("Jane Doe",)
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert "© 2024 Coast Herald. All rights reserved." in [r.text for r in article.removed]


@pytest.mark.parametrize("as_type", [bytes, bytearray, memoryview])
def test_clean_html_reads_bytes(as_type: type):
    page = article_page()
    assert newsclean.clean_html(as_type(page.encode("utf-8"))) == newsclean.clean_html(page)


def test_clean_html_reads_bytes_in_a_declared_encoding():
    page = article_page().replace("Jane Doe", "José Núñez").replace('charset="utf-8"', "")
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    data = page.replace("<head>", "<head>" + head).encode("cp1252")
    assert newsclean.clean_html(data).byline.authors == ("José Núñez",)


def test_clean_html_url_is_optional():
    page = article_page()
    without = newsclean.clean_html(page)
    with_url = newsclean.clean_html(page, url="https://coastherald.example/2024/02/03/wall/")
    assert without.body == with_url.body
    assert without.dateline is None
    assert with_url.dateline.published == dt.date(2024, 2, 3)


def test_clean_html_metadata_date_beats_the_url():
    head = json_ld('{"@type": "NewsArticle", "datePublished": "2024-02-02T22:10:00-05:00"}')
    article = newsclean.clean_html(
        article_page(head=head), url="https://coastherald.example/2024/02/03/wall/"
    )
    assert article.dateline.published == dt.datetime(2024, 2, 2, 22, 10)


def test_clean_html_json_ld_only_byline():
    head = json_ld(
        '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Priya Raman"}]}'
    )
    article = newsclean.clean_html(article_page(head=head, byline=""))
    assert article.byline.authors == ("Priya Raman",)


def test_clean_html_is_deterministic():
    page = article_page(head=json_ld('{"@type": "NewsArticle", "author": "By Ann Lee"}'))
    first = newsclean.clean_html(page)
    assert newsclean.clean_html(page) == first
    assert newsclean.clean_html(page.encode("utf-8")).to_dict() == first.to_dict()


def test_clean_html_of_a_page_without_an_article():
    article = newsclean.clean_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert isinstance(article, newsclean.Article)


def test_clean_html_empty_bytes_are_unparsable():
    with pytest.raises(UnparsableHtmlError):
        newsclean.clean_html(b"")


def test_clean_html_input_limit():
    options = newsclean.Options(max_input_chars=100)
    with pytest.raises(newsclean.InputTooLargeError):
        newsclean.clean_html(article_page(), options=options)


def test_page_without_body_tag_keeps_its_article():
    """libxml2 leaves the HTML5 elements of a page that omits <body> inside <head>."""
    page = (
        "<!doctype html><meta charset=utf-8><title>Harbour wall to be rebuilt</title>"
        "<header>Site</header><main><h1>Harbour wall to be rebuilt</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
        + "</main>"
    )
    article = newsclean.clean_html(page)
    assert article.paragraphs == PARAGRAPHS
    assert article.title == "Harbour wall to be rebuilt"


def test_span_keeps_an_article_split_into_many_small_groups():
    """Ads between every paragraph split the anchors into groups of one; none of them alone
    holds a fifth of the text, and all of them are the article."""
    texts: list[str] = []
    containers: list[str] = []
    for paragraph in PARAGRAPHS:
        texts += [paragraph, *[f"Ad slot {i}" for i in range(14)]]
        containers += ["div.body", *["div.ad"] * 14]
    blocks = [Block(i, text, "p") for i, text in enumerate(texts)]
    span = content_span(blocks, containers, anchored_blocks(blocks, PARAGRAPHS))
    assert span is not None and span[0] == 0 and span[1] >= texts.index(PARAGRAPHS[-1]) + 1


def test_partial_anchors_are_long_parts_of_a_line():
    """trafilatura joins a list item's heading to its text; the text is long enough to anchor
    as a part of the line, the one-word heading is not."""
    line = "- Network Monitor See all the network requests your browser makes, and how long."
    blocks = [Block(0, "Network Monitor"), Block(1, line[18:]), Block(2, "browser makes")]
    assert anchored_blocks(blocks, [line]) == []
    assert anchored_blocks(blocks, [line], partial=True) == [1]


TOOLS = [
    ("WebIDE", "Develop, deploy and debug apps directly in your browser, or on a phone."),
    ("Page Inspector", "Examine the HTML and CSS of any page and easily modify its structure."),
    ("Web Console", "See the information logged by a page and interact with it using scripts."),
    ("Network Monitor", "See every network request your browser makes, and how long each takes."),
    ("Style Editor", "View and edit the styles of a page, create new ones and apply them at once."),
]


def test_a_page_is_read_again_when_its_body_misses_most_of_the_main_text():
    """A feature list of headings and descriptions, a long sidebar, then a note: trafilatura's
    text joins each heading to its description and link, so only the note's lines anchor
    whole, and the span around them is the note alone. Read again with the parts of lines as
    anchors, the span reaches the list, and it comes back."""
    items = "".join(
        f"<div class='tool'><h3>{name}</h3><p>{text}</p><p><a href='/{name}'>Learn more</a></p>"
        "</div>"
        for name, text in TOOLS
    )
    note = "Developer Edition comes with a new profile, so it can run beside other versions."
    sidebar = "".join(f"<p><a href='/topic/{i}'>Topic {i}</a></p>" for i in range(45))
    root = parse_html(
        "<html><head><title>Developer Edition</title></head><body>"
        f"<h1>Welcome to Developer Edition</h1><section class='tools'>{items}</section>"
        f"<div class='sidebar'>{sidebar}</div><aside class='note'><h2>Important: sync your new profile</h2><p>{note}</p></aside>"
        "<footer><p>Licensed under a Creative Commons licence.</p></footer></body></html>"
    )
    main_lines = [
        *(f"- {name} {text} Learn more" for name, text in TOOLS),
        "Important: sync your new profile",
        note,
    ]
    page = Page(page_blocks(root), PageMetadata(), main_lines)
    narrow = _label_span(page, partial=False, options=DEFAULT_OPTIONS)
    assert TOOLS[2][1] not in newsclean.assemble.assemble(narrow.draft).body
    body = newsclean.assemble.assemble(label_page(page, DEFAULT_OPTIONS).draft).body
    assert all(text in body for _, text in TOOLS) and note in body
    assert "Creative Commons" not in body


def test_a_date_only_the_markup_gives_is_read_when_nothing_else_dates_the_page():
    page = article_page().replace("<footer>", '<div class="entry-date">2024-02-03</div><footer>')
    assert newsclean.clean_html(page).dateline.published == dt.date(2024, 2, 3)


def test_a_copyright_year_alone_gives_no_date():
    assert newsclean.clean_html(article_page()).dateline is None


def test_a_caption_set_inside_a_paragraph_leaves_the_paragraph_in_the_body():
    lead = (
        "Nintendo and Apple surprised the industry this year by announcing the company's first "
        "game for phones, one that can be played with a single hand."
    )
    rest = [
        "The game will launch in December for a flat fee, the companies said on Thursday.",
        "A sample of its modes will be free, but most of the game will be sold as one purchase.",
    ]
    page = (
        "<html><head><title>Game launch</title></head><body><article><h1>Game launch</h1><p>"
        "<span class='storyimage'><img src='a.jpg'><span class='caption'>"
        "<span class='attribution'>© Provided by Example Media</span> Nintendo/Apple</span>"
        f"</span> {lead}</p>"
        + "".join(f"<p>{text}</p>" for text in rest)
        + "</article></body></html>"
    )
    article = newsclean.clean_html(page)
    assert article.body.split("\n\n")[:3] == [lead, *rest]
    assert "Provided by Example Media" not in article.body


def test_a_story_in_a_layout_table_s_cell_keeps_its_paragraphs():
    """An old page sets its story in one cell, paragraphs apart by "<br><br>": they are
    paragraphs, not the rows of a table, so the body sets them apart by blank lines."""
    cell = "<br><br>".join(PARAGRAPHS)
    page = (
        "<html><body><table><tr><td><b>Harbour wall to be rebuilt</b><br><br>"
        f"{cell}</td></tr></table></body></html>"
    )
    article = newsclean.clean_html(page)
    assert article.body.split("\n\n") == list(PARAGRAPHS)


def test_a_data_table_s_rows_stay_rows():
    rows = "".join(
        f"<tr><td>{name}</td><td>{cost}</td></tr>"
        for name, cost in [("Walls", "$22m"), ("Levees", "$11m"), ("Pumps", "$7m")]
    )
    page = (
        f"<html><body><article><p>{PARAGRAPHS[0]}</p><table>{rows}</table>"
        f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></article></body></html>"
    )
    body = newsclean.clean_html(page).body
    assert "Walls | $22m\nLevees | $11m\nPumps | $7m" in body


def test_a_page_without_title_or_h1_takes_no_menu_link_as_its_headline():
    """No <title>, no <h1>: the headline-shaped links of the menu above are links, and the bold
    line over the story is the title."""
    menu = "<br>".join(f"<a href='/s{i}'>Section number {i} of the site</a>" for i in range(12))
    page = (
        f"<html><body><table><tr><td>{menu}</td><td><b>Harbour wall to be rebuilt</b><br><br>"
        f"{'<br><br>'.join(PARAGRAPHS)}</td></tr></table></body></html>"
    )
    assert newsclean.clean_html(page).title == "Harbour wall to be rebuilt"


def _rail(count: int, key: int) -> str:
    """A rail of teaser links, as a page sets between an article's chunks."""
    return (
        "<div class='rail'>"
        + "".join(
            f"<div class='card'><a href='/t{key}-{i}'>Teaser headline number {i} about a story</a></div>"
            for i in range(count)
        )
        + "</div>"
    )


def test_an_article_split_into_chunks_by_long_rails_of_links_keeps_every_chunk():
    """trafilatura's precise text holds the first chunk alone; the later chunks, in the same
    container, are the article's by the page's structure, though the rails between them keep
    the region from reaching them."""
    paragraphs = [
        *PARAGRAPHS[:4],
        (
            "Fishermen who moor in the old harbour said the works would force them to use the "
            "north quay for a whole season, which is further from the market hall."
        ),
        (
            "The council promised to keep one slipway open throughout and to run a shuttle van "
            "between the north quay and the market on the busiest mornings."
        ),
        (
            "A public meeting on the plans is due at the town hall next month, where residents "
            "can see the drawings and put questions to the engineers."
        ),
        (
            "Work on the first section is expected to begin in April if the weather allows, "
            "with the whole wall finished by the end of September."
        ),
    ]
    chunks = "".join(
        f"<div class='article-body'><p>{paragraphs[i]}</p><p>{paragraphs[i + 1]}</p></div>"
        + _rail(30, i)
        for i in range(0, len(paragraphs), 2)
    )
    page = (
        "<html><head><title>Harbour wall to be rebuilt</title></head><body><main>"
        f"<h1>Harbour wall to be rebuilt</h1>{chunks}</main></body></html>"
    )
    body = newsclean.clean_html(page).body
    assert all(paragraph in body for paragraph in paragraphs)


# --- bylines styled as credits, and headers far above the text -------------------------------


def test_a_dated_by_line_in_a_credit_element_is_the_byline():
    page = article_page(byline="<div class='credit-text'>By Jane Doe March 11, 2015 3:46 PM</div>")
    article = newsclean.clean_html(page)
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    assert article.dateline is not None and article.dateline.published == dt.datetime(
        2015, 3, 11, 15, 46
    )


def test_a_photographer_s_credit_without_a_date_stays_a_credit():
    figure = (
        "<figure><img src='wall.jpg'><figcaption><span class='caption'>The cracked harbour"
        " wall in January.</span> <span class='credit'>By Sam Reyes</span></figcaption></figure>"
    )
    article = newsclean.clean_html(
        article_page(byline="<p class='byline'>By Jane Doe</p>" + figure)
    )
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    assert "Sam Reyes" not in article.body


def _far_header_page(between: int) -> str:
    """A headline, then ``between`` share buttons and the byline, a video player's controls,
    then the story."""
    buttons = "".join(f"<div class='tool'><a href='#'>Share {i}</a></div>" for i in range(between))
    controls = "".join(f"<div class='player'>Control {i}</div>" for i in range(14))
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        "<html><head><title>Council votes to rebuild harbour wall</title></head><body>"
        f"<h1>Council votes to rebuild harbour wall</h1>{buttons}"
        f"<div class='byline'>By Jane Doe March 11, 2015</div>{controls}"
        f"<article>{paragraphs}</article></body></html>"
    )


def test_a_byline_under_a_headline_beyond_the_span_s_reach_is_read():
    article = newsclean.clean_html(_far_header_page(12))
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    assert article.title == "Council votes to rebuild harbour wall"
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_a_byline_far_under_the_headline_is_not_taken_for_the_story_s():
    # 30 buttons put the byline past BYLINE_UNDER_HEADLINE blocks under the headline.
    article = newsclean.clean_html(_far_header_page(30))
    assert article.byline is None
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_an_updated_time_element_above_the_published_one_does_not_date_the_page():
    times = (
        "<p class='updated'><time datetime='2021-03-04T16:05'>Updated March 4, 2021</time></p>"
        "<p class='date'><time datetime='2021-03-03T14:05'>Published March 3, 2021</time></p>"
    )
    article = newsclean.clean_html(article_page(byline="<p class='byline'>By Jane Doe</p>" + times))
    assert article.dateline is not None
    assert article.dateline.published == dt.datetime(2021, 3, 3, 14, 5)


def test_a_lone_updated_time_element_still_dates_the_page():
    times = "<p class='updated'><time datetime='2021-03-04T16:05'>Updated March 4, 2021</time></p>"
    article = newsclean.clean_html(article_page(byline="<p class='byline'>By Jane Doe</p>" + times))
    assert article.dateline is not None
    assert article.dateline.published == dt.datetime(2021, 3, 4, 16, 5)
