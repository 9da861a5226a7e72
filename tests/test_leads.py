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


SHORT_LEAD = (
    "Un important incendie a détruit dans la nuit de mercredi à jeudi un entrepôt de 2 000 m² "
    "à Villeurbanne, ont indiqué les pompiers."
)
SHORT_CLOSE = "Aucun blessé n'est à déplorer. Une enquête a été ouverte sur l'origine du sinistre."
SHARE_BAR = ["Partager", "Facebook", "Twitter", "WhatsApp", "E-mail", "Copier le lien"]
COMMENTS = [
    "Commentaires",
    "Bernard L.",
    "il y a 3 heures",
    "Il était temps, cela fait des années qu'on attend ça.",
    "Répondre",
    "Sophie R.",
    "il y a 5 heures",
    "J'habite le quartier depuis vingt ans, je n'ai jamais vu ça.",
]


def test_a_share_bar_between_the_date_and_a_short_story_does_not_hand_the_page_to_a_comment():
    """A two-paragraph story whose date stands above a share bar and a photo credit: the lead
    is the story's, not the first comment's under its writer's name and age."""
    page = [
        "Un incendie détruit un entrepôt à Villeurbanne",
        "18/01/2024 à 06:55",
        *SHARE_BAR,
        "Photo : AFP",
        SHORT_LEAD,
        SHORT_CLOSE,
        *SHARE_BAR,
        *COMMENTS,
    ]
    article = newsclean.clean("\n".join(page))
    assert paragraphs(article) == [SHORT_LEAD, SHORT_CLOSE]
