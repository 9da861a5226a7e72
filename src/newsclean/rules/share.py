"""Share, like and comment counters and social buttons (``0 : 0``, ``Share 12``, ``Facebook``)."""

from __future__ import annotations

import regex

from ..model import Kind
from .base import Rule, phrases

#: Social networks and share targets as they appear on share buttons.
_NETWORK = (
    r"(?:facebook|twitter|x|email|e-mail|mail|whatsapp|linkedin|pinterest|reddit|tumblr"
    r"|flipboard|messenger|telegram|sms|print|copy(?: link)?|google\+|pocket|vk|line|weibo"
    r"|wechat|instagram|youtube|rss|snapchat|tiktok|comments?|share|tweet|twittern|courriel|e-mail)"
)
#: The names of social networks that are no common word, as words of a lower-cased line.
NETWORK_NAME = regex.compile(
    r"\b(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|tumblr|flipboard|messenger"
    r"|telegram|instagram|youtube|snapchat|tiktok|weibo|wechat|vkontakte|threads|bluesky"
    r"|mastodon|xing)\b"
)
_COUNT = r"\d[\d,.]*\s*[km]?"
_COUNTED = r"(?:shares?|comments?|likes?|tweets?|views?|reactions?|responses?|replies|votes?)"
#: One item of a share bar: a count with its action, a "share on" button, or a network's button.
_SHARE_ITEM = (
    rf"(?:{_COUNT}\s*{_COUNTED}|{_COUNTED}\s*{_COUNT}"
    rf"|(?:share|tweet|post)(?: on| via| to)?\s+{_NETWORK}|{_NETWORK})"
)

RULES = (
    Rule("counter-pair", Kind.SHARE, r"\d+\s+:\s+\d+", max_chars=15),
    Rule("counted-action", Kind.SHARE, rf"\(?{_COUNT}\)?\s*{_COUNTED}", max_chars=30),
    Rule("action-count", Kind.SHARE, rf"{_COUNTED}\s*:?\s*\(?{_COUNT}\)?", max_chars=30),
    Rule(
        "share-on-network",
        Kind.SHARE,
        rf"(?:share|post|send|pin|tweet|partager|envoyer|compartir|enviar|compartilhar|compartilhe|teilen"
        rf"|condividi|delen|udostępnij)(?: this(?: article| story| on)?)?"
        rf"\s*(?:on|via|to|by|with|sur|par|en|por|no|na|auf|per|op|su|w)?"
        rf"\s*{_NETWORK}(?:\s*\(opens in new window\))?",
        max_chars=60,
    ),
    # The network first, the verb last: "Auf Facebook teilen", "Op Twitter delen".
    Rule(
        "network-then-share",
        Kind.SHARE,
        rf"(?:auf|bei|op|via|em|su)?\s*{_NETWORK}\s+(?:teilen|delen|partagen|compartilhar|condividere)",
        max_chars=40,
    ),
    Rule(
        "network-row",
        Kind.SHARE,
        rf"{_NETWORK}(?:\s*[|•·,/]?\s*{_NETWORK})+",
        max_chars=120,
        guarded=True,  # the regex audit allows its repeat with a reason, not a proof
        head=_NETWORK,
    ),
    Rule(
        "share-bar",
        Kind.SHARE,
        rf"{_SHARE_ITEM}(?:\s*[|•·,/]?\s*{_SHARE_ITEM}){{2,}}",
        max_chars=160,
        guarded=True,  # the regex audit allows its repeat with a reason, not a proof
        head=_SHARE_ITEM,
    ),
    Rule(
        "share-count-label",
        Kind.SHARE,
        r"(?:share|shares)\s*\d*\s*(?:tweet|pin|email)?\s*\d*",
        max_chars=30,
    ),
)

PHRASES = (
    phrases(
        # A call to follow the site on social networks, above its row of network buttons.
        "follow-us",
        Kind.SHARE,
        "follow us",
        "follow us on",
        "follow us on social media",
        "connect with us",
        "stay connected",
        "folgen sie uns",
        "folgen sie uns auf",
        "folge uns",
        "suivez-nous",
        "suivez-nous sur",
        "retrouvez-nous sur",
        "síguenos",
        "síguenos en",
        "siga-nos",
        "siga-nos nas redes sociais",
        "siganos",
        "seguici",
        "seguici su",
        "volg ons",
        "volg ons op",
        "sledujte nás",
        "obserwuj nas",
    ),
    phrases(
        "share-button-languages",
        Kind.SHARE,
        "artikel teilen",
        "beitrag teilen",
        "seite teilen",
        "link kopieren",
        "drucken",
        "artikel drucken",
        "partager cet article",
        "partager l'article",
        "copier le lien",
        "imprimer",
        "compartir artículo",
        "compartir noticia",
        "copiar enlace",
        "imprimir",
        "compartilhe esta notícia",
        "copiar link",
        "condividi",
        "condividi articolo",
        "copia link",
        "stampa",
        "delen",
        "artikel delen",
        "kopieer link",
        "afdrukken",
        "diesen artikel teilen",
        "compartir este artículo",
        "compartilhar este artigo",
        "condividi questo articolo",
        "deel dit artikel",
        "sdílet článek",
        "sdílet",
        "udostępnij",
        "udostępnij artykuł",
    ),
    phrases(
        "share-button",
        Kind.SHARE,
        "facebook",
        "twitter",
        "email",
        "e-mail",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "flipboard",
        "messenger",
        "telegram",
        "sms",
        "print",
        "copy",
        "copy link",
        "copied",
        "google+",
        "tumblr",
        "pocket",
        "share",
        "shares",
        "share this",
        "share this article",
        "share this story",
        "share article",
        "share story",
        "share via",
        "share on",
        "tweet",
        "like this",
        "like loading",
        "like loading...",
        "share tweet submit",
        "share this article share",
        "email this",
        "print this",
        "print article",
        "print this article",
        "print this page",
        "opens in new window",
        "share the story",
        "share full article",
        "save",
        "save article",
        "save story",
        "share or comment on this article",
        "compartir",
        "partager",
        "teilen",
        "compartilhe",
        "compartilhar",
        "поделиться",
        "twittern",
        "share this with",
        "copy this link",
        "share what you think",
        "gift article",
        "gift this article",
        "email this story",
        "email this article",
        "all sharing options",
        "sharing options",
        "more sharing options",
        "sharing buttons",
        "share buttons",
        "social sharing",
        # AddThis, a share widget many publishers embed, titles its button bar so
        "addthis sharing buttons",
    ),
)
