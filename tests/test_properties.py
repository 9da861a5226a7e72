"""Properties of ``clean`` on any text: it never raises, the body is a fixed point (cleaning it
again changes nothing), the body invents no text, and results do not depend on the run or the
thread.

Besides arbitrary text, pages are built from realistic pieces (paragraphs, datelines, bylines,
timestamps, captions and chrome lines of every family) so that the generator exercises the rules.
The number of examples comes from the Hypothesis profile (``HYPOTHESIS_PROFILE=nightly`` for
many more; see ``conftest.py``).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Article
from support import paragraphs

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("*.txt"))

TITLES = [
    "Russia steps up diplomatic push for Syria peace talks",
    "Council approves tram extension to the airport after decade of debate",
    "Pheasant hunters say birds are scarce. The state says wait until next year.",
]

PARAGRAPHS = [
    (
        "Russia hosted Syrian and Iranian delegations for separate rounds of talks on Monday in a "
        "renewed diplomatic push for a Syrian peace conference."
    ),
    (
        "“We regard Iran as a very important partner in all Middle Eastern affairs,” Interfax news "
        "agency quoted a deputy foreign minister as saying."
    ),
    "Shares of Home Depot fell 5% on Tuesday after the company cut its forecast.",
    "Advertisement revenue at the company rose 12% in the quarter, executives said.",
    "The photo was taken by a Reuters photographer near the border.",
    "Copyright law has not kept pace with AI, the judge wrote in a 40-page opinion.",
    "“By the end of the year, we will have hired 300 people,” she said.",
    "The three finalists are:",
    "Maria Lopez of Fresno",
    "He declined to comment.",
    "What happens next",
    (
        "Supporters said the extension would take thousands of cars off the road each day, while "
        "opponents warned that the budget was likely to grow."
    ),
    (
        "Egg prices in Britain have risen by more than a fifth since the summer after an outbreak of "
        "avian flu on farms in Lincolnshire and Yorkshire."
    ),
]

DATELINES = [
    "MOSCOW (Reuters) - ",
    "WASHINGTON (AP) — ",
    "HAYWARD, Calif. (AP) — ",
    "SIOUX FALLS, S.D. – ",
    "PARIS -- ",
    "MUMBAI: ",
    "(CNN) — ",
    "LONDON, Nov 18 (Reuters) - ",
    "DEAR ABBY: ",
]

BYLINES = [
    "By Jane Doe and John Roe, Associated Press",
    "By JOE MALLORY FOR MAILONLINE",
    "Writing by Steve Gutterman, Editing by Gareth Jones",
    "Reporting by Alistair Penrose; Additional reporting by Maya Okafor; Editing by David Holloway",
    "Jane Doe is a staff writer at The Herald.",
    "Tom Davies Associated Press",
]

TIMESTAMPS = [
    "November 18, 2013 / 2:36 PM / 6 years ago",
    "Updated 3 hours ago",
    "Published 10:32 AM ET",
    "Published: 08:12 EST, 19 November 2019 | Updated: 10:40 EST, 19 November 2019",
    "4:45 p.m.",
]

CAPTIONS = [
    (
        "Syria's Deputy Foreign Minister Faisal Mekdad leaves the ministry in Moscow, November 18, "
        "2013. REUTERS/Grigory Dukor"
    ),
    "REUTERS/Grigory Dukor",
    "Photo: Damian Dovarganes, AP",
    "(AP Photo/Jeff Chiu)",
    "Getty Images",
    "Image copyright",
    "Image caption Firefighters spent six hours bringing the blaze under control",
]

CHROME = [
    "0 : 0",
    "Share 12",
    "14 Comments",
    "• narrow-browser-and-phone",
    "landscape-tablet-and-above",
    "Image 1 of 23",
    "Caption",
    "Close",
    "Back to Gallery",
    "less",
    "more",
    "Media playback is unsupported on your device",
    "Read more: Fed holds rates steady as inflation cools",
    "Related: How the tram project stalled",
    "Advertisement",
    "Story continues below",
    "Sign up for our newsletter to get the top stories in your inbox.",
    "Follow us on Twitter",
    "© 2019 Reuters. All rights reserved.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "We use cookies to improve your experience. By continuing, you agree to our use of cookies.",
    "Accept",
    "Home",
    "World",
    "Business",
    "Home > News > World",
    "Tags: Syria, Russia, Iran",
    "Leave a Reply",
    "Reply",
]

#: What may separate two lines of a scraped page.
SEPARATORS = ["\n\n", "\n", "\n \n", "\n\n\n", "\r\n\r\n", "\n\u00a0\n"]
#: Whitespace scrapers leave around and inside lines.
PADDING = ["", "", "", " ", "  ", "\t", "\u00a0"]


@st.composite
def datelined_paragraphs(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(DATELINES)) + draw(st.sampled_from(PARAGRAPHS))


@st.composite
def padded(draw: st.DrawFn, line: str) -> str:
    return draw(st.sampled_from(PADDING)) + line + draw(st.sampled_from(PADDING))


PIECES = st.one_of(
    st.sampled_from(PARAGRAPHS),
    st.sampled_from(PARAGRAPHS),
    datelined_paragraphs(),
    st.sampled_from(BYLINES),
    st.sampled_from(TIMESTAMPS),
    st.sampled_from(CAPTIONS),
    st.sampled_from(CHROME),
    st.sampled_from(CHROME),
    st.sampled_from(TITLES),
).flatmap(padded)


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A scraped page: an optional title, then realistic pieces, apart by various separators."""
    lines = draw(st.lists(PIECES, min_size=1, max_size=16))
    if draw(st.booleans()):
        lines.insert(0, draw(st.sampled_from(TITLES)))
    text = lines[0]
    for line in lines[1:]:
        text += draw(st.sampled_from(SEPARATORS)) + line
    return text


#: Pages, or arbitrary text, or a mix: realistic lines with arbitrary ones between them.
ANY_TEXT = st.one_of(
    st.text(), pages(), st.lists(st.one_of(PIECES, st.text(max_size=40))).map("\n".join)
)

#: Characters that carry nothing and that the library drops (zero-width spaces, direction
#: marks, byte-order marks, soft hyphens).
_INVISIBLE = dict.fromkeys(
    [
        *map(ord, "\u200b\u200e\u200f\ufeff\u00ad"),
        *range(0x09),
        *range(0x0E, 0x1C),
        *range(0x7F, 0x85),
        *range(0x86, 0xA0),
    ]
)


def normalised_lines(text: str) -> list[str]:
    """The input's non-empty lines as blocks hold them: invisible and control characters dropped,
    each run of whitespace one space, the ends stripped; and each line that opens with a letter
    and a space once more without that space (a drop cap's letter joined to its word)."""
    lines = [" ".join(line.split()) for line in text.translate(_INVISIBLE).splitlines()]
    joined = [line[0] + line[2:] for line in lines if line[1:2] == " "]
    return [line for line in (*lines, *joined) if line]


def assert_no_invented_text(text: str, article: Article) -> None:
    """Every body paragraph is an input line (whitespace aside); the first may have lost a
    dateline, so it may be the end of an input line."""
    lines = normalised_lines(text)
    known = set(lines)
    for number, paragraph in enumerate(paragraphs(article)):
        if paragraph in known:
            continue
        assert number == 0, f"paragraph {number} is not an input line: {paragraph!r}"
        assert any(line.endswith(paragraph) for line in lines), (
            f"first paragraph invented: {paragraph!r}"
        )


def assert_idempotent(article: Article) -> None:
    """Cleaning the body again returns the same body."""
    assert newsclean.clean(article.body).body == article.body


@given(st.text())
def test_never_raises_on_arbitrary_text(text):
    assert isinstance(newsclean.clean(text), Article)


@given(ANY_TEXT)
def test_never_raises_and_serialises(text):
    article = newsclean.clean(text)
    assert isinstance(article.to_dict(), dict)


@given(st.text())
def test_body_of_arbitrary_text_is_a_fixed_point(text):
    assert_idempotent(newsclean.clean(text))


@given(pages())
def test_body_of_a_page_is_a_fixed_point(text):
    assert_idempotent(newsclean.clean(text))


@given(ANY_TEXT)
def test_body_invents_no_text(text):
    assert_no_invented_text(text, newsclean.clean(text))


@given(ANY_TEXT)
def test_clean_is_deterministic(text):
    assert newsclean.clean(text) == newsclean.clean(text)


@given(st.lists(pages(), min_size=2, max_size=6))
def test_threads_give_the_serial_results(texts):
    serial = [newsclean.clean(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(newsclean.clean, texts * 3))
    assert threaded == serial * 3


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_fixture_body_is_a_fixed_point_and_invents_nothing(path):
    text = path.read_text(encoding="utf-8")
    article = newsclean.clean(text)
    assert article.body
    assert_no_invented_text(text, article)
    assert_idempotent(article)


def test_all_fixtures_in_threads_give_the_serial_results():
    texts = [path.read_text(encoding="utf-8") for path in FIXTURES]
    serial = [newsclean.clean(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(newsclean.clean, texts)) == serial


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "MOSCOW (Reuters) - The three finalists are:\n\nThe three finalists are:",
            id="paragraph-repeated-after-the-dateline-cut",
        ),
        pytest.param(
            "MOSCOW (Reuters) - PARIS -- The museum reopened on Monday after a long closure, "
            "officials said.\n\nVisitors queued for two hours to see the restored ceiling.",
            id="stacked-datelines",
        ),
    ],
)
def test_body_is_a_fixed_point_found_by_hypothesis(text):
    assert_idempotent(newsclean.clean(text))
