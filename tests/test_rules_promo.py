"""Promotions go: ads, "Read more" and related-story teasers, newsletter and subscription
pitches, follow-us lines. Sentences about advertising, newsletters and apps stay."""

from __future__ import annotations

from newsclean import Kind
from support import (
    rule_family_tests,
)

CHROME = [
    "Advertisement",
    "Ad Feedback",
    "Join our WhatsApp group for the latest news.",
    "ADVERTISEMENT",
    "Story continues below",
    "Story continues below advertisement",
    "Continue reading the main story",
    "Read more: Fed holds rates steady as inflation cools",
    "READ MORE: Five things to know about the tram plan",
    "Related: How the tram project stalled for a decade",
    "RELATED: Airport traffic hits a record high",
    "Don't miss: The 10 best walks along the old harbour",
    "Sign up for our morning newsletter to get the day’s top stories in your inbox.",
    "Get the latest headlines delivered to your inbox every morning.",
    "Subscribe to our YouTube channel for more videos.",
    "Follow us on Twitter and Facebook",
    "Follow us on Instagram @citydesk",
    "Subscribe now",
    "Download the app",
    "Sponsored",
    "Most Read",
    "We Recommend",
    "Click the image above to see the full gallery.",
    "Clique na imagem acima e veja o ranking dos pilotos nesta temporada.",
    "Further reading",
    "No spam, we promise. You can unsubscribe at any time.",
    "Get the Morning Briefing",
    "The day's top business stories, delivered to your inbox before 7 a.m. Sign up now.",
    "Our newsletter brings the week's best reads to your inbox every Friday. Subscribe for free.",
    # Paywall notices.
    "This content is for subscribers only.",
    "Already a subscriber? Log in",
    "You have reached your free articles for this month.",
]

BODY = [
    "Advertisement revenue at the company rose 12% in the quarter, executives said.",
    "Readers can sign up for alerts on the county’s website, officials said.",
    "More than 300 people attended the vigil on Sunday night.",
    "The company said it would stop running advertisements on the platform until the review was complete.",
    "She urged residents to follow the evacuation orders posted on the county’s Facebook page.",
    "Subscribers to the magazine will receive the redesigned edition on Friday.",
    "Download speeds on the new network averaged 300 megabits per second in tests, the company said.",
    "Follow-up inspections found no further damage to the bridge, the agency said.",
    "Try as they might, engineers could not get the app to work during the outage, the report found.",
    "Download figures for the podcast fell by half after its host left, according to the company.",
    "Related research has found similar effects in mice, the authors wrote.",
    "We recommend that residents boil their water until further notice, the utility said.",
    "Recipients were told to click here to claim a prize, police said.",
    "Click the link above so you can see which stage your business is in.",
    "Subscribe and save offers have driven the company’s growth, analysts said.",
    "Readers can unsubscribe at any time, the company said in its filing on Monday.",
    "Officials will get a briefing on the storm on Monday, the mayor said.",
    "The newsletter reached 40,000 readers in its first month, and the company urged others to subscribe.",
    "The newspaper said this article is available to subscribers only on its website from Friday.",
    "Members of the club said the content is for members only, the chairman said.",
]


(
    test_table_labels_promo,
    test_promo_between_paragraphs_is_removed,
    test_table_leaves_sentences_about_ads_and_newsletters,
    test_sentences_about_ads_and_newsletters_are_kept,
) = rule_family_tests(Kind.PROMO, CHROME, BODY)
