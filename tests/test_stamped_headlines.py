"""Stamped headlines (``context.cards.mark_stamped_headlines``): other stories listed one a line,
each headline followed by its source and when it was posted, go; the article's own dated lines,
and lines ending in a date alone, stay."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.labeling import label_document
from newsclean.segment import segment_text
from newsclean.timestamps import trailing_stamp_start
from support import CLOSE, LEAD, MIDDLE, TITLE, paragraphs

#: A list of other stories after the article, each a headline, a source and an age.
AGED_HEADLINES = [
    "Most read",
    "Stocks rally as central bank signals a pause in rate rises Reuters 2 hours ago",
    "Flooding closes the coastal road for a second day Local News 3 hours ago",
    "Striking dockworkers return after pay deal 5 hours ago",
    "Museum reopens its west wing after a two-year refit 6 hours ago",
]
#: The same in Japanese: headline, source, month/day (weekday) and time of day.
JAPANESE_HEADLINES = [
    "注目のニュース",
    "日経平均は5日ぶり反発、円安で大型外需株に買い戻し ロイター 3/9(木) 15:47",
    "もやしと株価の意外な関係 もやしの消費額で読み解く日本の景気 THE PAGE 3/9(木) 17:20",
    "日立グループとホンダが手を組んだEV用中核部品の今後 ニュースイッチ 3/9(木) 18:11",
]


def _clean(*parts: str) -> newsclean.Article:
    return newsclean.clean("\n\n".join([TITLE, *parts]))


@pytest.mark.parametrize("teasers", [AGED_HEADLINES, JAPANESE_HEADLINES], ids=["aged", "japanese"])
def test_stamped_headlines_after_the_article_go(teasers):
    text = "\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, *teasers])
    assert paragraphs(newsclean.clean(text)) == [LEAD, MIDDLE, CLOSE]
    draft = label_document(segment_text(text))
    rules = {draft.text(index): draft.label(index) for index in range(len(draft))}
    assert all(rules[teaser].rule == "teaser-card" for teaser in teasers[1:])


def test_two_stamped_headlines_are_not_a_list():
    """Fewer than three in a row may be the article's own lines."""
    article = _clean(LEAD, MIDDLE, CLOSE, *AGED_HEADLINES[1:3])
    assert "teaser-card" not in {removal.rule for removal in article.removed}


def test_stamped_lines_between_the_articles_paragraphs_stay():
    """A log the article quotes, each entry ending in when it was posted, stands between its
    paragraphs: it is the article's."""
    log = [
        "Water level at the north gauge 4.1 metres Nov 18, 2019 2:36 PM",
        "Water level at the north gauge 4.6 metres Nov 18, 2019 4:10 PM",
        "Water level at the north gauge 5.2 metres Nov 18, 2019 6:05 PM",
    ]
    article = _clean(LEAD, *log, MIDDLE, CLOSE)
    assert paragraphs(article) == [LEAD, *log, MIDDLE, CLOSE]


def test_stamped_lines_under_a_line_ending_in_a_colon_stay():
    readings = [
        "North gauge 4.1 metres 3/9(木) 15:00",
        "South gauge 3.8 metres 3/9(木) 15:00",
        "East gauge 2.9 metres 3/9(木) 15:00",
    ]
    intro = "The agency published these readings on Thursday afternoon:"
    article = _clean(LEAD, MIDDLE, CLOSE, intro, *readings)
    assert paragraphs(article)[-len(readings) :] == readings


def test_lines_ending_in_a_date_alone_stay():
    """A tour's dates end each line in a date, not in when a story was posted."""
    tour = [
        "Boston, House of Blues, Nov 18, 2019",
        "New York, Terminal 5, Nov 20, 2019",
        "Chicago, The Riviera, Nov 22, 2019",
    ]
    article = _clean(LEAD, MIDDLE, CLOSE, *tour)
    assert paragraphs(article)[-len(tour) :] == tour


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Stocks rally on Fed hopes CNN 3 hours ago", "3 hours ago"),
        ("Zugausfall in Bayern vor 2 Stunden", "vor 2 Stunden"),
        ("日経平均は反発 ロイター 3/9(木) 15:47", "3/9(木) 15:47"),
        ("Council backs tram plan Nov 18, 2019 2:36 PM", "Nov 18, 2019 2:36 PM"),
        ("The council met on Nov 18, 2019", None),
        ("Kick-off 18:00", None),
        ("It rained 2 days ago.", None),
    ],
)
def test_trailing_stamp_start(line, stamp):
    start = trailing_stamp_start(line)
    assert (None if start is None else line[start:]) == stamp
