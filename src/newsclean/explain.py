"""Why each line went: a labelled draft as rows that ``newsclean explain`` prints.

Internal module (the public face is the ``newsclean explain`` command). Each block of the input
becomes one :class:`ExplainRow`: kept in the body, taken into a field of the Article (title,
byline, dateline), or removed, with the kind and the rule that decided it. Text is explained by
:func:`explain_text`, a page's HTML by :func:`explain_html`, with the steps of ``clean`` and
``clean_html``.

>>> text = "MOSCOW (Reuters) - Russia hosted talks on Monday in a push.\\n\\n0 : 0"
>>> for row in explain_text(text):
...     print(format_row(row))
  field     | dateline (dateline) | MOSCOW (Reuters) -
  kept      | Russia hosted talks on Monday in a push.
  removed   | share (counter-pair) | 0 : 0
"""

from __future__ import annotations

from dataclasses import dataclass

from .draft import Draft
from .labeling import label_document
from .model import Kind, Label
from .options import DEFAULT_OPTIONS, Options
from .pipeline import check_text, label_html
from .reconcile import outside_label
from .segment import segment_text

#: Kinds whose text goes into a field of the Article rather than being dropped.
FIELD_KINDS = frozenset({Kind.TITLE, Kind.BYLINE, Kind.DATELINE})

KEPT = "kept"
FIELD = "field"
REMOVED = "removed"

#: Width of the status column ("removed" and some room).
STATUS_WIDTH = 10

#: ANSI colours per status; removed rows are red in the status column and dim in the text.
_RESET = "\x1b[0m"
_STATUS_COLORS = {KEPT: "\x1b[32m", FIELD: "\x1b[33m", REMOVED: "\x1b[31m"}
_TEXT_COLORS = {KEPT: "\x1b[32m", FIELD: "\x1b[33m", REMOVED: "\x1b[2m"}


@dataclass(frozen=True, slots=True)
class ExplainRow:
    """One block of the input and what became of it.

    ``status`` is ``"kept"`` (body), ``"field"`` (title, byline or dateline) or ``"removed"``;
    ``kind`` and ``rule`` are empty for kept blocks.
    """

    status: str
    text: str
    kind: str = ""
    rule: str = ""


def explain_text(text: str, options: Options = DEFAULT_OPTIONS) -> list[ExplainRow]:
    """Segment and label ``text`` the way ``newsclean.clean`` does, and explain every block.

    Refuses what ``clean`` refuses (``TypeError``, ``InputTooLargeError``).
    """
    check_text(text, options)
    return explain_draft(label_document(segment_text(text), options))


def explain_html(
    html: str | bytes, url: str | None = None, options: Options = DEFAULT_OPTIONS
) -> list[ExplainRow]:
    """Run ``newsclean.clean_html``'s steps on a page and explain every block of it: the
    ``<title>``, the page's blocks before the article's span, the span's labelled blocks, then
    the blocks after it. Blocks outside the span are removed with the rule ``clean_html``
    records for them.

    Refuses what ``clean_html`` refuses (``TypeError``, ``InputTooLargeError``,
    ``UnparsableHtmlError``, ``HtmlLimitError``).

    >>> page = '''<title>Museum reopens - Daily Planet</title>
    ... <body><nav><a href="/">Home</a> <a href="/arts">Arts</a></nav>
    ... <article><h1>Museum reopens</h1>
    ... <p>PARIS -- The museum reopened on Monday after a long closure.</p>
    ... <p>Visitors queued from dawn to see the restored galleries.</p></article>
    ... <footer>Copyright 2019 Daily Planet</footer></body>'''
    >>> for row in explain_html(page):
    ...     print(format_row(row))
      field     | title (html-page-title) | Museum reopens - Daily Planet
      removed   | navigation (outside-main-content-navigation) | Home Arts
      field     | title (html-h1) | Museum reopens
      field     | dateline (dateline) | PARIS --
      kept      | The museum reopened on Monday after a long closure.
      kept      | Visitors queued from dawn to see the restored galleries.
      removed   | boilerplate (outside-main-content) | Copyright 2019 Daily Planet
    """
    labelled = label_html(html, url=url, options=options)
    rows = explain_draft(labelled.draft)
    # The <title> block, when the page has one, comes first in the draft (and in the page).
    head = rows[:1] if labelled.page_title else []
    return [
        *head,
        *(row_for(block.text, outside_label(block)) for block in labelled.before),
        *rows[len(head) :],
        *(row_for(block.text, outside_label(block)) for block in labelled.after),
    ]


def explain_draft(draft: Draft) -> list[ExplainRow]:
    """One row per block of a labelled draft, in document order."""
    return [
        row_for(block.text, _label_of(draft, index)) for index, block in enumerate(draft.blocks)
    ]


def _label_of(draft: Draft, index: int) -> Label | None:
    """The block's label; the title block counts as a title whatever else it was marked."""
    label = draft.label(index)
    if index == draft.title_index and (label is None or label.kind is not Kind.TITLE):
        return Label(Kind.TITLE, "title")
    return label


def row_for(text: str, label: Label | None) -> ExplainRow:
    """The row of one block with its label (``None`` or ``Kind.BODY`` means kept; a BODY label
    names the rule that gave the block back to the body, and the row shows it).

    >>> row_for("0 : 0", Label(Kind.SHARE, "counter-pair"))
    ExplainRow(status='removed', text='0 : 0', kind='share', rule='counter-pair')
    >>> row_for("The talks went on.", Label(Kind.BODY, "kept-by-main-text")).rule
    'kept-by-main-text'
    """
    if label is None:
        return ExplainRow(KEPT, text)
    if label.kind is Kind.BODY:
        return ExplainRow(KEPT, text, label.kind.value, label.rule)
    status = FIELD if label.kind in FIELD_KINDS else REMOVED
    return ExplainRow(status, text, label.kind.value, label.rule)


def format_row(row: ExplainRow, color: bool = False) -> str:
    """One printable line: ``  status    | kind (rule) | text``, in ANSI colour when asked.

    >>> format_row(ExplainRow("kept", "Hello there."))
    '  kept      | Hello there.'
    """
    status = row.status.ljust(STATUS_WIDTH)
    text = f"{row.kind} ({row.rule}) | {row.text}" if row.kind else row.text
    if color:
        status = f"{_STATUS_COLORS[row.status]}{status}{_RESET}"
        text = f"{_TEXT_COLORS[row.status]}{text}{_RESET}"
    return f"  {status}| {text}"
