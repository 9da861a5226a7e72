"""Lists of teaser cards after an article: a short line of buttons repeated under every card
marks them as cards, so the article's region stops before the list even when no heading names
it (a heading in a language the phrase tables lack)."""

from __future__ import annotations

import newsclean

ARTICLE = [
    "Het college heeft dinsdag besloten de oude brug voor de winter voor auto's te sluiten.",
    (
        "Ingenieurs zeiden dat het wegdek op twee plaatsen was gescheurd en geen zware vrachtwagens "
        "meer kon dragen."
    ),
    (
        "De reparatie begint naar verwachting in het voorjaar en duurt ongeveer zes maanden, aldus "
        "de gemeente."
    ),
]
SHARE_BAR = "Whatsapp Facebook Pinterest Opslaan"
CARDS = [
    (
        "Een leven vraagt om optimisme en moed om het beste te verwachten en het beste te laten "
        "gebeuren, ook als het tegenzit en niemand het ziet."
    ),
    (
        "Wat een familie bindt is liefde, zorg en het goede willen voor elkaar, elke dag opnieuw, "
        "in goede en in slechte tijden, zonder voorwaarden."
    ),
    (
        "Kracht om te winnen en geloof om te vertrouwen dat alles mogelijk is en dat elk obstakel "
        "kan worden overwonnen, vandaag en morgen."
    ),
    (
        "Dankbaarheid voor het leven zit in de details: in de glimlach bij het ontwaken en in het "
        "gebed van dank voor een nieuwe dag."
    ),
]


def test_a_teaser_list_under_an_unknown_heading_stays_out_of_the_body():
    lines = [*ARTICLE, SHARE_BAR, "Misschien vind je dit ook leuk"]
    for card in CARDS:
        lines += [card, SHARE_BAR]
    article = newsclean.clean("\n".join(lines))
    assert article.body == "\n\n".join(ARTICLE)


def test_cards_far_apart_inside_an_article_do_not_cut_it():
    paragraphs = [
        f"Paragraaf {number}: de gemeenteraad besprak de plannen voor de brug uitgebreid en "
        f"vroeg de wethouder om een nieuwe planning voor het werk in het voorjaar."
        for number in range(1, 13)
    ]
    lines: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        lines.append(paragraph)
        if number % 4 == 3 and number < 11:  # an inline card after every fourth paragraph
            lines += ["Economie", f"Gerelateerd verhaal nummer {number} over de haven van de stad"]
    article = newsclean.clean("\n".join(lines))
    assert all(paragraph in article.body for paragraph in paragraphs)


INLINE_CARD = [
    "Business",
    "Ferry operator adds a night service across the bay",
    "Business",
    "Ferry operator adds a night service across the bay",
    "The new route will run every hour from ten at night until the first morning boat.",
]
STORY = [
    "The city council voted 7-2 on Tuesday to extend the downtown tram line to the airport.",
    "Supporters said the extension would take thousands of cars off the road each day.",
    "Construction is due to begin next spring, the council said in a statement on Tuesday.",
]


def test_a_link_card_between_paragraphs_leaves_the_body():
    # A link to another story set between paragraphs: its headline twice (the picture's title
    # and the link), under a section label, and a one-sentence summary.
    article = newsclean.clean("\n\n".join([STORY[0], *INLINE_CARD, *STORY[1:]]))
    assert article.body == "\n\n".join(STORY)


def test_a_subheading_and_a_repeated_headline_above_the_story_stay():
    subheading = "What happens next for the old port district"
    headline = "Council approves tram extension to the airport"
    text = "\n\n".join([headline, headline, STORY[0], subheading, *STORY[1:]])
    article = newsclean.clean(text)
    assert article.title == headline
    assert article.body == "\n\n".join([STORY[0], subheading, *STORY[1:]])
