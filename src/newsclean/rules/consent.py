"""Cookie and consent notices."""

from __future__ import annotations

from ..model import Kind
from .base import NOT_REPORTED, Rule, phrases

RULES = (
    Rule(
        "cookie-notice",
        Kind.CONSENT,
        NOT_REPORTED + r"(?=.{0,300}\bcookies?\b)"
        r"(?=.{0,300}\b(?:we|our|this (?:web)?site|you|your|wir|nous|nosotros|nós|utilizamos|usamos"
        r"|utilisons|verwenden|nutzen)\b)"
        r"(?=.{0,400}\b(?:we use|uses|using|use of|accept|consent|agree|policy|settings|preferences"
        r"|manage|continu(?:e|ing) to (?:use|browse)|by (?:using|browsing|clicking)|improve your"
        r"|experience|partners|verwenden|nutzen|einstellungen|akzeptieren|utilisons|accepter|usamos"
        r"|utilizamos|aceptar|aceitar|utilizziamo|accetta))"
        r".{0,500}",
        max_chars=500,
        keywords=("cookie",),
        min_chars=20,
    ),
    Rule(
        "consent-notice",
        Kind.CONSENT,
        NOT_REPORTED
        + r"(?=.{0,300}\b(?:we (?:and our (?:\d+ )?partners )?(?:value your privacy|process (?:your )?(?:personal )?data)"
        r"|manage (?:your )?(?:consent|privacy) (?:preferences|settings|choices)|consent preferences"
        r"|your privacy choices|do not sell(?: or share)? my (?:personal )?information))"
        r".{0,500}",
        max_chars=500,
        keywords=("privacy", "consent", "personal data"),
        min_chars=20,
    ),
)

PHRASES = (
    phrases(
        "consent-button",
        Kind.CONSENT,
        "accept",
        "accept all",
        "accept cookies",
        "accept all cookies",
        "reject all",
        "i accept",
        "i agree",
        "agree",
        "got it",
        "ok, got it",
        "allow all",
        "allow cookies",
        "cookie settings",
        "cookie preferences",
        "manage cookies",
        "manage preferences",
        "cookie policy",
        "privacy settings",
        "your privacy choices",
        "do not sell my info",
        "do not sell my personal information",
        "continue without accepting",
        "aceitar",
        "aceptar",
        "akzeptieren",
        "accepter",
        "alle akzeptieren",
        "tout accepter",
        "einstellungen",
        "cookie-einstellungen",
        "paramètres",
        "configuración",
        "configurações",
    ),
)
