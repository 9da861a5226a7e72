"""Promotions: ads, "Read more" and related-link teasers, newsletter and subscription pitches,
follow-us lines, list headers like "Most read"."""

from __future__ import annotations

from ..model import Kind
from .base import NOT_REPORTED, Rule, phrases
from .list_headers import LIST_HEADERS

#: Labels that introduce a teaser link to another story ("Read more: ...", "Related: ...").
_TEASER_LABEL = (
    r"(?:read more|read also|also read|read next|see also|also see|related|related (?:coverage|"
    r"stories|story|articles?|content|links?|reading|news|videos?|podcast|gallery)|recommended|don'?t miss|must read|"
    r"further reading|more on this(?: story| topic)?|more|watch|watch now|listen|up next|next up|"
    r"editor'?s'? picks?|trending|latest|leia (?:também|mais)|veja (?:também|mais)|lea también|"
    r"lire aussi|à lire aussi|mehr zum thema|lesen sie auch|auch interessant|sur le même sujet|"
    r"lea además|lee más|ver también|leia mais|leggi anche|potrebbe interessarti|lees ook|ook interessant|"
    r"lesen sie mehr|mehr dazu|en savoir plus|lire plus|meer lezen|lees verder|lees meer|"
    r"читайте также|související|čtěte také|přečtěte si také|czytaj także|czytaj też|zobacz także)"
)
_PROMO_VERB = (
    r"(?:sign up|sign-up|subscribe|subscribing|get|join|click|enter|register|receive|stay|keep up"
    r"|be the first|don'?t miss|never miss|download (?:the|our|it)|follow|try (?:it|our|the|\w+ free)"
    r"|want|love|like|enjoy|interested|abonnieren sie|melden sie sich|registrieren sie sich|erhalten sie"
    r"|inscrivez-vous|abonnez-vous|recevez|retrouvez|suscríbete|suscríbase|recibe|assine|inscreva-se|receba"
    r"|iscriviti|abbonati|ricevi|schrijf je in|meld je aan|abonneer|ontvang"
    # The infinitives that label a sign-up box ("Recevoir la newsletter", "Newsletter erhalten").
    r"|abonnieren|erhalten|recevoir|s'inscrire|s'abonner|recibir|suscribirse|receber|assinar"
    r"|ricevere|iscriversi|abbonarsi|ontvangen|abonneren)"
)
_PROMO_NOUN = (
    r"(?:newsletters?|inbox|e-?mail alerts?|briefing|mailing list|subscription|subscribe(?:rs?)?|magazine"
    r"|the app|our app|podcast|membership|digital access|youtube channel|on youtube|nieuwsbrief"
    r"|boletín|boletim|infolettre|abonnement|abo"
    # "in your inbox", in the languages of the verbs above.
    r"|(?:ihr|dein) (?:e-mail-)?postfach|ihren posteingang|(?:votre|ta) boîte (?:mail|e-mail|aux lettres"
    r"|de réception)|(?:tu|su) (?:correo|bandeja de entrada)|(?:seu|teu|sua) (?:e-mail|caixa de entrada)"
    r"|(?:tua|sua) casella(?: di posta| email)?|(?:je|uw) (?:mailbox|inbox))"
)
#: The call that ends a pitch ("... in your inbox. Sign up now!").
_PROMO_CALL = (
    r"(?:(?:sign up|subscribe|register|join (?:us|now|today))(?: (?:now|today|here|for free|free))?"
    r"|jetzt (?:kostenlos |gratis )?(?:abonnieren|anmelden|registrieren)"
    r"|(?:inscrivez-vous|abonnez-vous)(?: gratuitement| dès maintenant)?"
    r"|(?:suscríbete|suscríbase|regístrate)(?: gratis| ahora)?"
    r"|(?:inscreva-se|assine|cadastre-se)(?: gratuitamente| grátis| já)?"
    r"|(?:iscriviti|abbonati|registrati)(?: gratis| gratuitamente| ora| subito)?"
    r"|(?:schrijf je|meld je) (?:nu |gratis )*(?:in|aan)|abonneer (?:nu|gratis))"
)
#: The words a pitch's noun is written with (the rules' prefilter).
_PITCH_KEYWORDS = (
    "newsletter",
    "subscri",
    "inbox",
    "briefing",
    "alert",
    "postfach",
    "posteingang",
    "boîte",
    "correo",
    "bandeja de entrada",
    "e-mail",
    "caixa de entrada",
    "casella",
    "mailbox",
)

RULES = (
    Rule(
        "teaser-link",
        Kind.PROMO,
        rf"[\[(]?\s*{_TEASER_LABEL}\s*(?:[:>»|–—]|(?<=aussi)\.)\s*.{{3,200}}(?<![.!])",
        max_chars=240,
    ),
    Rule(
        "promo-pitch",
        Kind.PROMO,
        NOT_REPORTED
        + rf"(?:[^.?!]{{0,100}}[.?!]\s+)?{_PROMO_VERB}\b(?=.{{0,250}}\b{_PROMO_NOUN}\b).{{0,300}}",
        max_chars=320,
        keywords=(
            *_PITCH_KEYWORDS,
            "podcast",
            "the app",
            "our app",
            "magazine",
            "youtube",
            "nieuwsbrief",
            "boletín",
            "boletim",
            "infolettre",
        ),
        min_chars=20,
    ),
    Rule(
        "pitch-then-call",
        Kind.PROMO,
        NOT_REPORTED + rf".{{0,250}}\b{_PROMO_NOUN}\b.{{0,200}}[.!,]\s*{_PROMO_CALL}\s*[.!]?",
        max_chars=400,
        keywords=_PITCH_KEYWORDS,
        min_chars=30,
    ),
    Rule(
        "newsletter-small-print",
        Kind.PROMO,
        NOT_REPORTED
        + r".{0,120}\b(?:(?:you can |you may )?unsubscribe (?:at any time|anytime)|no spam)\b.{0,250}",
        max_chars=400,
        keywords=("subscri", "no spam"),
        min_chars=15,
    ),
    Rule(
        "reach-reporter",
        Kind.PROMO,
        r"(?:reach|follow|contact)\s+(?:the\s+)?(?:reporters?|writers?|authors?|columnists?)\s+(?:on|at|via)\b.{0,200}",
        max_chars=240,
    ),
    Rule(
        "follow-us",
        Kind.PROMO,
        r"(?:follow|like|find|join|connect with|watch)\s+(?:us|me|him|her|them|our|@\w+|\w+(?: \w+)? on)\b"
        r".{0,40}\b(?:on\s+)?(?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky"
        r"|mastodon|social media|x|whatsapp|telegram|signal|line)\b.{0,100}",
        max_chars=180,
    ),
    Rule(
        "subscribe-pitch",
        Kind.PROMO,
        r"(?:subscribe|donate|become a (?:member|subscriber|supporter|patron)"
        r"|support (?:us|our (?:work|journalism|newsroom)|independent journalism|quality journalism"
        r"|local journalism|local news))\b" + NOT_REPORTED + r".{0,160}",
        max_chars=180,
    ),
    Rule(
        "paywall-notice",
        Kind.PROMO,
        r"(?:(?:this|the) (?:content|article|story|page) is (?:only )?(?:available )?(?:for|to)"
        r" (?:paying )?(?:subscribers|members)(?: only)?"
        r"|already (?:a subscriber|subscribed|a member)\??(?: (?:log|sign) ?in)?"
        r"|you(?:'ve| have) (?:reached|read|used) (?:your|all of your|\d+ of \d+) free (?:articles|stories)"
        r"|jetzt weiterlesen mit (?:abo|plus|\w+\+)|dieser (?:artikel|beitrag) ist (?:nur )?für abonnenten"
        r"|bereits abonnent(?:in)?\??|(?:(?:cet|ce) )?(?:article|contenu) (?:est )?réservé aux abonnés|déjà abonné(?:e)? ?\?"
        r"|contenido (?:exclusivo )?para suscriptores|¿ya eres suscriptor\??"
        r"|conteúdo (?:exclusivo )?para assinantes|já é assinante\??"
        r"|contenuto riservato agli abbonati|sei già abbonato\??"
        r"|dit artikel is (?:alleen )?(?:beschikbaar )?voor abonnees|al abonnee\??)"
        r"[.!]?(?: .{0,80})?",
        max_chars=160,
        keywords=(
            "subscri",
            "member",
            "free articles",
            "free stories",
            "abo",
            "abonn",
            "suscript",
            "assinant",
            "abbonat",
        ),
    ),
    Rule(
        "click-here",
        Kind.PROMO,
        NOT_REPORTED
        + r".{0,120}\b(?:(?:click|clicking|tap|tapping) (?:on )?(?:here|to (?:tweet|subscribe|share"
        r"|read|watch|see|view)|the (?:image|photo|picture|banner)s? (?:above|below|to))"
        r"|clique (?:aqui|na (?:imagem|foto)|no banner|e (?:veja|saiba|confira))"
        r"|(?:haga|haz) clic (?:aquí|aqui)|cliquez ici)\b.{0,160}",
        max_chars=280,
        keywords=("click", "tap ", "clique", "clic "),
        min_chars=15,
    ),
    Rule(
        "click-to-tweet",
        Kind.PROMO,
        r".{5,400}\bclick to tweet",
        max_chars=420,
        keywords=("click",),
        min_chars=30,
    ),
    Rule(
        "more-like-this",
        Kind.PROMO,
        r"(?:want|like|love|enjoy(?:ed)?|looking for) (?:more|reading) (?:stories|news|articles|content|posts|reads)"
        r"(?: like this)?\??.{0,80}",
        max_chars=100,
    ),
    Rule(
        "tip-line",
        Kind.PROMO,
        r"(?:have|got|do you have) (?:a|any) (?:news |confidential |story |)?(?:tip|tips|problem|question|story)"
        r"(?: for us| for [\w' ]{1,30})?\?.{0,250}",
        max_chars=300,
    ),
    Rule(
        "more-articles",
        Kind.PROMO,
        r"(?:for more (?:articles|stories|news|coverage|updates)|we pay for (?:your )?(?:stories|videos|pictures|photos))\b.{0,200}",
        max_chars=240,
    ),
    Rule(
        "reader-revenue",
        Kind.PROMO,
        r".{0,400}\b(?:make a (?:contribution|donation)|support (?:our|independent|quality|local) journalism"
        r"|small favou?r to ask|chip in|donate now|contribute now|help keep (?:our|this)\b"
        r"|keep (?:our|this) journalism (?:free|open)|become a (?:member|supporter|subscriber) today).{0,1200}",
        max_chars=1600,
        keywords=("journalism", "contribution", "donat", "to ask", "help keep", "become a"),
        min_chars=40,
    ),
    Rule(
        "app-pitch",
        Kind.PROMO,
        r"(?:get|download|install) (?:the|our) .{0,30}\bapps?\b.{0,100}",
        max_chars=140,
    ),
    Rule(
        "print-edition-note",
        Kind.BOILERPLATE,
        r"(?:a version of this (?:article|story) (?:appears|appeared) in print|this (?:article|story) "
        r"(?:appears|appeared) in (?:the )?(?:print|[\w ]{1,30} edition)).{0,300}",
        max_chars=400,
    ),
    Rule(
        "capitals-teaser",
        Kind.PROMO,
        r"(?:[\p{Lu}\d'’‘\"“”$%&\-]+[\s,:]+){7,}[\p{Lu}\d'’‘\"“”$%&\-]+",
        max_chars=160,
        case_sensitive=True,
    ),
    Rule(
        "list-header",
        Kind.PROMO,
        r"(?:more|most)\s+(?:from|on|in|about|stories|news|videos|headlines|articles|great|top"
        r"|popular|read|viewed|watched|shared|recent|commented|like this)\b[^.!?]{0,40}",
        max_chars=50,
    ),
    Rule(
        "ad-label",
        Kind.PROMO,
        r"(?:advertisement|advertising|sponsored|ad|paid (?:content|post|partner))"
        r"(?:\s*[-:|]\s*(?:scroll|continue|story|article).{0,40})?",
        max_chars=60,
    ),
)

PHRASES = (
    phrases(
        # A subscriber's account links, beside the subscription offer.
        "subscription-account",
        Kind.PROMO,
        "manage your subscription",
        "manage subscription",
        "my subscription",
        "abo verwalten",
        "mein abo",
        "gérez votre abonnement",
        "gérer mon abonnement",
        "mon abonnement",
        "gestiona tu suscripción",
        "mi suscripción",
        "gerencie sua assinatura",
        "minha assinatura",
        "gestisci il tuo abbonamento",
        "il mio abbonamento",
        "beheer je abonnement",
        "mijn abonnement",
    ),
    phrases(
        "promo-label-languages",
        Kind.PROMO,
        "weiterlesen",
        "mehr lesen",
        "jetzt lesen",
        "artikel lesen",
        "lire la suite",
        "lire plus",
        "leer más",
        "seguir leyendo",
        "continue lendo",
        "ler mais",
        "continua a leggere",
        "leggi di più",
        "lees meer",
        "lees verder",
        "meer lezen",
        "verder lezen",
        "werbung",
        "pubblicità",
        "advertentie",
        "newsletter abonnieren",
        "jetzt abonnieren",
        "abonnieren",
        "s'abonner",
        "abonnez-vous",
        "je m'abonne",
        "suscríbete",
        "suscribirse",
        "assine",
        "assine já",
        "abbonati",
        "abbonarsi",
        "abonneren",
        "word abonnee",
    ),
    phrases(
        # An embedded post's link to the network it was posted on.
        "embed-link",
        Kind.PROMO,
        "view this post on instagram",
        "view on instagram",
        "view this post on x",
        "read more on x",
        "read more on twitter",
        "see more on instagram",
        "watch on youtube",
        "lire la suite sur x",
        "voir cette publication sur instagram",
        "auf x weiterlesen",
        "weiterlesen auf x",
        "diesen beitrag auf instagram ansehen",
        "ver esta publicación en instagram",
        "leer más en x",
        "ver essa foto no instagram",
        "visualizza questo post su instagram",
        "bekijk dit bericht op instagram",
    ),
    phrases(
        "promo-label",
        Kind.PROMO,
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "paid content",
        "paid post",
        "promoted",
        "promoted content",
        "ad feedback",
        "story continues below",
        "story continues below advertisement",
        "article continues below",
        "article continues below advertisement",
        "continue reading",
        "continue reading below",
        "continue reading the main story",
        "read more",
        "read more below",
        "read full article",
        "read full story",
        "read the full story",
        "read the full article",
        "keep reading",
        "subscribe",
        "subscribe now",
        "subscribe today",
        "sign up",
        "sign up now",
        "newsletter",
        "newsletters",
        "get the app",
        "download the app",
        "support us",
        "donate",
        "scroll to continue with content",
        "read later",
        "save for later",
        "sponsor message",
        "supported by",
        "presented by",
        "paid for by",
        "partner content",
        "publicidade",
        "publicidad",
        "anzeige",
        "publicité",
        "реклама",
        "광고",
    ),
    phrases("list-header-phrase", Kind.PROMO, *LIST_HEADERS),
)
