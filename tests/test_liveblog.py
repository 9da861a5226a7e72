"""Live blogs: each entry's time and heading are body, the first entry's too; a bare time that is
a player's duration (beside player controls, with seconds, a ``datetime="PT..."`` duration, or
in plain text) is still removed as gallery chrome."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Kind
from support import kinds_removing, paragraphs

ENTRIES = (
    (
        "14:05",
        "Bridge closed to high-sided vehicles",
        (
            "The harbour bridge has been closed to lorries, vans and caravans after gusts of 70mph "
            "were measured on the upper deck, and police are turning drivers back at both ends."
        ),
    ),
    (
        "11:40",
        "Schools shut early",
        (
            "The council has told parents to collect children from every primary school in the "
            "district by one o'clock, because buses will stop running when the warning begins."
        ),
    ),
    (
        "09:15",
        None,
        (
            "Good morning and welcome to our coverage of the storm. A yellow warning for wind is in "
            "force from noon until midnight, with the strongest gusts expected on the coast."
        ),
    ),
)


def entry(time: str, heading: str | None, text: str, *, time_tag: str = "time") -> str:
    """One entry, its time in ``time_tag`` (``time`` with a datetime, or ``h3``)."""
    if time_tag == "time":
        stamp = (
            f'<div class="entry-time"><time datetime="2024-02-03T{time}:00Z">{time}</time></div>'
        )
    else:
        stamp = f"<{time_tag}>{time}</{time_tag}>"
    title = f'<h2 class="entry-title">{heading}</h2>' if heading else ""
    return f'<article class="entry">{stamp}{title}<p>{text}</p></article>'


def live_page(entries: str) -> str:
    """A live-blog page: menu, headline, byline, the entries, footer."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Storm live: bridge closed and schools shut | Coast Herald</title></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><h1>Storm live: bridge closed and schools shut</h1><p class="byline">By Jane Doe</p>
<div class="live-body">{entries}</div></main>
<footer><p>&copy; 2024 Coast Herald. All rights reserved.</p></footer></body></html>"""


def expected_body(entries=ENTRIES) -> list[str]:
    return [part for time, heading, text in entries for part in (time, heading, text) if part]


@pytest.mark.parametrize("time_tag", ["time", "h3"])
def test_entry_times_and_the_first_heading_are_body(time_tag: str):
    page = live_page("".join(entry(*parts, time_tag=time_tag) for parts in ENTRIES))
    article = newsclean.clean_html(page)
    assert paragraphs(article) == expected_body()
    assert article.title == "Storm live: bridge closed and schools shut"


def test_a_time_with_seconds_is_a_duration():
    first = ("1:02:33", *ENTRIES[0][1:])
    page = live_page(entry(*first) + "".join(entry(*parts) for parts in ENTRIES[1:]))
    article = newsclean.clean_html(page)
    assert "1:02:33" not in paragraphs(article)
    assert kinds_removing(article, "1:02:33") == [Kind.GALLERY]


PLAYERS = {
    "time element beside a control": (
        '<div class="player"><div class="label">Play video</div><div><time>4:12</time></div></div>'
    ),
    "time element stating a duration": (
        '<div class="player"><div><time datetime="PT4M12S">4:12</time></div></div>'
    ),
    "span": '<div class="player"><div><span class="duration">4:12</span></div></div>',
}


@pytest.mark.parametrize("player", PLAYERS.values(), ids=PLAYERS.keys())
def test_a_player_duration_between_entries_is_still_removed(player: str):
    page = live_page(entry(*ENTRIES[0]) + player + "".join(entry(*e) for e in ENTRIES[1:]))
    article = newsclean.clean_html(page)
    assert paragraphs(article) == expected_body()
    assert kinds_removing(article, "4:12") == [Kind.GALLERY]


def test_a_bare_time_in_plain_text_is_still_a_duration():
    """Plain text has no markup to tell an entry time from a video's duration printed above the
    video's title, so the bare line stays gallery chrome there."""
    time, heading, text = ENTRIES[0]
    article = newsclean.clean(f"{time}\n\n{heading}\n\n{text}\n\n{ENTRIES[1][2]}")
    assert time not in paragraphs(article)
    assert kinds_removing(article, time) == [Kind.GALLERY]


ELECTION_ENTRIES = [
    "Westbury North has been declared. Labour's Hannah Ellis wins with a majority of 4,210.",
    "Turnout in Westbury North is 61.3%, down from 66% at the last election.",
    "Hartley and Downs: Conservative Mark Denton holds the seat by 87 votes after a recount.",
    "A recount has been requested in Hartley and Downs after a margin of under 100 votes.",
]


def test_a_share_button_under_every_entry_of_a_live_blog_in_text_cuts_no_entry():
    """A share button repeated under each entry is a card separator's shape, but the stretches
    between its copies open with a time of day and hold prose: entries, not teaser cards."""
    lines = ["Election night live: results as they come in", "By Politics Desk", "5 July 2024"]
    for time, entry in zip(["03:47", "03:05", "02:30", "01:15"], ELECTION_ENTRIES, strict=True):
        lines += [time, entry, "Share"]
    assert paragraphs(newsclean.clean("\n".join(lines))) == ELECTION_ENTRIES


def test_a_share_bar_under_every_quote_card_still_separates_cards():
    """Cards of quotes, each under a share bar like the story's own, with no time above them:
    a list of cards."""
    quotes = [
        "Life asks of us optimism and courage to hope for the best and to make it happen.",
        "What holds a family together is love, care and wanting the best for one another.",
        "Strength to win and faith to believe that every obstacle can be overcome in the end.",
    ]
    story = [
        (
            "The city council voted on Tuesday to extend the tram line to the airport, ending a "
            "decade of debate over the cost of the project and its route through the port district."
        ),
        (
            "Construction is due to begin next spring, and the council said it would publish a "
            "detailed timetable for the work, including the road closures, by the end of January."
        ),
    ]
    lines = ["Council approves tram extension", *story, "Whatsapp Facebook Pint Download"]
    for quote in quotes:
        lines += [quote, "Whatsapp Facebook Pint Download"]
    article = newsclean.clean("\n".join(lines))
    assert paragraphs(article) == story
