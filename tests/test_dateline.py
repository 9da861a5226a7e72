"""Datelines: every wire form is cut from the first paragraph and parsed into place and source;
labels, salutations and sentences that open with capitals are no datelines."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Kind
from newsclean.dateline import split_dateline
from support import CLOSE, MIDDLE, TITLE, paragraphs

REST = "Officials said on Monday that the talks would resume next week."

#: (prefix as cut, dateline text, place, source), each followed by REST in the paragraph.
DATELINES = [
    ("MOSCOW (Reuters) -", "MOSCOW (Reuters)", "MOSCOW", "Reuters"),
    ("WASHINGTON (AP) —", "WASHINGTON (AP)", "WASHINGTON", "AP"),
    ("HAYWARD, Calif. (AP) —", "HAYWARD, Calif. (AP)", "HAYWARD, Calif.", "AP"),
    ("NEW LONDON, Conn. (AP) —", "NEW LONDON, Conn. (AP)", "NEW LONDON, Conn.", "AP"),
    ("SIOUX FALLS, S.D. –", "SIOUX FALLS, S.D.", "SIOUX FALLS, S.D.", None),
    ("PARIS --", "PARIS", "PARIS", None),
    ("MUMBAI:", "MUMBAI", "MUMBAI", None),
    ("(CNN) —", "(CNN)", None, "CNN"),
    ("(Bloomberg) --", "(Bloomberg)", None, "Bloomberg"),
    ("LONDON, Nov 18 (Reuters) -", "LONDON, Nov 18 (Reuters)", "LONDON", "Reuters"),
    ("ST. LOUIS (AP) —", "ST. LOUIS (AP)", "ST. LOUIS", "AP"),
    ("RIDGELINE, Ohio —", "RIDGELINE, Ohio", "RIDGELINE, Ohio", None),
    # Mixed-case places and other forms settled in fixtures/README.md, decision 15.
    ("Nairobi (AFP) -", "Nairobi (AFP)", "Nairobi", "AFP"),
    ("Berlin (dpa) -", "Berlin (dpa)", "Berlin", "dpa"),
    ("Beirut, Lebanon –", "Beirut, Lebanon", "Beirut, Lebanon", None),
    ("Lansing –", "Lansing", "Lansing", None),
    ("São Paulo –", "São Paulo", "São Paulo", None),
    (
        "MADRID, 19 Nov. (EUROPA PRESS) -",
        "MADRID, 19 Nov. (EUROPA PRESS)",
        "MADRID",
        "EUROPA PRESS",
    ),
    # The Spanish wires: a day and a month in lower case, a full stop after the bracket.
    ("Madrid, 12 mar (EFE).-", "Madrid, 12 mar (EFE)", "Madrid", "EFE"),
    ("MADRID (EFE).-", "MADRID (EFE)", "MADRID", "EFE"),
    ("Bogotá, 3 de marzo (EFE).-", "Bogotá, 3 de marzo (EFE)", "Bogotá", "EFE"),
    # A place in mixed case, the day, any dash (Italian and Spanish papers).
    ("Roma, 12 marzo 2024 -", "Roma, 12 marzo 2024", "Roma", None),
    ("Sevilla, 3 de marzo –", "Sevilla, 3 de marzo", "Sevilla", None),
]

#: Datelines without a separator after the source (decision 15): cut text is the whole prefix.
DATELINES_WITHOUT_DASH = [
    ("New Delhi, Nov 19 (PTI)", "New Delhi", "PTI"),
    ("Hong Kong (CNN Business)", "Hong Kong", "CNN Business"),
    ("(CNN)", None, "CNN"),
    ("(Reuters)", None, "Reuters"),
]

NOT_DATELINES = [
    "DEAR ABBY: My husband and I disagree about where to spend the holidays.",
    "DEAR FED UP: Your neighbor is wrong, and you should tell him so.",
    "UPDATE: The road has reopened after crews cleared the debris, police said.",
    "BREAKING: Firefighters are battling a brush fire near Highway 101.",
    "WATCH: The moment the bridge gave way, filmed by a driver.",
    "EDITOR'S NOTE: This story has been updated to correct the date of the vote.",
    "CORRECTION: An earlier version of this story misstated the cost of the project.",
    "Q: How long will the repairs to the bridge take?",
    "(Adds comment from the minister) The company said on Monday it would cut jobs.",
    "(Update) The company said on Monday it would cut 300 jobs.",
    "NASA said on Tuesday that the launch would slip to March.",
    "NATO allies agreed on Wednesday to raise defence spending.",
    "U.S. stocks fell sharply on Monday - the worst day since March.",
    "AT&T shares rose 2% after the company raised its dividend.",
    "The mayor (a Democrat) said the plan would go ahead.",
    "Tesla (TSLA) CEO Elon Musk said on Tuesday that deliveries would rise.",
    "Federal Reserve (Fed) Chairman Jerome Powell said rates would stay on hold.",
    "Update – The road has reopened after crews cleared the debris, police said.",
    "Breaking News — Firefighters are battling a brush fire near Highway 101.",
    "EDITOR’S NOTE: This story has been updated to correct the date of the vote.",
    "THE LATEST: Officials say the fire is 40% contained.",
    "SPOILER ALERT: The finale reveals who killed the mayor.",
    "Tuesday — Residents woke to find the river had burst its banks.",
    "Overnight – Crews worked to restore power to 20,000 homes.",
]


@pytest.mark.parametrize(("prefix", "text", "place", "source"), DATELINES)
def test_split_dateline(prefix, text, place, source):
    found = split_dateline(f"{prefix} {REST}")
    assert found is not None
    assert (found.prefix, found.text, found.place, found.source, found.rest) == (
        prefix,
        text,
        place,
        source,
        REST,
    )


@pytest.mark.parametrize(("text", "place", "source"), DATELINES_WITHOUT_DASH)
def test_split_dateline_without_a_dash(text, place, source):
    found = split_dateline(f"{text} {REST}")
    assert found is not None
    assert (found.text, found.place, found.source, found.rest) == (text, place, source, REST)


def test_split_dateline_after_a_no_break_space():
    found = split_dateline(f"Hong Kong (CNN Business)\u00a0{REST}")
    assert found is not None
    assert (found.place, found.source, found.rest) == ("Hong Kong", "CNN Business", REST)


@pytest.mark.parametrize("paragraph", NOT_DATELINES)
def test_no_dateline(paragraph):
    assert split_dateline(paragraph) is None


@pytest.mark.parametrize("paragraph", NOT_DATELINES)
def test_paragraph_without_dateline_is_kept_whole(paragraph):
    article = newsclean.clean(f"{TITLE}\n\n{paragraph}\n\n{MIDDLE}\n\n{CLOSE}")
    assert paragraphs(article) == [paragraph, MIDDLE, CLOSE]
    assert article.dateline is None


@pytest.mark.parametrize(("prefix", "text", "place", "source"), DATELINES)
def test_dateline_is_cut_from_the_first_paragraph(prefix, text, place, source):
    article = newsclean.clean("\n\n".join([TITLE, f"{prefix} {REST}", MIDDLE, CLOSE]))
    assert paragraphs(article) == [REST, MIDDLE, CLOSE]
    assert article.dateline == newsclean.Dateline(text=text, place=place, source=source)
    assert [(r.kind, r.text) for r in article.removed] == [(Kind.DATELINE, prefix)]


def test_only_the_first_paragraph_loses_its_dateline():
    second = f"WASHINGTON (AP) — {MIDDLE}"
    article = newsclean.clean("\n\n".join([TITLE, f"MOSCOW (Reuters) - {REST}", second, CLOSE]))
    assert paragraphs(article) == [REST, second, CLOSE]
    assert article.dateline.place == "MOSCOW"


def test_day_in_the_dateline_is_not_the_publication_date():
    # fixtures/README.md, decision 15.
    article = newsclean.clean(
        "\n\n".join([TITLE, f"LONDON, Nov 18 (Reuters) - {REST}", MIDDLE, CLOSE])
    )
    assert article.dateline.published is None


def test_spanish_place_closed_by_full_stop_and_dash():
    found = split_dateline("SEVILLA.- El Ayuntamiento abrirá tres bibliotecas de barrio.")
    assert (found.text, found.place, found.rest) == (
        "SEVILLA",
        "SEVILLA",
        "El Ayuntamiento abrirá tres bibliotecas de barrio.",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Domenica, 12 marzo - Il sindaco ha detto che la piazza resterà chiusa.",
        "Tuesday, 12 March 2024 - The council met again to vote on the budget.",
    ],
)
def test_a_weekday_before_the_day_is_no_place(paragraph):
    assert split_dateline(paragraph) is None


def test_mixed_case_word_closed_by_full_stop_and_dash_is_no_place():
    assert split_dateline("Sevilla.- El Ayuntamiento abrirá tres bibliotecas de barrio.") is None
