"""Cookie and consent notices."""

from __future__ import annotations

from ..model import Kind
from .base import NOT_REPORTED, Rule, phrases

RULES = (
    Rule(
        # "I agree that external content is shown to me ... data may be sent to third parties."
        "embed-consent",
        Kind.CONSENT,
        r"(?:ich bin damit einverstanden|j'accepte|acepto|aceito|accetto|ik ga akkoord|i agree)"
        r",? (?:dass|que|che|dat|that|to)\b.{0,120}\b(?:externe[n]? inhalte?|contenus? externes?"
        r"|contenidos? externos?|conteúdos? externos?|contenuti esterni|externe inhoud"
        r"|external content|third[- ]party content).{0,300}",
        max_chars=450,
        keywords=("extern", "third", "tiers"),
        min_chars=40,
    ),
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
        # The switch a page puts in place of an embedded post until the reader consents.
        "empfohlener redaktioneller inhalt",
        "externer inhalt",
        "externen inhalt anzeigen",
        "externe inhalte anzeigen",
        "inhalt laden",
        "contenu externe",
        "afficher le contenu",
        "contenido externo",
        "mostrar contenido",
        "conteúdo externo",
        "contenuto esterno",
        "externe inhoud",
        "inhoud tonen",
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
