"""Consent banners by their structure: a notice of any length and language, set beside its
buttons.

The consent rule table (``rules.consent``) knows the short notices and the buttons by their
words. A long notice (a publisher's whole data-processing statement, some 1,500 characters, in
German or Italian) has no fixed phrase, but it has a shape: it talks about several of the
things a consent notice must name (cookies, consent, personal data, privacy, partners,
settings), and it stands next to the buttons that ask for that consent. An article about
privacy law may name all of them too, but no "Accept all" button stands beside its paragraphs.
"""

from __future__ import annotations

import regex

from ..draft import Draft
from ..model import Kind

#: Links in a consent banner have at most this many words.
BANNER_LINK_MAX_WORDS = 3
#: A notice stands at most this many blocks from a block the consent rules labelled.
NOTICE_REACH = 2
#: The longest block read as a notice, and the fewest subjects it must name.
NOTICE_MAX_CHARS = 4000
NOTICE_MIN_SUBJECTS = 3
CONSENT_NOTICE = "consent-notice-by-buttons"

#: What a consent notice talks about, each subject in English, German, French, Spanish,
#: Portuguese, Italian and Dutch (lower case).
NOTICE_SUBJECTS = tuple(
    regex.compile(pattern)
    for pattern in (
        r"\bcookies?\b|\btrackers?\b|\btraceurs\b",
        (
            r"consent|einwillig|zustimm|consentement|consentimiento|consentimento|consenso"
            r"|toestemming"
        ),
        r"privacy|datenschutz|confidentialit|privacidad|privacidade|riservatezza",
        (
            r"personal data|personenbezogen|données personnelles|datos personales|dados pessoais"
            r"|dati personali|persoonsgegevens|your data|ihre daten|vos données|sus datos"
            r"|seus dados|i tuoi dati|uw gegevens"
        ),
        (
            r"\bpartners?\b|partnern|partenaires|\bsocios\b|parceiros|\bvendors?\b|fournisseurs"
            r"|drittanbieter|third[- ]part|terze parti|derden"
        ),
        (
            r"settings|preferences|einstellungen|paramètres|préférences|configuración|preferencias"
            r"|configurações|preferências|impostazioni|preferenze|instellingen|voorkeuren"
        ),
    )
)


def notice_subjects(text: str) -> int:
    """How many of the subjects of a consent notice a text names.

    >>> notice_subjects("Wir und unsere Partner verwenden Cookies und verarbeiten "
    ...                 "personenbezogene Daten. Ihre Einstellungen können Sie jederzeit ändern.")
    4
    """
    lowered = text.lower()
    return sum(1 for subject in NOTICE_SUBJECTS if subject.search(lowered))


def mark_consent_banners(draft: Draft) -> None:
    """The blocks of a consent banner that the rule table leaves open or calls something else:
    short links right after a consent notice or its buttons ("Read More", "Privacy policy"),
    and a notice of any length and language that names NOTICE_MIN_SUBJECTS of a notice's
    subjects within NOTICE_REACH blocks of a consent-labelled block."""
    records = draft.records
    consent = [
        i
        for i, record in enumerate(records)
        if record.label is not None and record.label.kind is Kind.CONSENT
    ]
    for index in consent:
        for near in range(max(0, index - NOTICE_REACH), min(len(draft), index + NOTICE_REACH + 1)):
            text = draft.text(near)
            if (
                draft.label(near) is None
                and len(text) <= NOTICE_MAX_CHARS
                and notice_subjects(text) >= NOTICE_MIN_SUBJECTS
            ):
                draft.mark(near, Kind.CONSENT, CONSENT_NOTICE)
    for index in range(1, len(records)):
        above, label = records[index - 1].label, records[index].label
        if (
            above is not None
            and above.kind is Kind.CONSENT
            and label is not None
            and label.kind in (Kind.PROMO, Kind.LEGAL)
            and draft.words(index) <= BANNER_LINK_MAX_WORDS
        ):
            draft.relabel(index, Kind.CONSENT, "consent-banner")
