"""Lists the text gives, with a marker on every item, belong to the article
(``context.lists.score_marked_lists``); a bare menu does not."""

from __future__ import annotations

import newsclean
from newsclean.context.lists import list_marker

INTRO = (
    "The update released on Tuesday is the largest in the game's history, and its developers "
    "spent more than a year on it. These are the changes players will notice first:"
)
CHANGES = [
    "+ Added granite, andesite and diorite stone blocks, with smooth versions",
    "+ Added slime blocks and iron trapdoors",
    "+ Added rabbits, with item drops",
    "+ Villagers will harvest crops and plant new ones",
    "+ Doors and fences now come in every wood type",
    "+ Added a spectator game mode",
    "* Enchanting has been redone and now costs lapis lazuli",
    "* Villager trading has been rebalanced",
    "* The maximum render distance has been raised to 32 chunks",
]


def test_a_changelog_of_marked_items_is_the_article():
    """An article that is mostly a list: without the markers' evidence, its one sentence would
    be the region and every item would go."""
    article = newsclean.clean("\n\n".join([INTRO, *CHANGES]))
    for item in CHANGES:
        assert item in article.body


def test_marked_items_between_paragraphs_stay():
    steps = [
        f"{n}. {step}"
        for n, step in enumerate(
            [
                "Preheat the oven to 200 degrees",
                "Mix the flour with the butter",
                "Bake it for 40 minutes",
            ],
            1,
        )
    ]
    closing = (
        "The loaf keeps for three days in a tin, the baker said, and it freezes well if it is "
        "wrapped tightly in paper before it goes into the freezer."
    )
    article = newsclean.clean("\n\n".join([INTRO, *steps, closing]))
    assert all(step in article.body for step in steps) and closing in article.body


def test_a_menu_without_markers_is_still_a_menu():
    menu = ["Home", "News", "Sport", "Weather", "Contact us"]
    closing = (
        "The loaf keeps for three days in a tin, the baker said, and it freezes well if it is "
        "wrapped tightly in paper before it goes into the freezer."
    )
    article = newsclean.clean("\n\n".join([INTRO.replace(":", "."), *menu, closing]))
    assert "Weather" not in article.body


def test_a_list_under_a_colon_stays_past_its_longer_items():
    """The line ending in a colon introduces every item below it, the short ones after a
    longer item too (a list of things needed, without markers)."""
    needed = [
        "What you'll need:",
        "Cloche",
        "Planter saucer, small shallow dish or desired platform",
        "Floral foam",
        "Ruler",
        "Spoon",
        "Floral wire pins or paper clips",
    ]
    closing = (
        "Start by cutting the foam to fit the saucer, then push the pins in around its edge so "
        "that the moss will hold when you press it down."
    )
    article = newsclean.clean("\n\n".join([INTRO.replace(":", "."), *needed, closing]))
    assert all(item in article.body.split("\n\n") for item in needed)
    assert not article.removed


def test_list_markers():
    assert list_marker("• The first point") == "•"
    assert list_marker("3) The third step") == "#"
    assert list_marker("-5 degrees overnight") is None
    assert list_marker("2019 was a record year") is None
