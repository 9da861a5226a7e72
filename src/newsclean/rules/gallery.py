"""Gallery and video chrome: slide counters, caption toggles, player messages."""

from __future__ import annotations

from ..model import Kind
from .base import Rule, phrases

#: The rule of a player's time and duration ("Listen · 4:12", a bare "4:12"), which
#: ``context.liveblog`` gives back to a live blog's entry times.
PLAYER_CONTROLS = "player-controls"

RULES = (
    Rule(
        "slide-counter",
        Kind.GALLERY,
        r"(?:(?:image|photo|picture|slide|foto|bild|imagen|imagem)s?\s*)?\d+\s*(?:of|/|de|von|sur|из)\s*/?\s*\d*",
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
        PLAYER_CONTROLS,
        Kind.GALLERY,
        r"(?:listen|watch|play|audio|video)\s*[·•|-]?\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?|\d{1,2}:\d{2}(?::\d{2})?",
        max_chars=30,
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
