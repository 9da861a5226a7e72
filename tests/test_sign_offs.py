"""A wire service's sign-off under a story ("Le Monde avec AFP", "Redacción / EFE") ends it:
the short notice and the menu lines under it are the page's, the sign-off is a byline. A
sign-off with most of the story below it cuts nothing."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Kind
from support import paragraphs

FRENCH = [
    (
        "La direction de la SNCF a annoncé lundi soir que le trafic serait « fortement perturbé » "
        "ce week-end, en raison d'un appel à la grève des contrôleurs."
    ),
    (
        "Le mouvement, lancé par un collectif de contrôleurs, a été rejoint par plusieurs "
        "syndicats. Ils réclament une revalorisation de leurs primes."
    ),
    (
        "« Nous avons fait des propositions concrètes, mais elles n'ont pas été entendues », a "
        "déclaré un représentant syndical à l'Agence France-Presse."
    ),
    (
        "La SNCF a indiqué que les voyageurs dont le train est supprimé seraient prévenus par SMS "
        "ou par courriel. Les billets pourront être échangés ou remboursés sans frais."
    ),
    (
        "Le ministre des transports a appelé les partenaires sociaux « à la responsabilité », "
        "estimant que les usagers ne devaient pas être « pris en otage »."
    ),
]
#: A notice about reading on another device, in prose, under the sign-off.
NOTICE = [
    "Lecture en cours sur un autre appareil.",
    "Vous pouvez lire ce journal sur un seul appareil à la fois.",
    "Comment ne plus voir ce message ?",
]
FOOT = ["Sur le même sujet", "Réforme des retraites : ce qui change au 1er septembre"]


@pytest.mark.parametrize("sign_off", ["Le Monde avec AFP", "Redacción / EFE", "Redazione con ANSA"])
@pytest.mark.parametrize("menu", [[], ["Contribuer", "Réutiliser ce contenu"]])
@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_sign_off_ends_the_story(sign_off, menu, separator):
    text = separator.join(["Grève à la SNCF", *FRENCH, sign_off, *menu, *NOTICE, *FOOT])
    article = newsclean.clean(text)
    assert paragraphs(article) == FRENCH
    removed = [(removal.kind, removal.text) for removal in article.removed]
    assert (Kind.BYLINE, sign_off) in removed
    assert NOTICE[1] in "\n".join(text for _, text in removed)


def test_a_sign_off_above_most_of_the_story_cuts_nothing():
    """The line stands among the story's paragraphs, with more prose below it than a tail."""
    text = "\n\n".join(["Grève à la SNCF", FRENCH[0], "Le Monde avec AFP", *FRENCH[1:]])
    assert paragraphs(newsclean.clean(text)) == [FRENCH[0], "Le Monde avec AFP", *FRENCH[1:]]
