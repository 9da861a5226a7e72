"""HTML in: a page's markup to the Blocks the labeller reads, plus the page's own metadata.

``decode`` turns bytes into text, ``parse`` builds a safe lxml tree, ``blocks`` walks the tree
into Blocks with structural hints, ``content`` finds the main content's span of Blocks, and
``metadata`` reads title, authors and dates from schema.org JSON-LD, ``meta`` tags and ``time``
elements. ``newsclean.pipeline.clean_html`` strings them together.
"""
