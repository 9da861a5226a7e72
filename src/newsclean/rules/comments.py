"""Comment-section chrome: headers, counters, reply buttons, moderation notes."""

from __future__ import annotations

from ..model import Kind
from .base import Rule, phrases

RULES = (
    Rule(
        "comment-count",
        Kind.COMMENTS,
        r"\[?\s*(?:view|read|show|see|load)?\s*(?:all\s*)?\d*\s*(?:comments?|kommentare?|commentaires?"
        r"|comentarios?|comentários?|commenti|reacties|reactions?)\s*\(?\d*\)?\s*\]?"
        r"(?:\s*\(\+\))?",
        max_chars=40,
    ),
    Rule(
        "comment-call",
        Kind.COMMENTS,
        r"(?:\d+\s*)?(?:post|leave|add|write|submit|view|read|show|hide|load|see|join)\s+(?:a|your|all|the|more)?\s*"
        r"(?:\d+\s*)?(?:comments?|reply|replies|response|responses|discussion(?: thread)?|conversation)"
        r"(?:\s*\(\+\))?.{0,40}",
        max_chars=60,
    ),
    Rule(
        "comment-policy",
        Kind.COMMENTS,
        r".{0,80}\b(?:comments? (?:are|is|will be|may be) (?:now )?(?:closed|moderated|pre-moderated|reviewed"
        r"|subject to)|comment(?:ing)? (?:policy|guidelines|rules)|community (?:guidelines|standards)"
        r"|(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|reacties|commenti)\b.{0,120}"
        r"\b(?:moderat|moderad|moderiert|modérés?|gemodereerd|aprovad|approved by|spam)).{0,200}",
        max_chars=300,
        keywords=("comment", "coment", "kommentar", "community", "reacties"),
        min_chars=30,
    ),
    Rule(
        "comment-count-header",
        Kind.COMMENTS,
        r"\d+\s+(?:thoughts?|responses?|comments?|replies|reactions?)\s+(?:on|to)\s+.{2,200}",
        max_chars=240,
    ),
    Rule(
        "commenter-line",
        Kind.COMMENTS,
        # "Marcus T says:", "Milan Griffes on September 12, 2018 at 4:47 pm said:" (a past-tense
        # verb only with the comment's date: "The minister said:" introduces a quotation).
        r"[^.!?]{1,60}?(?:\s+on\s+[^.!?]*\d[^.!?]*?\s+(?:said|wrote|replied|commented)|\s+(?:says|writes)):",
        max_chars=120,
    ),
    Rule("comment-rating", Kind.COMMENTS, r"rating:?\s*-?\d+\s*votes?", max_chars=30),
    Rule(
        "comment-header",
        Kind.COMMENTS,
        r"(?:top|most|best|newest|oldest|latest)\s+(?:rated\s+)?comments",
        max_chars=40,
    ),
)

PHRASES = (
    phrases(
        "comment-control",
        Kind.COMMENTS,
        "comments",
        "comment",
        "reply",
        "replies",
        "report",
        "report abuse",
        "flag",
        "view all",
        "(view all)",
        "read all comments",
        "join the conversation",
        "join the discussion",
        "what do you think?",
        "leave a reply",
        "leave a comment",
        "add a comment",
        "post a comment",
        "comments are closed",
        "discussion",
        "conversation",
        "show comments",
        "hide comments",
        "load more comments",
        "newest first",
        "oldest first",
        "sort by",
        "upvote",
        "downvote",
        "likes",
        "log in to comment",
        "sign in to comment",
        "log in to leave a comment",
        "sign in to leave a comment",
        "you must be logged in to post a comment",
        "comment now",
        "post comment",
    ),
    phrases(
        "comment-control-languages",
        Kind.COMMENTS,
        "kommentare",
        "kommentieren",
        "kommentar schreiben",
        "kommentare anzeigen",
        "alle kommentare anzeigen",
        "melden sie sich an, um zu kommentieren",
        "zum kommentieren anmelden",
        "commentaires",
        "commenter",
        "réagir",
        "réagir à cet article",
        "voir les commentaires",
        "connectez-vous pour commenter",
        "comentarios",
        "comentar",
        "ver comentarios",
        "inicia sesión para comentar",
        "comentários",
        "ver comentários",
        "faça login para comentar",
        "commenti",
        "commenta",
        "accedi per commentare",
        "reacties",
        "reageer",
        "reageren",
        "log in om te reageren",
        # Each comment's buttons.
        "antworten",
        "melden",
        "kommentar melden",
        "répondre",
        "signaler",
        "signaler un abus",
        "responder",
        "denunciar",
        "reportar",
        "rispondi",
        "segnala",
        "beantwoorden",
        "reageer op dit bericht",
        "rapporteren",
    ),
)
