"""The structural hints a Block may carry (``Block.hints``), in one place.

Plain text gives one hint, :data:`AFTER_BLANK`; HTML gives the rest, plus the names of a
block's landmark ancestors (``nav``, ``footer``, ``figure``, ``h1`` ...).
"""

from __future__ import annotations

#: The block follows a blank line (or opens the text), or, from HTML, starts a paragraph:
#: scrapers put blank lines between article paragraphs and single line breaks inside menus,
#: galleries and button rows.
AFTER_BLANK = "after-blank"
#: Inside ``<figcaption>`` or an element whose class names a caption.
CAPTION = "caption"
#: Inside an element whose class names a photo credit.
CREDIT = "credit"
#: Most of the block's text is link text.
LINK_DENSE = "link-dense"
#: The page's ``<title>``, put before the page's blocks the way a page's visible text opens
#: with it (the header reads it to recognise the headline).
PAGE_TITLE = "page-title"
#: The block holds the text of a ``<time>`` element that states a date or a time of day (not
#: a duration, ``datetime="PT4M12S"``).
TIME = "time"
#: Inside a heading below the page's headline (``h2`` to ``h6``).
HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
