"""HTML in: a page's markup to the Blocks the labeller reads, plus the page's own metadata.

``decode`` turns bytes into text, ``parse`` builds a safe lxml tree, ``blocks`` walks the tree
into Blocks with structural hints, ``content`` finds the main content's span of Blocks, and
``metadata`` reads title, authors and dates from schema.org JSON-LD, ``meta`` tags and ``time``
elements; ``reader`` strings them together into a ``Page``, which it hands to the pipeline
(``newsclean.pipeline.clean_html``). Nothing here labels or assembles: the reader depends on the
model and the text segmenter only.
"""
