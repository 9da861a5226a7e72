"""Lists of sources at the foot of fact-checks and explainers: a run of citation lines (a source
and a quoted title with a date, "accessed DATE", "Email interview with NAME, ..., DATE"), under a
heading such as "Sources:" or long enough to stand without one, is not article body. A paragraph
that cites a report or quotes a headline with its date is."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.explain import explain_text
from newsclean.model import Kind
from newsclean.rules.sources import is_dated_citation, is_listed_citation, is_sources_header

ARTICLE = [
    "The senator said last week that the city loses $40 million a year to unpaid parking fines.",
    (
        "City records show about $38 million in fines went unpaid in the 2019 budget year, a figure "
        "that includes penalties and late fees, according to the finance department."
    ),
    (
        "Officials said the total swings from year to year with the number of tickets written, "
        "so the senator's figure is close but a little high. We rate the claim Mostly True."
    ),
]
CITATIONS = [
    'City Finance Department, "Annual Report on Parking Revenue," Nov. 2, 2019',
    'The Daily Courier, "Unpaid tickets pile up as fines rise," Oct. 13, 2019',
    "State Comptroller, municipal revenue data, accessed Nov. 5, 2019",
    'Office of the Mayor, "Budget in Brief," 2019',
    "Email interview with Dana Ruiz, spokeswoman for the finance department, Nov. 4, 2019",
    "Phone interview with Sam Okafor, professor of public policy at State University, Nov. 6, 2019",
]
FOOTER = ["How to reach us", "Send your comments and corrections to our newsroom by email."]


def _source_list_texts(article: newsclean.Article) -> list[str]:
    return [
        line
        for removal in article.removed
        if removal.kind is Kind.BOILERPLATE
        for line in removal.text.split("\n")
    ]


@pytest.mark.parametrize("header", ["Sources:", "Our Sources", "References", "Bibliography"])
def test_a_source_list_under_a_heading_stays_out_of_the_body(header):
    article = newsclean.clean("\n\n".join([*ARTICLE, header, *CITATIONS]))
    assert article.body == "\n\n".join(ARTICLE)
    removed = _source_list_texts(article)
    assert header in removed
    assert all(citation in removed for citation in CITATIONS)


def test_every_line_of_the_list_is_labelled_source_list():
    rows = explain_text("\n\n".join([*ARTICLE, "Sources:", *CITATIONS]))
    listed = [row for row in rows if row.text in ("Sources:", *CITATIONS)]
    assert [(row.kind, row.rule) for row in listed] == [("boilerplate", "source-list")] * 7


def test_a_heading_makes_one_citation_a_list():
    article = newsclean.clean("\n\n".join([*ARTICLE, "Sources:", CITATIONS[0]]))
    assert article.body == "\n\n".join(ARTICLE)


def test_a_run_of_dated_citations_needs_no_heading():
    article = newsclean.clean("\n\n".join([*ARTICLE, *CITATIONS]))
    assert article.body == "\n\n".join(ARTICLE)


def test_a_source_list_between_the_story_and_the_page_footer_ends_the_story():
    article = newsclean.clean("\n\n".join([*ARTICLE, "Sources:", *CITATIONS, *FOOTER]))
    assert article.body == "\n\n".join(ARTICLE)


def test_author_title_and_publisher_date_on_two_lines_under_a_heading():
    entries = [
        "Flaherty, Anne. “5 Key Takeaways From the Budget Hearing.”",
        "The Daily Courier. 15 November 2019.",
        "McCarthy, Tom; Smith, David. “Parking Fines Describe a City in Debt.”",
        "The Evening Post. 15 November 2019.",
    ]
    article = newsclean.clean("\n\n".join([*ARTICLE, "Sources", *entries]))
    assert article.body == "\n\n".join(ARTICLE)
    assert all(entry in _source_list_texts(article) for entry in entries)


def test_a_paragraph_that_cites_a_dated_report_stays():
    cited = [
        (
            'The finance department\'s report, "Annual Report on Parking Revenue," was released '
            "Nov. 2, 2019, and puts the unpaid total at $38 million."
        ),
        'The Daily Courier, "Unpaid tickets pile up as fines rise," Oct. 13, 2019',
        *ARTICLE,
    ]
    article = newsclean.clean("\n\n".join(cited))
    assert article.body == "\n\n".join(cited)


def test_two_citations_without_a_heading_are_not_a_list():
    paragraphs = [*ARTICLE, *CITATIONS[:2]]
    article = newsclean.clean("\n\n".join(paragraphs))
    assert article.body == "\n\n".join(paragraphs)


def test_a_list_of_albums_with_their_years_stays():
    albums = [
        'The Beatles, "Abbey Road," 1969',
        'Pink Floyd, "The Dark Side of the Moon," 1973',
        'Fleetwood Mac, "Rumours," 1977',
        'Michael Jackson, "Thriller," 1982',
    ]
    intro = "The shop's owner keeps four records behind the counter that are not for sale:"
    paragraphs = [intro, *albums, *ARTICLE]
    article = newsclean.clean("\n\n".join(paragraphs))
    assert all(album in article.body for album in albums)


def test_the_quotation_that_ends_a_story_stays_above_a_list_without_heading():
    last = 'The mayor said, "We will collect every dollar we are owed," in a statement.'
    article = newsclean.clean("\n\n".join([*ARTICLE, last, *CITATIONS]))
    assert article.body == "\n\n".join([*ARTICLE, last])


def test_a_sources_subheading_over_prose_stays():
    paragraphs = [
        *ARTICLE,
        "Sources",
        (
            "Two people familiar with the talks, who asked not to be named because the talks are "
            "private, said the city would drop the late fees."
        ),
    ]
    article = newsclean.clean("\n\n".join(paragraphs))
    assert article.body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        'Tax Foundation, "Tracking the Economic Impact of Tariffs," May 31, 2019',
        'Congressional Budget Office, " The Effects of Tariffs," Aug 22, 2019',
        "Federal Reserve Bank, CPI historical data, accessed Nov. 5, 2019",
        '"Budget tables". City of Springfield. Retrieved 6 November 2019.',
        "Email interview with Mary Lovely, Syracuse University economist, Nov. 5, 2019",
        "Telephone interview with the county clerk's office, 2019",
        "ABC News. 15 November 2019.",
    ],
)
def test_dated_citations(line):
    assert is_dated_citation(line)


@pytest.mark.parametrize(
    "line",
    [
        'The report, "Tariffs and Trade," was released Aug. 22, 2019.',
        'He said, "We will win," on Oct. 13, 2019.',
        "In an interview with CNN on Nov. 5, 2019, she said the plan was ready.",
        "The page was last accessed by investigators on Nov. 5, 2019.",
        "The company was founded in 2019.",
        'The Beatles, "Abbey Road," 1969',
    ],
)
def test_not_dated_citations(line):
    assert not is_dated_citation(line)


def test_an_undated_title_counts_only_inside_a_list():
    line = 'U.S. Drug Enforcement Administration, "National Drug Threat Assessment," 2018'
    assert is_listed_citation(line) and not is_dated_citation(line)
    assert not is_listed_citation("The agency will publish its drug threat assessment in 2018.")


def test_sources_headers():
    assert all(map(is_sources_header, ["Sources:", "OUR SOURCES", "References", "Works cited"]))
    assert not any(map(is_sources_header, ["Sources said", "Source: Reuters", "Referenced"]))
