"""The names of the rule families, as ``Options(disabled_families=...)`` takes them.

Data, low in the layers: :mod:`newsclean.options` validates ``disabled_families`` against these
names without importing :mod:`newsclean.rules`, which compiles one table per family and checks
(``tests/test_options.py``) that its family modules are the ones named here, in this order.
"""

from __future__ import annotations

#: The rule tables' families in priority order (one module each under ``newsclean.rules``):
#: when two rules match a block, the earlier family wins.
FAMILY_NAMES = ("layout", "share", "gallery", "comments", "consent", "legal", "promo", "navigation")

#: The name of the captions family (caption and credit lines, and the blocks their neighbours
#: show to be captions): not a rule table, but it can be disabled like one.
CAPTIONS_FAMILY = "captions"

#: The families ``disabled_families`` may name: the rule tables and the captions family.
RULE_FAMILIES = frozenset((*FAMILY_NAMES, CAPTIONS_FAMILY))
