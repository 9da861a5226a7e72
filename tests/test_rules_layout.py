"""Layout leftovers: responsive-breakpoint class lists and SVG remains go; prose about phones,
tablets and screens stays."""

from __future__ import annotations

import newsclean
from newsclean import Kind
from support import (
    CLOSE,
    LEAD,
    MIDDLE,
    STORY,
    paragraphs,
    rule_family_tests,
)

#: The breakpoint list scraped from a 2013 Reuters page (the seed), bullets and all.
BREAKPOINT_LIST = """\
  • narrow-browser-and-phone
  • medium-browser-and-portrait-tablet
  • landscape-tablet
  • medium-wide-browser
  • wide-browser-and-larger
  • medium-browser-and-landscape-tablet
  • medium-wide-browser-and-larger
  • above-phone
  • portrait-tablet-and-above
  • above-portrait-tablet
  • landscape-tablet-and-above
  • landscape-tablet-and-medium-wide-browser
  • portrait-tablet-and-below
  • landscape-tablet-and-below"""

CHROME = [
    "narrow-browser-and-phone",
    "• medium-browser-and-portrait-tablet",
    "landscape-tablet",
    "above-phone",
    "portrait-tablet-and-below",
    "wide-browser-and-larger",
    # SVG remains of icons (fixtures/README.md, decision 13).
    "image/svg+xml",
    "Created with Sketch.",
    "Fill 1 Copy 4",
    # An ad's and a tracking pixel's <noscript> code, read as text by a scraper.
    (
        '<div><a href="http://ad.example.net/jump/site;sz=300x250;ord=123?"><img src="http://ad.example'
        '.net/ad/site;sz=300x250;ord=123?" width="300" height="250" border="0" alt=""></a></div>'
    ),
    '<img id="pixel" src="/ivw/CP/site/2585134/0.gif" width="1" height="1" alt="">',
]

BODY = [
    "The phone will also be sold in a smaller, cheaper version aimed at first-time buyers.",
    "Tablet and phone sales fell in the third quarter, the company said on Thursday.",
    "Landscape architects redesigned the square with wider paths and more shade.",
    "The screen is brighter and the tablet lighter than last year’s model, reviewers said.",
    "Mobile-only banks have won over younger customers, but older savers remain wary.",
    # Tags named in prose or a heading, without the attributes of real markup.
    "<ul> List of <img>",
    "The <blink> tag, once the web's most mocked element, is gone from every browser.",
]


(
    test_table_labels_layout,
    test_layout_line_between_paragraphs_is_removed,
    test_table_leaves_prose_about_devices,
    test_prose_about_devices_is_kept,
) = rule_family_tests(Kind.LAYOUT, CHROME, BODY)


def test_breakpoint_list_at_the_foot_is_one_layout_removal():
    article = newsclean.clean("\n\n".join(STORY) + "\n\n" + BREAKPOINT_LIST)
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    expected = "\n".join(line.strip() for line in BREAKPOINT_LIST.splitlines())
    assert [(r.kind, r.text) for r in article.removed] == [(Kind.LAYOUT, expected)]


def test_long_markup_between_paragraphs_is_one_layout_removal_and_the_story_stays():
    """Leaked ad code longer than any line of script ("javascript" rule) still goes."""
    ad = (
        '<div><a href="http://ad.example.net/jump/site;sz=728x90;kw=phone,tablet,screen;tile=1;'
        + "ord=1234567890?" * 20
        + '"><img src="http://ad.example.net/ad/site;sz=728x90?" width="728" height="90"></a></div>'
    )
    assert len(ad) > 300
    article = newsclean.clean(f"{LEAD}\n\n{MIDDLE}\n\n{ad}\n\n{CLOSE}")
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert [(r.kind, r.rule, r.text) for r in article.removed] == [(Kind.LAYOUT, "html-markup", ad)]
