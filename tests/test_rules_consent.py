"""Cookie and consent notices go; news about cookies, privacy and consent stays."""

from __future__ import annotations

from newsclean import Kind
from support import (
    rule_family_tests,
)

CHROME = [
    (
        "We use cookies to improve your experience on our site. By continuing to browse, you agree "
        "to our use of cookies."
    ),
    (
        "This website uses cookies to improve your experience. We’ll assume you’re ok with this, but "
        "you can opt-out if you wish."
    ),
    (
        "We and our partners process personal data such as your IP address to personalise ads and "
        "measure their performance."
    ),
    "We value your privacy",
    "Accept all cookies",
    "Accept",
    "I agree",
    "Manage preferences",
    "Cookie settings",
    "Reject all",
    "Alle akzeptieren",
]

BODY = [
    "Girl Scouts began selling cookies outside the grocery store on Saturday.",
    (
        "The court said the company could not process personal data without consent, a ruling that "
        "could cost it millions."
    ),
    "Regulators said the site’s use of cookies to track children broke consumer protection law.",
    (
        "The bakery sells about 2,000 cookies a day, and regular customers say the experience is "
        "worth the wait."
    ),
    (
        "“We value your privacy,” the company said in a statement, but it did not say where the "
        "data was stored."
    ),
]


(
    test_table_labels_consent,
    test_consent_notice_is_removed,
    test_table_leaves_news_about_cookies_and_privacy,
    test_news_about_cookies_and_privacy_is_kept,
) = rule_family_tests(Kind.CONSENT, CHROME, BODY, where="foot")
