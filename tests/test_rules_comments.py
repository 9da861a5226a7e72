"""Comment-section chrome goes (headers, reply buttons, sort controls, moderation notes, and a
whole thread under the story); sentences about comments stay."""

from __future__ import annotations

import newsclean
from newsclean import Kind
from support import (
    STORY,
    TITLE,
    kinds_removing,
    paragraphs,
    rule_family_tests,
)

CHROME = [
    "View the discussion thread.",
    "Join the discussion",
    "Leave a Reply",
    "Leave a comment",
    "Comments are closed.",
    "Reply",
    "Report abuse",
    "Newest first",
    "Join the conversation",
    "Log in to comment",
    "Comments are moderated and will appear after approval.",
    "Top comments",
]

BODY = [
    "Officials did not reply to several requests for comment.",
    "Readers left more than 200 comments on the mayor’s post, many of them angry.",
    "The spokesman declined to comment on Tuesday.",
    "The company declined to comment on its new refund policy, which takes effect in March.",
    "The senator’s comments drew sharp criticism from civil rights groups on Monday.",
]

THREAD = """\
3 Comments

Jenny Alvarez says:
November 19, 2019 at 10:12 am
About time. I have been stuck in airport traffic for years.
Reply

Mark Steiner says:
November 19, 2019 at 11:40 am
It will cost twice that by the time it opens, mark my words.
Reply

Leave a Reply
Your email address will not be published. Required fields are marked *"""


(
    test_table_labels_comment_chrome,
    test_comment_chrome_under_the_story_is_removed,
    test_table_leaves_sentences_about_comments,
    test_sentences_about_comments_are_kept,
) = rule_family_tests(Kind.COMMENTS, CHROME, BODY, where="foot")


def test_comment_thread_under_the_story_is_removed():
    article = newsclean.clean("\n\n".join([TITLE, *STORY, THREAD]))
    assert paragraphs(article) == list(STORY)
    # The commenters are not the article's authors, nor their dates its publication date.
    assert article.byline is None
    assert article.dateline is None


def test_comment_thread_is_removed_as_comments():
    # fixtures/README.md, decision 11: the comment section at the foot (commenter line, comment
    # text, Reply, Leave a Reply) is ``comments``.
    article = newsclean.clean("\n\n".join([TITLE, *STORY, THREAD]))
    thread_lines = [line for line in THREAD.splitlines()[1:] if line]
    for line in thread_lines:
        assert set(kinds_removing(article, line)) == {Kind.COMMENTS}, line


#: Comments of several paragraphs each, about the story's own subject, each under its
#: commenter's name and date: prose that runs on and shares the story's words, as a
#: continuation of the article would.
LONG_THREAD = """\
4 thoughts on “Council approves tram extension”

Jenny Alvarez
November 19, 2019 at 10:12 am
The tram extension to the airport is long overdue, and the council should have approved the route through the old port district years ago.
The budget will grow, as every tram budget does, but the cars taken off the road each day are worth the cost of the extension.

Mark Steiner
November 19, 2019 at 11:40 am
I live in the old port district and I doubt the council has thought about the construction, the road closures and the noise of the trams.
The detailed timetable the council promised should come before the vote on the budget, not after it, and the airport should pay its share.

Comments are closed."""


def test_a_thread_of_long_comments_on_the_storys_subject_is_removed():
    """Prose under a comments header that talks of the article's subject could continue the
    article; the dates over its paragraphs say it is a thread."""
    article = newsclean.clean("\n\n".join([TITLE, *STORY, LONG_THREAD]))
    assert paragraphs(article) == list(STORY)
