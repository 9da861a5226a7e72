"""An article that a wall of chrome cuts in two is read whole (``context.continuation``), and
a repeated table cell is no card separator; teasers and comments past the article stay out."""

from __future__ import annotations

import newsclean
from newsclean.context.continuation import content_words, shared_vocabulary

LEAD = [
    (
        "The city council approved a plan on Tuesday to rebuild the harbour wall before winter, "
        "after storms in January cracked the old wall in three places and flooded the fish market."
    ),
    (
        "Engineers told the council that rebuilding the harbour wall would take about five months "
        "and cost close to two million pounds, most of it paid by the national flood fund."
    ),
    (
        "Fishermen who moor inside the harbour said they had waited years for the repairs, and that "
        "several boats were damaged in January when waves broke over the cracked wall."
    ),
]
GALLERY = [
    "Photos: the storm that cracked the harbour wall",
    "Previous",
    "Next",
    "1 of 12",
    "Share this gallery",
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Email",
    "Copy link",
    "Close",
    "Icon arrow left",
    "Icon arrow right",
    "Gallery",
    "Full screen",
    "Play slideshow",
    "Pause",
    "Caption",
    "Credits",
    "Back to article",
    "Embed",
    "Download",
    "Report",
    "More galleries",
    *(
        line
        for network in ("Facebook", "WhatsApp", "Twitter", "Messenger", "Pinterest", "LinkedIn")
        for line in (f"Icon {network}", network)
    ),
]
REST = [
    (
        "The council will ask contractors for bids in the spring. Work on the harbour wall could "
        "start in May, when the weather is calmer and fewer fishing boats use the harbour."
    ),
    (
        "The mayor said the harbour wall protected the fish market and the old town behind it, and "
        "that the council could not wait for another winter of storms to pass."
    ),
    (
        "Residents of the old town will be invited to a meeting in March to hear how the harbour "
        "will stay open while the engineers rebuild the wall section by section."
    ),
    (
        "The flood fund pays for most of the work; the council will borrow the rest, about four "
        "hundred thousand pounds, to be paid back over ten years from harbour fees."
    ),
]


def test_an_article_cut_by_a_gallery_is_read_whole():
    article = newsclean.clean("\n\n".join([*LEAD, *GALLERY, *REST]))
    for paragraph in [*LEAD, *REST]:
        assert paragraph in article.body
    assert "Play slideshow" not in article.body


TEASERS = [
    "More from the coast",
    "Lifeboat crew rescues two walkers cut off by the tide",
    (
        "Two walkers were rescued on Sunday after the tide cut them off below the cliffs north "
        "of the town, the lifeboat station said in a statement."
    ),
    "Read more",
    "New ferry route to the islands opens in June",
    (
        "A new ferry route will link the port with the northern islands from June, with three "
        "crossings a week in summer and one a week in winter."
    ),
    "Read more",
    "Beach cafe wins national award for its fish soup",
    (
        "A beach cafe run by two sisters has won a national award for its fish soup, a recipe "
        "that the family has cooked for more than forty years."
    ),
    "Read more",
    "School choir to sing at the royal festival hall",
    (
        "The town's school choir will sing at the royal festival hall in London in December after "
        "winning a national competition for young singers."
    ),
    "Read more",
]


def test_teasers_after_the_article_are_no_continuation():
    article = newsclean.clean("\n\n".join([*LEAD, *GALLERY, *TEASERS]))
    assert all(paragraph in article.body for paragraph in LEAD)
    assert "ferry" not in article.body and "fish soup" not in article.body


TABLE = [
    "The council's schedule for the work, as the engineers presented it:",
    "Stage",
    "Start",
    "Cost",
    "Survey",
    "started",
    "£120,000",
    "Foundations",
    "started",
    "£800,000",
    "Wall",
    "started",
    "£900,000",
    "Paving",
    "not started",
    "£180,000",
]


def test_a_table_cell_repeated_in_a_column_separates_no_cards():
    """ "started" repeats in the table's column; the stretches between its copies hold cells,
    not teaser headlines, so the table and the paragraphs after it stay in the article."""
    article = newsclean.clean("\n\n".join([*LEAD, *TABLE, *REST]))
    for paragraph in [*LEAD, *REST]:
        assert paragraph in article.body


def test_the_shared_vocabulary_of_a_continuation_and_of_another_story():
    same = shared_vocabulary(LEAD, REST, [])
    other = shared_vocabulary(LEAD, [t for t in TEASERS if len(t) > 60], [])
    assert same > 0.3 > other


def test_content_words_leave_out_function_words_in_several_languages():
    assert content_words("Die Stadt hat diese Mauer gebaut, aber nicht bezahlt") == {
        "stadt",
        "mauer",
        "gebaut",
        "bezahlt",
    }
    assert content_words("港口的城墙") == {"港口", "口的", "的城", "城墙"}


STRIKER = [
    (
        "Rovers striker Dean Okafor has apologised for a social media post in which he criticised "
        "the referee after Saturday's defeat."
    ),
    "The 24-year-old, who was sent off in the 71st minute, posted a photo of the incident.",
]
TWEET = [
    "Not sure what the ref was watching today but it wasn't this game",
    "— Dean Okafor (@DeanOkafor9) March 9, 2024",
    "1.2K",
    "Reply",
    "Copy link",
    "Report",
    "Read 312 replies",
]
AFTER_TWEET = [
    "The post was deleted within an hour, but not before it had been shared thousands of times.",
    'On Sunday, Okafor wrote: "I let my emotions get the better of me. Referees have a hard job."',
    'The Football Association said it was aware of the post and was "looking into it".',
]


def test_an_embedded_posts_reply_link_opens_no_thread_over_the_rest_of_the_story():
    """An embedded post's "Reply" and "Report" under its attribution, and prose after them that
    no commenter signs (no name, no date): the story goes on, short as it is."""
    text = "\n".join(
        ["Striker apologises after post about referee", *STRIKER, *TWEET, *AFTER_TWEET]
    )
    body = newsclean.clean(text).body
    assert all(paragraph in body for paragraph in STRIKER + AFTER_TWEET)


def test_comments_signed_by_name_and_date_after_an_embedded_post_are_a_thread():
    comments = [
        "Jane R. wrote on March 10, 2024 at 9:14 am:",
        "He should be banned for the next match, no question about it at all.",
        "Tom B. wrote on March 10, 2024 at 11:02 am:",
        "Referees get far too much abuse these days, good on him for saying sorry.",
    ]
    text = "\n".join(["Striker apologises after post about referee", *STRIKER, *TWEET, *comments])
    body = newsclean.clean(text).body
    assert STRIKER[0] in body
    assert not any(comment in body for comment in comments)
