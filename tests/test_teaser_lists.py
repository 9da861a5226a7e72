"""Lists of teaser cards after an article: a short line of buttons repeated under every card
marks them as cards, so the article's region stops before the list even when no heading names
it (a heading in a language the phrase tables lack)."""

from __future__ import annotations

import newsclean
from newsclean.context.region import lone_paragraphs
from newsclean.labeling import label_document
from newsclean.segment import segment_text

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


#: A stream of teaser cards: a headline, its one-paragraph summary, a section label and a source
#: line, card after card; together the summaries hold more prose than the story below them.
TEASER_STREAM_CARDS = [
    (
        "Harbour authority approves a second container terminal",
        (
            "The harbour authority on Wednesday approved plans for a second container terminal on "
            "the east bank, a project that officials say will double the port's capacity within ten "
            "years and create several hundred jobs in construction and logistics. Work is due to begin in March."
        ),
    ),
    (
        "Regional train operator orders forty new electric units",
        (
            "The regional train operator has ordered forty new electric units to replace its ageing "
            "diesel fleet, with the first trains expected to enter service on the coastal line in "
            "the autumn of next year after a period of testing on the network. The order is worth some 300 million euros."
        ),
    ),
    (
        "University opens a research centre for coastal flooding",
        (
            "A new research centre for coastal flooding opened at the university on Monday, bringing "
            "together engineers, geographers and economists to study how rising seas will affect "
            "the low-lying districts of the city over the coming decades. Its first report is due next year."
        ),
    ),
    (
        "Farmers report a late but plentiful apple harvest this year",
        (
            "Farmers across the valley say the apple harvest came late this year after a cold spring, "
            "but that the fruit is plentiful and of good quality, and that prices at the wholesale "
            "market have held steady despite the larger supply from abroad. Pickers are still needed, they said."
        ),
    ),
]
WIRE_STORY = [
    (
        "LISBON (Reuters) - The city council voted on Tuesday to close the old river bridge to "
        "cars for the winter after inspectors found cracks in its deck."
    ),
    "Engineers said the deck had cracked in two places and could no longer carry heavy lorries.",
    "Repairs are expected to start in the spring and to take about six months, the council said.",
    "Buses and bicycles will still be allowed to cross while the work goes on, it added.",
    (
        "The bridge, which opened in 1932, carries some twenty thousand vehicles a day, and "
        "shopkeepers on both banks fear that the closure will keep customers away."
    ),
    (
        "The council said it would review the timetable in February and publish the results of "
        "a second inspection, due to be carried out by an independent firm, before then."
    ),
]
#: The menu between the stream and the story: chrome, which counts against any region across it.
MENU = ["Home", "Mail", "News", "Sports", "Finance", "Weather", "Sign in", "Search", "Settings"]


def _stream_then_story() -> str:
    lines: list[str] = []
    labels = zip(("World", "Politics", "Science", "Business"), ("Reuters", "AFP", "AP", "UPI"))
    for (headline, summary), (section, source) in zip(TEASER_STREAM_CARDS, labels):
        lines += [section, source, "12 Comments. Click to view comments", headline, summary]
    return "\n".join([*lines, *MENU, "Bridge to close to cars for the winter", *WIRE_STORY])


def test_a_summary_alone_under_a_teaser_headline_counts_half_for_the_region():
    # The region weighs each teaser's summary at LONE_PARAGRAPH_WEIGHT, so that a stream of
    # teasers whose summaries add up to more prose than the story does not take its place; the
    # story's paragraphs stand beside each other and count in full.
    draft = label_document(segment_text(_stream_then_story()))
    lone = {draft.text(index) for index in lone_paragraphs(draft, range(len(draft.blocks)))}
    # The first card's headline is read as the page's title, which leaves its summary open.
    assert lone == {summary for _, summary in TEASER_STREAM_CARDS[1:]}
    assert not lone & set(WIRE_STORY)


def test_sections_of_one_paragraph_under_short_headings_stay_together():
    # A page of short sections, each a heading of a word or two over a single paragraph: the
    # headings are too short to be teaser headlines, so no paragraph counts as a lone summary.
    sections = [
        (
            "Themes",
            (
                "Make the browser match your style and choose from thousands of themes that "
                "dress it up with a single click, whenever you like."
            ),
        ),
        (
            "Add-ons",
            (
                "Add-ons are like apps that you install to add features: they compare prices, "
                "check the weather, play music and much more for you."
            ),
        ),
        (
            "Sync",
            (
                "Keep your bookmarks, history and passwords on every device you use, so that "
                "the browser is your own wherever you happen to be."
            ),
        ),
    ]
    text = "\n".join(line for section in sections for line in section)
    draft = label_document(segment_text(text))
    assert not lone_paragraphs(draft, range(len(draft.blocks)))
    article = newsclean.clean(text)
    assert all(paragraph in article.body for _, paragraph in sections)
