"""The story's lead in a whole page's text: the first paragraph after the byline and date, or a
paragraph below it that opens with a wire dateline, when what stands between is a promo and a
video's playlist (which the region then leaves out when its headlines outweigh the promo)."""

from __future__ import annotations

import newsclean
from support import CLOSE, LEAD, MIDDLE, paragraphs

HEADER = [
    "Council approves tram extension to the airport",
    "By Jane Doe, Herald Business",
    "Updated 0339 GMT (1139 HKT) November 19, 2019",
]
PROMO = "Talk to us on our messaging app. Find out what is happening in the city as it unfolds."
PLAYLIST = [
    "Mayor: Budget talks are going well",
    "Five things to know about the new bridge",
    "Why the port district is changing",
    "Inside the tram depot at night",
    "The council's busiest week in a decade",
    "What the airport plan means for commuters",
    "A short history of the old port",
    "Tram drivers on the new timetable",
    "How the vote was won",
    "The cost of the extension, explained",
    "Commuters react to the decision",
    "What happens to the bus routes",
]


def test_a_datelined_paragraph_below_a_playlist_is_the_lead():
    page = "\n".join([*HEADER, PROMO, *PLAYLIST, f"LONDON (Reuters) - {LEAD}", MIDDLE, CLOSE])
    article = newsclean.clean(page)
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert article.dateline is not None and article.dateline.place == "LONDON"
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)


def test_a_story_whose_later_paragraph_opens_with_a_dateline_keeps_its_start():
    # A roundup: its first paragraph has no dateline, a later item has one; nothing is cut.
    later = f"PARIS (AP) — {MIDDLE}"
    page = "\n".join([*HEADER, LEAD, later, CLOSE])
    article = newsclean.clean(page)
    assert paragraphs(article) == [LEAD, later, CLOSE]
