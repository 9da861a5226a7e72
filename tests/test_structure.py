"""The article's structure: ``Article.elements`` (paragraphs, headings, list items, table rows,
captions where they stood), the body's text for them, and ``Article.to_markdown()``."""

from __future__ import annotations

import json

import pytest

import newsclean
from newsclean import Article, Element, ElementKind, Options
from newsclean.markdown import escape_text, render_table
from newsclean.model import Block
from newsclean.structure import element_kind, join_body
from support import CLOSE, LEAD, MIDDLE

P, H, LI, TR, CAP = (
    ElementKind.PARAGRAPH,
    ElementKind.HEADING,
    ElementKind.LIST_ITEM,
    ElementKind.TABLE_ROW,
    ElementKind.CAPTION,
)
CAPTION = "Commuters wait for a tram in the old port district on Monday. (AP Photo/Jeff Chiu)"


def page(*parts: str) -> str:
    """A page of HTML with the parts inside its article."""
    return (
        "<html><head><title>Tram line to reach the airport</title></head><body>"
        "<article><h1>Tram line to reach the airport</h1>" + "".join(parts) + "</article>"
        "<footer>Copyright 2019 The Daily Planet</footer></body></html>"
    )


# ---------------------------------------------------------------- what each block is


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        (Block(0, "Two eggs", "li"), LI),
        (Block(0, "Team | W | L", "tr"), TR),
        (Block(0, "What the council decided", "h2"), H),
        (Block(0, "What the council decided", "h4"), H),
        (Block(0, LEAD, "p"), P),
        (Block(0, "• Two eggs"), LI),
        (Block(0, "* Two eggs"), LI),
        (Block(0, "- Not a list: a dash opens this line"), P),
        (Block(0, "•Two eggs"), P),
        (Block(0, LEAD), P),
    ],
)
def test_element_kind(block: Block, kind: ElementKind) -> None:
    assert element_kind(block) is kind


def test_the_rows_of_a_table_join_by_a_line_break_and_the_rest_by_a_blank_line() -> None:
    elements = [Element(P, "A"), Element(TR, "x | 1"), Element(TR, "y | 2"), Element(LI, "z")]
    assert join_body(elements) == "A\n\nx | 1\ny | 2\n\nz"
    assert join_body([]) == ""
    assert join_body([Element(TR, "x | 1"), Element(P, "B"), Element(TR, "y | 2")]) == (
        "x | 1\n\nB\n\ny | 2"
    )


# ---------------------------------------------------------------- elements from text


def test_text_elements_keep_the_body_and_place_captions_where_they_stood() -> None:
    text = "\n\n".join([f"WASHINGTON (AP) — {LEAD}", CAPTION, MIDDLE, CLOSE])
    article = newsclean.clean(text)
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n{CLOSE}"
    assert article.elements == (
        Element(P, LEAD),
        Element(CAP, CAPTION),
        Element(P, MIDDLE),
        Element(P, CLOSE),
    )
    kept = newsclean.clean(text, options=Options(keep_captions=True, keep_dateline=True))
    assert kept.elements[0] == Element(P, f"WASHINGTON (AP) — {LEAD}")
    assert kept.elements[1] == Element(CAP, CAPTION)
    assert kept.body == "\n\n".join(element.text for element in kept.elements)


def test_a_bulleted_text_list_is_list_items_with_the_body_unchanged() -> None:
    text = (
        f"{LEAD}\n\nThe plan includes:\n\n• A new stop at the airport\n\n• Trams every ten "
        f"minutes\n\n{MIDDLE}"
    )
    article = newsclean.clean(text)
    assert "• A new stop at the airport\n\n• Trams every ten minutes" in article.body
    items = [element.text for element in article.elements if element.kind is LI]
    assert items == ["• A new stop at the airport", "• Trams every ten minutes"]
    assert "- A new stop at the airport\n- Trams every ten minutes" in article.to_markdown()


def test_to_dict_holds_the_elements_and_stays_json() -> None:
    article = newsclean.clean(f"{LEAD}\n\n{CAPTION}\n\n{MIDDLE}")
    as_dict = article.to_dict()
    assert as_dict["elements"][1] == {"kind": "caption", "text": CAPTION}
    assert json.loads(json.dumps(as_dict)) == as_dict


# ---------------------------------------------------------------- elements from HTML


def test_html_lists_headings_and_tables_become_their_elements() -> None:
    html = page(
        f"<p>{LEAD}</p><h2>What the plan costs</h2><p>{MIDDLE}</p>",
        "<ul><li>A new stop at the airport terminal.</li><li>Trams every ten minutes.</li></ul>",
        f"<p>{CLOSE}</p>",
    )
    article = newsclean.clean_html(html)
    kinds = [(element.kind, element.text) for element in article.elements]
    assert kinds == [
        (P, LEAD),
        (H, "What the plan costs"),
        (P, MIDDLE),
        (LI, "A new stop at the airport terminal."),
        (LI, "Trams every ten minutes."),
        (P, CLOSE),
    ]
    markdown = article.to_markdown()
    assert markdown.startswith("# Tram line to reach the airport\n\n")
    assert "\n\n## What the plan costs\n\n" in markdown
    assert "- A new stop at the airport terminal.\n- Trams every ten minutes." in markdown


# ---------------------------------------------------------------- markdown


def test_markdown_renders_title_paragraphs_lists_tables_and_captions() -> None:
    article = Article(
        body="",
        title="Results",
        elements=(
            Element(P, "The standings after Sunday:"),
            Element(TR, "Team | Won | Lost"),
            Element(TR, "Hawks | 5 | 1"),
            Element(TR, "Owls | 2"),
            Element(CAP, "The Hawks celebrate. (Photo: J. Doe)"),
            Element(LI, "Hawks clinch a playoff place"),
            Element(LI, "Owls out"),
            Element(P, "The final round is next week."),
        ),
    )
    assert article.to_markdown() == (
        "# Results\n\n"
        "The standings after Sunday:\n\n"
        "| Team | Won | Lost |\n| --- | --- | --- |\n| Hawks | 5 | 1 |\n| Owls | 2 |  |\n\n"
        "*The Hawks celebrate. (Photo: J. Doe)*\n\n"
        "- Hawks clinch a playoff place\n- Owls out\n\n"
        "The final round is next week."
    )


def test_markdown_without_elements_reads_the_body_paragraphs() -> None:
    assert Article("One.\n\nTwo.").to_markdown() == "One.\n\nTwo."
    assert Article("").to_markdown() == ""


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# 1 hit", "\\# 1 hit"),
        ("- not a list", "\\- not a list"),
        ("> not a quote", "\\> not a quote"),
        ("1. not a list", "1\\. not a list"),
        ("2019) began", "2019\\) began"),
        ("2019 was a year", "2019 was a year"),
        ("a *bold* claim_here", "a \\*bold\\* claim\\_here"),
        ("<script>", "\\<script>"),
        ("[link](x)", "\\[link\\](x)"),
    ],
)
def test_markdown_escapes_what_would_be_markup(text: str, escaped: str) -> None:
    assert escape_text(text) == escaped


def test_markdown_table_cells_escape_pipes_and_markup() -> None:
    assert render_table(["a*b | c|d"]) == "| a\\*b | c\\|d |\n| --- | --- |"


def test_clean_format_markdown_prints_the_articles_markdown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from test_cli import SEED, run

    code, out, _ = run(capsys, "clean", "--format", "markdown", str(SEED))
    expected = newsclean.clean(SEED.read_text(encoding="utf-8")).to_markdown()
    assert (code, out) == (0, expected + "\n")
    assert out.startswith("# Russia steps up diplomatic push for Syria peace talks\n\n")
    assert "\n\n*Syria's Deputy Foreign Minister" in out


# ---------------------------------------------------------------- tables inside the article

CANDIDATES = (
    "<table><tr><th>Candidate</th><th>Status</th></tr>"
    "<tr><td>Aaron Whitlow</td><td>Elected</td></tr>"
    "<tr><td>Priya Raman</td><td>Re-elected</td></tr>"
    "<tr><td>Delphine Marchetti</td><td>Defeated</td></tr></table>"
)
ROWS = [
    "Candidate | Status",
    "Aaron Whitlow | Elected",
    "Priya Raman | Re-elected",
    "Delphine Marchetti | Defeated",
]


def test_a_table_between_paragraphs_survives_as_rows_even_when_its_rows_read_like_a_menu() -> None:
    article = newsclean.clean_html(
        page(f"<p>{LEAD}</p><p>{MIDDLE}</p>", CANDIDATES, f"<p>{CLOSE}</p>")
    )
    assert "\n".join(ROWS) in article.body
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n" + "\n".join(ROWS) + f"\n\n{CLOSE}"
    assert [element.text for element in article.elements if element.kind is TR] == ROWS
    assert "| Candidate | Status |\n| --- | --- |\n| Aaron Whitlow | Elected |" in (
        article.to_markdown()
    )


def test_a_table_of_links_between_paragraphs_stays_out() -> None:
    links = CANDIDATES.replace("<td>", '<td><a href="/x">').replace("</td>", "</a></td>")
    links = links.replace("<th>", '<th><a href="/x">').replace("</th>", "</a></th>")
    article = newsclean.clean_html(page(f"<p>{LEAD}</p><p>{MIDDLE}</p>", links, f"<p>{CLOSE}</p>"))
    assert "Aaron Whitlow" not in article.body


def test_a_table_after_the_last_paragraph_is_not_given_back_by_the_table_guard() -> None:
    """The table guard gives back tables between paragraphs only. This one, after the last
    paragraph but inside the article, comes back on the second opinion of trafilatura's main
    text, which holds it (``context.agreement``), and explain says so."""
    from newsclean.explain import explain_html

    html = page(f"<p>{LEAD}</p><p>{MIDDLE}</p><p>{CLOSE}</p>", CANDIDATES)
    rules = {row.text: row.rule for row in explain_html(html)}
    assert rules["Aaron Whitlow | Elected"] == "kept-by-main-text"


def test_a_one_column_table_is_not_data() -> None:
    cells = "".join(f"<tr><td>{name}</td></tr>" for name in ("Weather", "Traffic", "Obituaries"))
    html = page(f"<p>{LEAD}</p><p>{MIDDLE}</p>", f"<table>{cells}</table>", f"<p>{CLOSE}</p>")
    article = newsclean.clean_html(html)
    assert "Obituaries" not in article.body
    assert ("navigation", "Weather\nTraffic\nObituaries") in [
        (removal.kind.value, removal.text) for removal in article.removed
    ]
