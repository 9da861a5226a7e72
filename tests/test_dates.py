"""Dates as news pages write them: ``find_dates`` reads every format to a date or datetime and
marks update dates; ``pick_published`` prefers the publication date to the update date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean.dates import find_dates
from newsclean.publication import pick_published
from newsclean.timestamps import is_timestamp_line

D = dt.date
T = dt.datetime

#: A text holding one date, and its value.
ONE_DATE = [
    # English, month first and day first.
    ("November 18, 2013", D(2013, 11, 18)),
    ("Nov. 19, 2019", D(2019, 11, 19)),
    ("Nov 19, 2019", D(2019, 11, 19)),
    ("Tuesday, November 19, 2019", D(2019, 11, 19)),
    ("18 November 2013", D(2013, 11, 18)),
    ("19 Nov 2019", D(2019, 11, 19)),
    ("November 19th, 2019", D(2019, 11, 19)),
    # ISO and numeric.
    ("2019-11-19", D(2019, 11, 19)),
    ("2019/11/19", D(2019, 11, 19)),
    ("19/11/2019", D(2019, 11, 19)),
    ("19.11.2019", D(2019, 11, 19)),
    ("11/18/19", D(2019, 11, 18)),
    # Other languages.
    ("22 de outubro de 2010", D(2010, 10, 22)),
    ("19 de noviembre de 2019", D(2019, 11, 19)),
    ("19 novembre 2019", D(2019, 11, 19)),
    ("19. November 2019", D(2019, 11, 19)),
    ("18 ноября 2013 года", D(2013, 11, 18)),
    ("2018년 11월 06일", D(2018, 11, 6)),
    ("2018年11月6日", D(2018, 11, 6)),
    # Polish and Czech months, in the genitive a date writes; an Italian "ore" before the time.
    ("5 grudnia 2024", D(2024, 12, 5)),
    ("14 października 2024", D(2024, 10, 14)),
    ("5. prosince 2024", D(2024, 12, 5)),
    ("20. září 2023", D(2023, 9, 20)),
    ("5 dicembre 2024 ore 14:32", T(2024, 12, 5, 14, 32)),
    # A time of day written with the characters of hours and minutes.
    ("2024年7月30日 18時25分", T(2024, 7, 30, 18, 25)),
    ("2024年7月30日 18时25分", T(2024, 7, 30, 18, 25)),
    ("2024년 7월 30일 18시 25분", T(2024, 7, 30, 18, 25)),
    # With a time of day: 12-hour and 24-hour clocks, before or after the date.
    ("November 18, 2013 / 2:36 PM / 6 years ago", T(2013, 11, 18, 14, 36)),
    ("Nov. 19, 2019 10:15 a.m. ET", T(2019, 11, 19, 10, 15)),
    ("Nov. 19, 2019 at 12:05 p.m.", T(2019, 11, 19, 12, 5)),
    ("Nov. 19, 2019 at 12:15 a.m.", T(2019, 11, 19, 0, 15)),
    ("Published 10:02 AM EST Nov 19, 2019", T(2019, 11, 19, 10, 2)),
    ("08:12 EST, 19 November 2019", T(2019, 11, 19, 8, 12)),
    ("11/18/19 08:10 PM EST", T(2019, 11, 18, 20, 10)),
    ("2019-11-19 14:32", T(2019, 11, 19, 14, 32)),
    ("19.11.2019, 16:05 Uhr", T(2019, 11, 19, 16, 5)),
    ("Tue 19 Nov 2019 12.10 GMT", T(2019, 11, 19, 12, 10)),
    ("sexta-feira, 22 de outubro de 2010 às 20:13", T(2010, 10, 22, 20, 13)),
    ("Publicado em 19/11/2019 - 17:45", T(2019, 11, 19, 17, 45)),
    ("Publié le 19 novembre 2019 à 16h05", T(2019, 11, 19, 16, 5)),
    ("18 ноября 2013, 14:36", T(2013, 11, 18, 14, 36)),
    ("2018년 11월 06일 14:30", T(2018, 11, 6, 14, 30)),
    ("2018.11.06 14:30", T(2018, 11, 6, 14, 30)),
    # Seconds are kept (fixtures/README.md: published is YYYY-MM-DDTHH:MM[:SS]).
    ("19/11/2019 14:32:10", T(2019, 11, 19, 14, 32, 10)),
    # CNN's 24-hour "HHMM GMT" before the date (fixtures/README.md, decision 7).
    ("Updated 0344 GMT (1144 HKT) November 19, 2019", T(2019, 11, 19, 3, 44)),
    # ISO 8601 with a 'T'; a Russian year mark before the time; day-month-year with hyphens.
    ("2019-11-19T14:32:10", T(2019, 11, 19, 14, 32, 10)),
    ("18 ноября 2013 г. в 14:36", T(2013, 11, 18, 14, 36)),
    ("19-11-2019", D(2019, 11, 19)),
]

NO_DATE = [
    "",
    "The meeting lasted 2 hours and 15 minutes.",
    "He was 19 when he moved to the city in 2013.",
    "Call 555-1234 for tickets.",
    "February 30, 2019",
    "The score was 3-1 at half-time.",
]


@pytest.mark.parametrize(("text", "value"), ONE_DATE)
def test_find_dates_reads_the_date(text, value):
    found = find_dates(text)
    assert [match.value for match in found] == [value]
    assert type(found[0].value) is type(value)


@pytest.mark.parametrize(("text", "value"), ONE_DATE)
def test_date_span_lies_in_the_text(text, value):
    match = find_dates(text)[0]
    assert 0 <= match.start < match.end <= len(text)


@pytest.mark.parametrize("text", NO_DATE)
def test_find_dates_finds_nothing(text):
    assert find_dates(text) == []


def test_dates_inside_a_sentence_are_found_in_order():
    text = "The plant opened on March 3, 2001, and closed on 2019-11-19 after a fire."
    assert [m.value for m in find_dates(text)] == [D(2001, 3, 3), D(2019, 11, 19)]


@pytest.mark.parametrize(
    ("text", "values", "updates"),
    [
        ("Updated: Nov. 19, 2019", [D(2019, 11, 19)], [True]),
        ("Published: Nov. 18, 2019", [D(2019, 11, 18)], [False]),
        ("Last modified on Tue 19 Nov 2019 14.02 GMT", [T(2019, 11, 19, 14, 2)], [True]),
        ("Aktualisiert am 19.11.2019", [D(2019, 11, 19)], [True]),
        ("Atualizado em 19/11/2019 - 18:02", [T(2019, 11, 19, 18, 2)], [True]),
        (
            "Published: 08:12 EST, 19 November 2019 | Updated: 10:40 EST, 19 November 2019",
            [T(2019, 11, 19, 8, 12), T(2019, 11, 19, 10, 40)],
            [False, True],
        ),
        (
            "Publié le 19 novembre 2019 à 16h05 - Mis à jour le 19 novembre 2019 à 18h30",
            [T(2019, 11, 19, 16, 5), T(2019, 11, 19, 18, 30)],
            [False, True],
        ),
    ],
)
def test_update_dates_are_marked(text, values, updates):
    found = find_dates(text)
    assert [m.value for m in found] == values
    assert [m.is_update for m in found] == updates


@pytest.mark.parametrize(
    ("texts", "published"),
    [
        (["Updated: Nov. 19, 2019", "Published: Nov. 18, 2019"], D(2019, 11, 18)),
        (["Published: Nov. 18, 2019", "Updated: Nov. 19, 2019"], D(2019, 11, 18)),
        (["Updated 3 hours ago", "Updated: Nov. 19, 2019 10:15 a.m. ET"], T(2019, 11, 19, 10, 15)),
        (
            ["Published: 08:12 EST, 19 November 2019 | Updated: 10:40 EST, 19 November 2019"],
            T(2019, 11, 19, 8, 12),
        ),
        (
            [
                "Last modified on Tue 19 Nov 2019 14.02 GMT",
                "First published on Tue 19 Nov 2019 12.10 GMT",
            ],
            T(2019, 11, 19, 12, 10),
        ),
        (["Updated 0344 GMT (1144 HKT) November 19, 2019"], T(2019, 11, 19, 3, 44)),
        # NPR runs the year into the time (fixtures/README.md, decision 7).
        (["November 19, 20195:00 AM ET"], T(2019, 11, 19, 5, 0)),
        (["Updated 3 hours ago"], None),
        ([], None),
    ],
)
def test_pick_published_prefers_the_publication_date(texts, published):
    assert pick_published(texts) == published


@pytest.mark.parametrize(
    "line",
    [
        "November 18, 2013 / 2:36 PM / 6 years ago",
        "Updated 3 hours ago",
        "Published 10:32 AM ET",
        "Updated at 1:23 p.m. ET",
        "Nov. 19, 2019",
        "Publicado em 19/11/2019 - 17:45",
        "2018년 11월 06일 14:30",
    ],
)
def test_timestamp_lines(line):
    assert is_timestamp_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The vote was held on November 18, 2013 in Moscow.",
        "Updated rules take effect on Jan. 1, 2020, the agency said.",
        # A bare time of day heads an entry of a live blog (fixtures/README.md, decision 3).
        "4:45 p.m.",
        "Six years ago, the plant employed 3,000 people.",
    ],
)
def test_not_timestamp_lines(line):
    assert not is_timestamp_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "vor 3 Stunden",
        "Aktualisiert am 12.03.2024, 14:30 Uhr",
        "Veröffentlicht: 3. Januar 2024",
        "il y a 2 heures",
        "Mis à jour le 12 mars 2024 à 14h30",
        "Publié le 1er févr. 2024",
        "hace 2 horas",
        "Publicado el 12 de marzo de 2024",
        "há 2 horas",
        "2 ore fa",
        "Pubblicato il 12 marzo 2024 alle 14:30",
        "3 uur geleden",
        "Gepubliceerd op 12 mrt 2024 om 14:30",
        "před 2 hodinami",
        "Aktualizováno před 5 minutami",
        "2 godziny temu",
        "3 dni temu",
    ],
)
def test_timestamp_lines_in_other_languages(line):
    assert is_timestamp_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Sitzung dauerte 3 Stunden und endete ohne Ergebnis.",
        "Vor 3 Stunden hatte der Minister noch widersprochen.",
        "Il y a 2 ans, la mairie avait déjà fermé cette école.",
        "Hace 2 años el gobierno prometió una reforma que nunca llegó.",
        "De vergadering duurde 3 uur en eindigde zonder akkoord.",
        "Před 2 lety vláda slíbila reformu, která nikdy nepřišla.",
        "Sesja trwała 3 godziny i zakończyła się bez porozumienia.",
    ],
)
def test_sentences_with_ages_in_other_languages_are_no_timestamp_lines(line):
    assert not is_timestamp_line(line)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gepubliceerd op 12 mrt 2024 om 14:30", dt.datetime(2024, 3, 12, 14, 30)),
        ("Pubblicato il 12 marzo 2024 alle 14:30", dt.datetime(2024, 3, 12, 14, 30)),
        ("Mis à jour le 12 mars 2024 à 14h30", dt.datetime(2024, 3, 12, 14, 30)),
        ("Veröffentlicht am 3. Januar 2024", dt.date(2024, 1, 3)),
        ("4 de julho de 2023", dt.date(2023, 7, 4)),
        ("12 ott 2022", dt.date(2022, 10, 12)),
    ],
)
def test_dates_in_other_languages(text, value):
    assert find_dates(text)[0].value == value
