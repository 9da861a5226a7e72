"""Context rules: labels that depend on a block's neighbours, not only on its own text.

``repeats`` (copies and card separators), ``cards`` (teaser cards), ``pull_quotes``, ``captions``
(captions beside credits and gallery controls), ``counters`` (bare counts), ``region``
(where the article is, and the settling that makes cleaning idempotent), ``header`` (title,
bylines, dek; in HTML the ``h1`` as the headline), ``lists`` (menus and lists of links),
``threads`` (comment threads), ``liveblog`` (a live blog's entry times and the first entry's
heading), ``tables`` (in HTML, data tables between the article's paragraphs kept), and the
others named in docs/architecture.md.
"""
