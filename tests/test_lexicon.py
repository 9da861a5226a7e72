"""One lexicon: the word lists the field readers share are written once, in
``newsclean.lexicon``, and every reader takes them from there."""

from __future__ import annotations

import pytest

from newsclean.byline import match_byline
from newsclean.dateline import split_dateline
from newsclean.lexicon import (
    AGENCIES,
    DATELINE_SIGNERS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    FULL_WEEKDAYS,
    MONTHS,
    WEEKDAYS,
)


def test_the_english_names_are_the_calendar_in_order():
    assert [MONTHS[month] for month in ENGLISH_MONTHS] == list(range(1, 13))
    assert set(ENGLISH_WEEKDAYS) <= FULL_WEEKDAYS <= WEEKDAYS
    assert ENGLISH_WEEKDAYS[0] == "monday"


@pytest.mark.parametrize("agency", [*AGENCIES, *DATELINE_SIGNERS])
def test_every_agency_of_the_lexicon_signs_a_mixed_case_dateline(agency: str):
    found = split_dateline(f"Nairobi ({agency}) The talks began on Monday in the city.")
    assert found is not None and found.source == agency


def test_a_name_in_brackets_that_is_no_agency_signs_no_dateline():
    assert split_dateline("Nairobi (Jane) The talks began on Monday in the city.") is None


@pytest.mark.parametrize("month", ENGLISH_MONTHS)
def test_by_and_a_month_opens_no_byline(month: str):
    assert match_byline(f"By {month.capitalize()} the plant will have closed.") is None
