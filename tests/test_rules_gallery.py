"""Gallery and video chrome goes (slide counters, caption toggles, player messages); sentences
about galleries, captions and "more" or "less" stay."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Kind
from support import (
    STORY,
    assert_table_labels,
    kinds_removing,
    paragraphs,
    rule_family_tests,
    story_with,
)

CHROME = [
    "Image 1 of 23",
    "Photo 4 of 12",
    "1 of 8",
    "Close",
    "Back to Gallery",
    "View Gallery",
    "less",
    "more",
    "Media playback is unsupported on your device",
    "Play video",
    "Watch video",
    "Next",
    "Previous",
    # A label left on its own line (fixtures/README.md, decision 12).
    "Image copyright",
    "Slideshow (3 Images)",
    # A web video player's own interface (video.js and players like it).
    "Video Player is loading.",
    "Current Time 0:00",
    "Remaining Time -0:00",
    "Loaded: 0%",
    "captions settings, opens captions settings dialog",
    "subtitles off, selected",
    "This is a modal window.",
    "Beginning of dialog window. Escape will cancel and close the window.",
    "Foreground --- White Black Red Green Blue Yellow Magenta Cyan --- Opaque Semi-Opaque",
    "Font Size 50% 75% 100% 125% 150% 175% 200% 300% 400%",
    "Text Edge Style None Raised Depressed Uniform Dropshadow",
    "Reset restore all settings to the default values Done",
    # The audio control in other languages.
    "Artikel anhören",
    "Écouter cet article",
    "Escuchar artículo",
    "Ouça este artigo",
    "Ascolta l'articolo",
    "Lees voor",
]

#: Caption controls that sit right below the caption they toggle (CNN, NPR).
TOGGLES_BELOW = ["Caption", "Hide Caption", "toggle caption"]
#: Caption labels that sit right above their caption (BBC, NPR).
TOGGLES_ABOVE = ["Image caption", "Enlarge this image"]

CAPTION = "Commuters wait for a tram at the central station on Tuesday morning."

BODY = [
    "The gallery will close in March after 40 years on Main Street.",
    "Caption contests have become a fixture of the magazine’s back page.",
    "Prices rose more than expected in October, the Labor Department said.",
    "One of the 23 images shows the moment the bridge gave way.",
    "Close to 300 people were evacuated from the building on Tuesday.",
    "Video of the arrest, filmed by a neighbor, was played in court on Monday.",
    "Fewer tourists came this year, and those who did spent less, the survey found.",
    "Viewers can pick captions, subtitles and a font size in the player's settings.",
    "White, black and red were the only colours the designer allowed, and the dress sold out.",
    "Progress: 40% of the line is built, the council said, and the rest is due by 2027.",
]


(
    test_table_labels_gallery_chrome,
    test_gallery_chrome_between_paragraphs_is_removed,
    test_table_leaves_sentences_about_pictures,
    test_sentences_about_pictures_are_kept,
) = rule_family_tests(Kind.GALLERY, CHROME, BODY)


@pytest.mark.parametrize("line", TOGGLES_BELOW + TOGGLES_ABOVE)
def test_table_labels_caption_toggles(line):
    assert_table_labels(line, Kind.GALLERY)


@pytest.mark.parametrize(
    ("picture", "toggle"),
    [(f"{CAPTION}\n{toggle}", toggle) for toggle in TOGGLES_BELOW]
    + [(f"{toggle}\n{CAPTION}", toggle) for toggle in TOGGLES_ABOVE],
)
def test_caption_toggle_next_to_its_caption_is_removed(picture, toggle):
    article = newsclean.clean(story_with(picture))
    assert paragraphs(article) == list(STORY)
    assert kinds_removing(article, toggle) == [Kind.GALLERY]
    assert kinds_removing(article, CAPTION) == [Kind.CAPTION]
    assert article.captions == (CAPTION,)
