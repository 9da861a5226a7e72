"""A list the story introduces stays in the body: after a line ending in a colon ("Estas son
las fechas:"), however little its lines score, with the paragraph that closes the story after
it; after a short question the list answers. An ad widget's labels under a line ending in a
colon are no such list."""

from __future__ import annotations

import newsclean
from support import CLOSE, LEAD, MIDDLE, TITLE, paragraphs

TOUR_LEAD = (
    "El grupo granadino ha anunciado una gira de ocho conciertos por España para presentar "
    "su quinto disco, que sale a la venta el 20 de septiembre."
)
TOUR_INTRO = "Estas son las fechas:"
TOUR_DATES = [
    "4 de octubre: Granada, Palacio de Deportes",
    "11 de octubre: Sevilla, Cartuja Center",
    "18 de octubre: Valencia, Roig Arena",
    "25 de octubre: Barcelona, Sant Jordi Club",
    "8 de noviembre: Zaragoza, Pabellón Príncipe Felipe",
    "22 de noviembre: Madrid, WiZink Center",
]
TOUR_CLOSE = "Las entradas saldrán a la venta el próximo viernes a partir de 30 euros."
TEASERS = [
    "Lee más: Así será el tiempo este fin de semana",
    "Te puede interesar: El equipo asciende",
]


def test_a_list_after_a_colon_and_the_closing_paragraph_after_it_stay():
    text = "\n".join(
        ["Los Girasoles anuncian gira por España", "Por Lucía Fernández", TOUR_LEAD, TOUR_INTRO]
        + TOUR_DATES
        + [TOUR_CLOSE, *TEASERS]
    )
    assert paragraphs(newsclean.clean(text)) == [TOUR_LEAD, TOUR_INTRO, *TOUR_DATES, TOUR_CLOSE]


def test_an_ad_widget_under_a_line_ending_in_a_colon_goes():
    """A video the text points to ("the footage below:") is not in the text; the ad widget's
    labels that follow have nothing in common and are no list of the story's."""
    pointer = "To see the council's plans in action, check out the footage below:"
    widget = ["by Taboola by Taboola", "Sponsored Links Sponsored Links", "MORE FOR YOU", "Intel"]
    teaser = "What Were the Big Topics at the Developer Forum This Year? Intel"
    text = "\n".join([TITLE, LEAD, MIDDLE, CLOSE, pointer, *widget, teaser])
    body = paragraphs(newsclean.clean(text))
    assert body[:3] == [LEAD, MIDDLE, CLOSE]
    assert not set(widget) & set(body)


def test_a_list_under_a_short_question_stays():
    question = "Which operators are affected?"
    operators = ["Avanti West Coast", "CrossCountry", "Greater Anglia", "Northern", "Southeastern"]
    text = "\n\n".join([TITLE, LEAD, MIDDLE, question, *operators, CLOSE])
    assert paragraphs(newsclean.clean(text)) == [LEAD, MIDDLE, question, *operators, CLOSE]
