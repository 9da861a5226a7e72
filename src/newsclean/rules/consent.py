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
        r"|utilisons|verwenden|nutzen|questo sito|utilizziamo|usiamo|utilizza|utiliza|wij|gebruiken"
        r"|onze|unsere|notre|nuestra|nossa)\b)"
        r"(?=.{0,400}\b(?:we use|uses|using|use of|accept|consent|agree|policy|settings|preferences"
        r"|manage|continu(?:e|ing) to (?:use|browse)|by (?:using|browsing|clicking)|improve your"
        r"|experience|partners|verwenden|nutzen|einstellungen|akzeptieren|utilisons|accepter|usamos"
        r"|utilizamos|aceptar|aceitar|utilizziamo|accetta|stimmen sie|zustimm|einverstanden|acceptez"
        r"|consentement|acepta|consiente|concorda|aceita|accetti|consenso|akkoord|toestemming"
        r"|cookiebeleid|navigation|navegando|navegação|navigazione|ervaring|erlebnis|expérience"
        r"|experiencia|experiência|esperienza))"
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
        "consent-button-languages",
        Kind.CONSENT,
        "alle ablehnen",
        "ablehnen",
        "zustimmen",
        "zustimmen und weiter",
        "datenschutzeinstellungen",
        "einstellungen verwalten",
        "tout refuser",
        "refuser",
        "gérer les cookies",
        "paramétrer les cookies",
        "accepter et fermer",
        "aceptar todo",
        "aceptar todas",
        "rechazar todo",
        "rechazar",
        "configurar cookies",
        "aceitar todos",
        "rejeitar todos",
        "gerenciar cookies",
        "accetta",
        "accetta tutti",
        "rifiuta tutti",
        "rifiuta",
        "impostazioni cookie",
        "gestisci i cookie",
        "alles accepteren",
        "accepteren",
        "weigeren",
        "cookie-instellingen",
        "cookies beheren",
    ),
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
