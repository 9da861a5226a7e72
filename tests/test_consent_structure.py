"""Consent notices of any length and language, found by the buttons beside them
(``context.consent``); an article about privacy stays."""

from __future__ import annotations

import newsclean

STORY = [
    (
        "Die Stadt Hamburg will den Hafen bis 2030 klimaneutral machen. Der Senat beschloss am "
        "Dienstag einen Plan, der Landstrom für alle Kreuzfahrtschiffe vorsieht."
    ),
    (
        "Die Kosten schätzt die Behörde auf rund 400 Millionen Euro. Ein großer Teil soll aus "
        "Mitteln des Bundes kommen, der Rest aus den Hafengebühren der Reedereien."
    ),
    (
        "Umweltverbände begrüßten den Plan, forderten aber einen früheren Termin für die "
        "Umstellung der Containerterminals, die bisher mit Diesel betrieben werden."
    ),
]
LONG_NOTICE = (
    "Wir und unsere 842 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, "
    "beispielsweise auf Cookies und eindeutige Kennungen, und verarbeiten personenbezogene Daten "
    "wie IP-Adressen, um Anzeigen und Inhalte zu personalisieren, Anzeigen und Inhalte zu messen, "
    "Erkenntnisse über Zielgruppen zu gewinnen und Produkte zu entwickeln. Mit Ihrer Einwilligung "
    "können wir und unsere Partner genaue Standortdaten und Informationen zur Identifizierung "
    "durch Gerätescans verwenden. Sie können Ihre Einstellungen jederzeit ändern oder Ihre "
    "Einwilligung widerrufen, indem Sie auf den Link zu den Datenschutzeinstellungen am Ende "
    "jeder Seite klicken. Einige Partner verarbeiten Ihre Daten auf der Grundlage eines "
    "berechtigten Interesses; dem können Sie in den Einstellungen widersprechen. "
) * 2


def test_a_long_german_notice_beside_its_buttons_goes():
    text = "\n\n".join([LONG_NOTICE, "Alle akzeptieren", "Einstellungen", *STORY])
    article = newsclean.clean(text)
    assert "Partner" not in article.body
    assert all(paragraph in article.body for paragraph in STORY)
    assert any(
        removal.kind.value == "consent" and "842 Partner" in removal.text
        for removal in article.removed
    )


def test_an_article_about_consent_and_cookies_stays():
    about = (
        "Die Datenschutzbehörde prüft, ob Verlage die Einwilligung ihrer Leser für Cookies "
        "wirksam einholen. Viele Partner der Verlage verarbeiten personenbezogene Daten, und die "
        "Einstellungen seien oft schwer zu finden, sagte die Behörde."
    )
    article = newsclean.clean("\n\n".join([*STORY, about, STORY[0]]))
    assert about in article.body
