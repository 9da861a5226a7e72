"""Gallery and video chrome: slide counters, caption toggles, player messages."""

from __future__ import annotations

from ..model import Kind
from .base import Rule, phrases

#: What stands between a picture's number and the gallery's size ("3 of 12", "3/12", "3 von 12").
NUMBER_OF_TOTAL = r"(?:of|/|de|von|sur|из)"

RULES = (
    Rule(
        "slide-counter",
        Kind.GALLERY,
        r"(?:(?:image|photo|picture|slide|foto|bild|imagen|imagem)s?\s*)?\d+\s*"
        + NUMBER_OF_TOTAL
        + r"\s*/?\s*\d*",
        max_chars=30,
    ),
    Rule(
        "gallery-action",
        Kind.GALLERY,
        r"(?:view|see|open|launch|back to|return to|browse|start|enter|exit|close)\s+(?:the\s+)?"
        r"(?:full\s+|photo\s+|image\s+|picture\s+|video\s+)?(?:gallery|slideshow|slide show|photos|images|pictures)"
        r"(?:\s*\(\d+\s*(?:photos|images)?\))?",
        max_chars=60,
    ),
    Rule(
        "media-count",
        Kind.GALLERY,
        r"(?:(?:slideshow|gallery|photos|images|video)\s*\(\s*)?\d+\s*(?:photos|images|pictures|videos|fotos|bilder|imágenes|imagens)\)?",
        max_chars=40,
    ),
    Rule(
        "player-message",
        Kind.GALLERY,
        r"(?:media playback is (?:unsupported|not supported) on your device"
        r"|your browser does not support (?:the )?(?:video|audio|html5 video)(?: tag| element)?"
        r"|(?:this|the) video (?:is|has been) (?:unavailable|removed|no longer available)"
        r"|please enable javascript to (?:view|watch|play).*"
        r"|(?:now playing|up next|playing next|autoplay)(?::.*)?"
        r"|(?:watch|play|replay)(?: the)? (?:video|clip)(?:\s*\d+:\d+)?"
        r"|(?:video )?duration \d+:\d+)\.?",
        max_chars=120,
    ),
    Rule(
        "gallery-title",
        Kind.GALLERY,
        r"(?:photos|gallery|in pictures|pictures|slideshow|videos?)\s*:\s*[^.!?]{3,80}",
        max_chars=100,
    ),
    Rule(
        # ``context.liveblog`` gives a player's times back to a live blog's entry times.
        "player-controls",
        Kind.GALLERY,
        r"(?:listen|watch|play|audio|video)\s*[·•|-]?\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?|\d{1,2}:\d{2}(?::\d{2})?",
        max_chars=30,
    ),
    # A web video player's own interface, read as text (the labels of video.js and players like
    # it): its status line, its track menus, its caption-style dialog.
    Rule(
        "player-status",
        Kind.GALLERY,
        r"(?:video player is loading|stream type live|play next playlist item"
        r"|seek to live, currently playing live(?: live)?"
        r"|(?:current|remaining) time\s*-?\s*\d{1,2}:\d{2}(?::\d{2})?"
        r"|duration time\s*-?\s*\d{1,2}:\d{2}(?::\d{2})?"
        r"|(?:loaded|progress)\s*:\s*\d{1,3}(?:\.\d+)?\s*%)\.?",
        max_chars=60,
    ),
    Rule(
        "player-track-menu",
        Kind.GALLERY,
        r"(?:captions|subtitles|descriptions|captions and subtitles|chapters|audio track|default)"
        r"(?: off)?, selected|captions settings, opens captions settings dialog",
        max_chars=60,
    ),
    Rule(
        "player-dialog",
        Kind.GALLERY,
        r"(?:this is a modal window\.?(?:\s*this modal can be closed by pressing the escape key or"
        r" activating the close button\.?)?|beginning of dialog window\.\s*escape will cancel and"
        r" close the window\.?|end of dialog window\.?|close modal dialog"
        r"|reset\s+restore all settings to the default values\s+done|defaults\s+done)",
        max_chars=140,
    ),
    Rule(
        "caption-style-settings",
        Kind.GALLERY,
        r"(?:(?:text|foreground|background|window)\s*(?:---)?\s*)?(?:color\s+)?"
        r"(?:(?:white|black|red|green|blue|yellow|magenta|cyan)\s*){8}(?:---|transparency)?\s*"
        r"(?:(?:opaque|semi-opaque|semi-transparent|transparent)\s*)+"
        r"|(?:font size\s*)?(?:\d{2,3}%\s*){6,}"
        r"|(?:text edge style\s*)?none raised depressed uniform drop ?shadow",
        max_chars=160,
    ),
    Rule(
        "image-caption-label",
        Kind.GALLERY,
        r"(?:image|photo|video) (?:caption|copyright)",
        max_chars=20,
    ),
)

PHRASES = (
    phrases(
        "gallery-control",
        Kind.GALLERY,
        "caption",
        "close",
        "close (x)",
        "close x",
        "less",
        "more",
        "hide caption",
        "show caption",
        "toggle caption",
        "expand",
        "collapse",
        "enlarge",
        "enlarge this image",
        "enlarge image",
        "fullscreen",
        "full screen",
        "exit fullscreen",
        "previous",
        "next",
        "prev",
        "previous slide",
        "next slide",
        "previous image",
        "next image",
        "gallery",
        "photo gallery",
        "video",
        "videos",
        "photos",
        "play",
        "pause",
        "replay",
        "mute",
        "unmute",
        "play video",
        "watch video",
        "watch",
        "hide",
        "show",
        "zoom",
        "zoom in",
        "zoom out",
        "view image",
        "view larger",
        "view larger image",
        "open image",
        "image",
        "skip ad",
        "advertisement - scroll to continue",
        "swipe",
        "swipe for more",
        "tap to expand",
        "click to expand",
        "click to enlarge",
        "read caption",
        "show more",
        "show less",
        "see more",
        "see less",
        "read less",
        "expand caption",
        "image 1",
        "media playback is unsupported on your device",
        "video player",
        "watch now",
        "listen",
        "listen to this article",
        "listen to article",
        # The same audio control in other languages.
        "artikel anhören",
        "artikel vorlesen lassen",
        "vorlesen",
        "écouter cet article",
        "écouter l'article",
        "escuchar artículo",
        "escuchar este artículo",
        "ouça este artigo",
        "ouvir este artigo",
        "ascolta l'articolo",
        "ascolta articolo",
        "lees voor",
        "artikel voorlezen",
        "poslechnout článek",
        "posłuchaj artykułu",
        "audio",
        "podcast",
        "toggle more options",
        "more options",
        "download",
        "embed",
        "transcript",
        "hide caption",
        "show caption",
        "toggle caption",
        "enlarge this image",
        "image copyright",
        "image caption",
        "media caption",
        "photo caption",
        "copy this link",
    ),
)
