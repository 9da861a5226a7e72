"""Share, like and comment counters and social buttons go; news about shares, Facebook and
comments stays."""

from __future__ import annotations

from newsclean import Kind
from support import (
    assert_removed_in_story,
    rule_family_tests,
)

CHROME = [
    "0 : 0",
    "Share 12",
    "14 Comments",
    "312 Shares",
    "1.2K shares",
    "Shares",
    "Share",
    "Share this article",
    "Share on Facebook",
    "Share via Email",
    "Tweet",
    "Facebook",
    "Twitter",
    "Email",
    "Print",
    "WhatsApp",
    "Facebook Twitter LinkedIn Email",
    "Facebook | Twitter | WhatsApp | Email",
    "Share or comment on this article:",
    "2.4K Shares Share on Facebook Tweet Email 87 Comments",
    "Share on Facebook Tweet Email",
    "AddThis Sharing Buttons",
    "Sharing buttons",
]

BODY = [
    "Shares of Home Depot fell 5% on Tuesday after the company cut its forecast.",
    "Facebook said on Monday it would cut 300 jobs at its Dublin office.",
    "The post drew 14 comments within an hour, most of them critical of the mayor.",
    "She shared the video on Twitter, where it was viewed more than a million times.",
    "The site removed its sharing buttons after readers complained about tracking.",
    "Investors will get 12 shares of the new company for each share they now hold.",
    "Email records show the contract was signed two days before the vote.",
    "Facebook, Twitter and Email were down for an hour on Monday, the companies said.",
    "Print advertising, once the paper’s main source of income, now brings in less than a third.",
]


(
    test_table_labels_share_chrome,
    test_share_chrome_between_paragraphs_is_removed,
    test_table_leaves_news_about_sharing,
    test_news_about_sharing_is_kept,
) = rule_family_tests(Kind.SHARE, CHROME, BODY)


def test_share_bar_of_several_lines_is_removed():
    assert_removed_in_story("Share 12\nTweet\n14 Comments", Kind.SHARE, where="top")
