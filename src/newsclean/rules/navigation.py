"""Navigation: menus, breadcrumbs, tag lists, previous/next links, "skip to content".

Runs of short link-like lines (a menu scraped as text) are found in context by the labeller
(``newsclean.context``); this table holds what a single line says on its own.
"""

from __future__ import annotations

from ..model import Kind
from .base import Rule, phrases

#: A footer's link to a site page ("Privacy Policy", "Terms of Use", "Contact us").
_FOOTER_LINK = (
    r"(?:privacy(?: policy| notice| statement)?|terms(?: of (?:use|service))?|terms & conditions"
    r"|terms and conditions|cookie policy|dmca|accessibility|sitemap|site map|contact(?: us)?"
    r"|about(?: us)?|advertise(?: with us)?|careers|help|faq|ad choices|adchoices|imprint|impressum)"
)

#: How long a story takes to read, in minutes ("5 min read", "Lesezeit: 4 Minuten", "3 min de
#: lecture", "Tempo di lettura: 3 minuti"): a line of the post's meta, beside its date.
_MINUTES = (
    r"\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?"
    r"(?:min(?:ute)?s?|minuten|minutos|minuti|minut|minuty|minuter|minutter)\.?"
)
_READING_LABEL = (
    r"(?:(?:est(?:imated)?\.?\s)?reading time|read time|lesezeit|lesedauer|temps de lecture"
    r"|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|leesduur|doba čtení"
    r"|czas czytania|lästid|læsetid)"
)
_READING = (
    r"(?:read|reading|lesezeit|de lecture|de lectura|de leitura|di lettura|leestijd|leesduur"
    r"|čtení|czytania|läsning|læsning)"
)

#: What sets a menu's items apart on one line ("Politique ▪ Société ▪ Économie", "Terms ·
#: Privacy · Twitter"), written with a space on each side: "col·lecció" is one Catalan word.
_ITEM_SEPARATORS = "▪•·◦‣●"
#: A menu's item: a few words with no separator in them (the first may carry the menu's own
#: label, "Les rubriques du Monde.fr International").
_MENU_ITEM = rf"[^\s{_ITEM_SEPARATORS}]+(?: [^\s{_ITEM_SEPARATORS}]+){{0,9}}"

RULES = (
    Rule(
        "breadcrumb",
        Kind.NAVIGATION,
        r"[^\s>»›][^>»›.!?]{0,30}(?:\s+[>»›]\s+[^>»›.!?]{1,40}){1,6}",
        max_chars=150,
        keywords=(">", "»", "›"),
    ),
    Rule(
        "tag-list",
        Kind.NAVIGATION,
        r"(?:tags?|topics?|categor(?:y|ies)|filed under|related tags|related topics|keywords"
        r"|sections?|etiquetas|tópicos|temas|schlagwörter|themen|mots-clés|sujets|темы|теги|태그)"
        r"\s*:.{0,400}",
        max_chars=420,
    ),
    Rule(
        "previous-next",
        Kind.NAVIGATION,
        r"[-–«‹<\s]*(?:next|previous|prev|older|newer)\s+(?:[\w']+\s+){0,3}"
        r"(?:posts?|articles?|story|stories|news|entry|entries|page|item)\s*[-–»›>]*"
        r"(?:\s*[-–«‹<]*\s*(?:next|previous|prev|older|newer)\s+(?:[\w']+\s+){0,3}"
        r"(?:posts?|articles?|story|stories|news|entry|entries|page|item)\s*[-–»›>]*)?",
        max_chars=80,
    ),
    Rule(
        "keyword-list",
        Kind.NAVIGATION,
        # The lookahead (four commas somewhere) fails fast on ordinary sentences; a byline whose
        # writer's job holds commas ("By Jane Doe, Senior Technologist, Speech, Privacy, and
        # Technology Project") is no keyword list.
        r"(?!(?:by|von|par|por|door) )(?=(?:[^,]*,){4})[^\s,.!?:;]+(?: [^\s,.!?:;]+){0,3}(?:, [^\s,.!?:;]+(?: [^\s,.!?:;]+){0,3}){4,}",
        max_chars=1000,
    ),
    Rule(
        # Five items or more set apart by bullets or middle dots: a menu or a rail of topics
        # scraped onto one line, however long its items ("Mac: Der bessere PC • Kaufberatung:
        # Alle Macs im Vergleich • ..."); a sentence sets items apart with commas.
        "bullet-menu",
        Kind.NAVIGATION,
        rf"{_MENU_ITEM}(?:\s[{_ITEM_SEPARATORS}]\s{_MENU_ITEM}){{4,}}\s?[{_ITEM_SEPARATORS}]?",
        max_chars=1000,
        keywords=tuple(_ITEM_SEPARATORS),
    ),
    Rule(
        "footer-links",
        Kind.NAVIGATION,
        rf"(?:{_FOOTER_LINK}\s*[|/•·,]?\s*){{2,}}",
        max_chars=200,
        guarded=True,  # the regex audit allows its repeat with a reason, not a proof
        head=_FOOTER_LINK,
    ),
    Rule(
        "post-meta",
        Kind.NAVIGATION,
        r"(?:posted|filed|published) (?:in|under)\s+[^.!?|]{1,80}(?:\s*\|\s*[^|]{1,40}){1,4}",
        max_chars=160,
    ),
    Rule(
        "reading-time",
        Kind.NAVIGATION,
        rf"(?:{_READING_LABEL}\s?:?\s?{_MINUTES}|{_MINUTES}\s?{_READING})",
        max_chars=40,
        keywords=("min",),
    ),
    Rule(
        "skip-link",
        Kind.NAVIGATION,
        r"(?:skip|jump|go|back|return) to (?:the )?(?:main |primary )?(?:content|navigation|menu|top|"
        r"search|footer|home ?page|homepage|article|comments)",
        max_chars=50,
    ),
)

PHRASES = (
    phrases(
        "tag-header",
        Kind.NAVIGATION,
        "topics",
        "tags",
        "related topics",
        "related tags",
        "filed under",
        "categories",
        "more on this story",
        "more on this topic",
        "temas",
        "themen",
        "sujets",
        "tópicos",
        "etiquetas",
        "schlagwörter",
        "mehr zu",
        "mots-clés",
        "thèmes",
        "más sobre",
        "meer over",
        "onderwerpen",
        "argomenti",
        "теги",
        "темы",
    ),
    phrases(
        "menu-item",
        Kind.NAVIGATION,
        "home",
        "homepage",
        "menu",
        "main menu",
        "search",
        "sign in",
        "log in",
        "login",
        "log out",
        "logout",
        "register",
        "my account",
        "account",
        "sections",
        "all sections",
        "back to top",
        "top",
        "back",
        "go back",
        "skip to content",
        "skip to main content",
        "navigation",
        "toggle navigation",
        "open menu",
        "close menu",
        "more sections",
        "all",
        "all >",
        "view all",
        "see all",
        "show all",
        "load more",
        "next page",
        "previous page",
        "page 1",
        "voltar",
        "início",
        "inicio",
        "accueil",
        "startseite",
        "zurück",
        "главная",
        "назад",
        "홈",
        "뒤로가기",
        "목록",
        "인쇄하기",
        "edition",
        "choose edition",
        "select edition",
        "switch edition",
        "mobile version",
    ),
)
