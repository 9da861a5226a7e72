"""Legal footers: copyright lines, rights reservations, wire-service usage notices."""

from __future__ import annotations

from ..model import Kind
from .base import NOT_REPORTED, Rule, phrases

#: "All rights reserved" in the languages news is published in.
_RIGHTS_RESERVED = (
    r"(?:all rights? reserved|todos os direitos reservados|todos los derechos reservados"
    r"|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|alle rechten voorbehouden"
    r"|riproduzione riservata|riproduzione vietata|prohibida (?:su|la) reproducción"
    r"|(?:é )?proibida a reprodução|reproduction interdite|nachdruck verboten"
    r"|все права защищены|版权所有|著作権|무단\s*전재|무단\s*복제|無断転載|禁止转载)"
)

#: What a disclosure of affiliate links says: the page holds such links, or its publisher may
#: earn a commission on what a reader buys through them (English, German, French, Spanish,
#: Portuguese, Italian, Dutch).
_AFFILIATE_DISCLOSURE = (
    r"(?:(?:contains?|includes?|may contain|uses?) (?:some )?affiliate links"
    r"|we (?:may |might |could )?(?:earn|receive|get|make) (?:a |an )?(?:small |affiliate )?"
    r"(?:commission|share of (?:the )?(?:sales|revenue))"
    r"|as an amazon associate"
    r"|(?:enthält|enthalten) (?:sogenannte )?affiliate-links"
    r"|(?:erhalten|bekommen) wir (?:ggf\. |gegebenenfalls |unter umständen )?(?:eine )?(?:kleine )?provision"
    r"|(?:contient|comporte|peut contenir) des liens (?:affiliés|d'affiliation)"
    r"|(?:pouvons|pourrions) (?:percevoir|recevoir|toucher) une commission"
    r"|(?:contiene|incluye) enlaces de afiliados?"
    r"|(?:podemos|podríamos) (?:recibir|ganar|obtener) una comisión"
    r"|(?:contém|inclui) links de afiliados?"
    r"|(?:podemos|poderemos) (?:receber|ganhar) uma comissão"
    r"|(?:contiene|include) link (?:di affiliazione|affiliati)"
    r"|(?:potremmo|possiamo) (?:ricevere|guadagnare) una commissione"
    r"|(?:bevat|gebruikt) affiliate ?links"
    r"|(?:ontvangen|krijgen|verdienen) wij (?:mogelijk )?(?:een )?(?:kleine )?(?:commissie|vergoeding))"
)

#: A disclaimer that the views of a page's writers or readers are not the publisher's ("The
#: views expressed in the comments are those of the readers", "Les propos tenus ... n'engagent
#: que leurs auteurs"), in the languages read: who holds the views (writers, readers), or
#: that they do not reflect the publisher's.
_VIEWS_DISCLAIMER = (
    r"(?:the )?(?:views|opinions|comments)(?: and opinions)? expressed\b[^.]{0,100}?"
    r"(?:(?:are|is) (?:solely |only )?(?:those of (?:the |our |its |their )?(?:authors?|writers?|readers?"
    r"|commenters?|contributors?|individuals?|posters?|users?|columnists?)\b"
    r"|the (?:authors?|writers?)'s? own|(?:their|his|her) own(?= ?\.?$))"
    r"|do not necessarily (?:reflect|represent)"
    r"|do not (?:reflect|represent) (?:the (?:views?|opinions?|position) of|those of) (?:the |this |our )?"
    r"(?:publisher|newspaper|paper|site|website|editors?|editorial|company|station|management"
    r"|organi[sz]ation|network))"
    r"|die (?:hier |in [^.]{1,40}? )?(?:geäußerten|veröffentlichten) (?:meinungen|ansichten)[^.]{0,80}?"
    r"(?:geben nicht|spiegeln nicht|entsprechen nicht|sind die)"
    r"|(?:les )?(?:propos|opinions|commentaires) (?:tenus|exprimés|exprimées|publiés)[^.]{0,80}?"
    r"n'engagent que"
    r"|(?:las )?opiniones (?:expresadas|vertidas)[^.]{0,80}?(?:son (?:de )?(?:exclusiva )?responsabilidad"
    r"|no (?:reflejan|representan))"
    r"|(?:as )?opiniões (?:expressas|emitidas)[^.]{0,80}?(?:são de (?:inteira |exclusiva )?responsabilidade"
    r"|não (?:refletem|representam))"
    r"|(?:le )?opinioni espresse[^.]{0,80}?(?:non (?:riflettono|rappresentano)|sono (?:dell'autore|degli autori))"
    r"|(?:de )?(?:meningen|standpunten) (?:in|van)[^.]{0,80}?(?:zijn (?:die )?van de (?:auteurs?|schrijvers?|lezers?)"
    r"|weerspiegelen niet)"
)

RULES = (
    Rule(
        "copyright-line",
        Kind.LEGAL,
        r"(?:(?:copyright\s*)?(?:©|\(c\)|ⓒ)\s*(?:copyright\s*)?(?:\d{4}|the\b)"
        r"|copyright\s*(?:©|\(c\)|ⓒ|\d{4}|:)).{0,250}",
        max_chars=300,
    ),
    Rule(
        "rights-reserved",
        Kind.LEGAL,
        rf".{{0,300}}{_RIGHTS_RESERVED}.{{0,300}}",
        max_chars=400,
        keywords=(
            "reserv",
            "réserv",
            "vorbehalten",
            "voorbehouden",
            "riservati",
            "riprodu",
            "reprodu",
            "nachdruck",
            "защищены",
            "版权",
            "著作権",
            "무단",
            "無断",
            "禁止",
        ),
        min_chars=15,
    ),
    Rule(
        "affiliate-disclosure",
        Kind.LEGAL,
        NOT_REPORTED + rf".{{0,300}}{_AFFILIATE_DISCLOSURE}.{{0,300}}",
        max_chars=450,
        keywords=(
            "affili",
            "afilia",
            "commission",
            "share of",
            "amazon associate",
            "provision",
            "comisión",
            "comissão",
            "commissione",
            "commissie",
            "vergoeding",
        ),
    ),
    Rule(
        "usage-notice",
        Kind.LEGAL,
        NOT_REPORTED
        + r".{0,80}(?:may not be (?:re)?published, broadcast, rewritten,? or redistributed"
        r"|is subject to copyright\. apart from any fair dealing"
        r"|(?:thomson reuters|reuters) trust principles"
        r"|no part (?:of this (?:\w+ )?)?may be reproduced"
        r"|may not be reproduced, (?:distributed|transmitted|republished)"
        r"|(?:without|except with) (?:the )?(?:prior )?(?:express )?written (?:permission|consent)"
        r" (?:of|from) )"
        r".{0,300}",
        max_chars=400,
        keywords=("copyright", "may not be", "trust principles", "permission", "consent"),
        min_chars=30,
    ),
    Rule(
        "site-terms",
        Kind.LEGAL,
        NOT_REPORTED
        + r".{0,60}\b(?:use of|using|registration (?:on|with|at)|access(?:ing)? (?:to )?)[^.]{0,40}"
        r"\b(?:site|website|web site|service|services|app|platform)\b[^.]{0,40}"
        r"\b(?:constitutes|signifies|indicates) (?:your )?(?:acceptance of|agreement to)"
        r" (?:our|the|these|its)\b.{0,200}",
        max_chars=320,
        keywords=("acceptance of", "agreement to"),
        min_chars=30,
    ),
    # A company's registration number in a site's footer: "CNPJ: 83.102.459/0001-23",
    # "Registered in England and Wales No. 908396", "P.IVA 01234567890", "Company No. 01234567".
    Rule(
        "company-registration",
        Kind.LEGAL,
        NOT_REPORTED
        + r".{0,200}\b(?:cnpj|p\.\s?iva|partita iva|company (?:no|number)|registered in (?:england"
        r" and wales|england|scotland|ireland|wales)\s(?:no|number))\b[^\d\n]{0,12}\d[\d ./-]{5,30}"
        r".{0,200}",
        max_chars=420,
        keywords=("cnpj", "iva", "registered in", "company n"),
        min_chars=12,
    ),
    # The terms under a sign-up form: "By signing up, you agree to our Privacy Policy ..."
    Rule(
        "signup-terms",
        Kind.LEGAL,
        r"by (?:signing up|subscribing|registering|clicking|submitting|creating an account"
        r"|entering your e-?mail)\b[^.]{0,80}?,? you (?:agree|acknowledge|consent)\b.{0,250}",
        max_chars=360,
    ),
    Rule(
        "views-disclaimer",
        Kind.LEGAL,
        NOT_REPORTED + rf"(?:{_VIEWS_DISCLAIMER}).{{0,200}}",
        max_chars=320,
        keywords=(
            "expressed",
            "geäußert",
            "veröffentlicht",
            "propos",
            "opini",
            "n'engagent",
            "meningen",
            "standpunten",
        ),
    ),
    # How to cite the page, as science-news sites print it: "Citation: Title (2019, November
    # 18) retrieved 20 November 2019 from https://..."
    Rule(
        "citation-notice",
        Kind.LEGAL,
        r"citation:\s.{10,300}?\bretrieved\s.{3,40}?\bfrom\s+https?://\S+",
        max_chars=450,
    ),
)

PHRASES = (
    phrases(
        "legal-link-languages",
        Kind.LEGAL,
        "datenschutz",
        "datenschutzerklärung",
        "nutzungsbedingungen",
        "agb",
        "mentions légales",
        "politique de confidentialité",
        "conditions générales d'utilisation",
        "cgu",
        "aviso legal",
        "política de privacidad",
        "política de cookies",
        "términos y condiciones",
        "política de privacidade",
        "termos de uso",
        "termos de serviço",
        "informativa sulla privacy",
        "note legali",
        "termini e condizioni",
        "privacybeleid",
        "privacyverklaring",
        "algemene voorwaarden",
        "colofon",
    ),
    phrases(
        "legal-link",
        Kind.LEGAL,
        "privacy policy",
        "privacy notice",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "terms & conditions",
        "reuse this content",
        "licensing",
        "reprints",
        "reprints & permissions",
        "permissions",
        "ad choices",
        "adchoices",
        "do not sell my personal information",
        "dmca",
        "impressum",
        "disclaimer",
        "imprint",
        "our standards: the thomson reuters trust principles",
        "copyright",
    ),
)
