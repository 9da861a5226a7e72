"""Options: what each one changes in the Article, and the values it refuses."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import newsclean
from newsclean import Kind, Options, UserRule

STORY = (
    "MOSCOW (Reuters) - Russia hosted Syrian and Iranian delegations for talks on Monday in a "
    "renewed push for a peace conference.\n\n"
    "Syria's Deputy Foreign Minister leaves the ministry in Moscow, November 18, 2013. "
    "REUTERS/Grigory Dukor\n\n"
    "Share this article\n\n"
    "President Vladimir Putin met the Iranian delegation later in the day, officials said.\n\n"
    "Sign up for our daily newsletter\n"
)
CAPTION = (
    "Syria's Deputy Foreign Minister leaves the ministry in Moscow, November 18, 2013. "
    "REUTERS/Grigory Dukor"
)
FIRST = (
    "Russia hosted Syrian and Iranian delegations for talks on Monday in a renewed push for a "
    "peace conference."
)


def kinds(article: newsclean.Article) -> list[str]:
    return [removal.kind.value for removal in article.removed]


def test_defaults_remove_caption_dateline_share_and_promo() -> None:
    article = newsclean.clean(STORY)
    assert article.paragraphs[0] == FIRST
    assert CAPTION not in article.body
    assert article.captions == (CAPTION,)
    assert kinds(article) == ["dateline", "caption", "share", "promo"]


def test_keep_captions_leaves_them_in_place_and_still_lists_them() -> None:
    article = newsclean.clean(STORY, options=Options(keep_captions=True))
    assert article.paragraphs[:2] == (FIRST, CAPTION)
    assert article.captions == (CAPTION,)
    assert "caption" not in kinds(article)


def test_keep_dateline_leaves_the_prefix_on_its_paragraph_and_still_parses_it() -> None:
    article = newsclean.clean(STORY, options=Options(keep_dateline=True))
    assert article.paragraphs[0] == f"MOSCOW (Reuters) - {FIRST}"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.source) == ("MOSCOW", "Reuters")
    assert "dateline" not in kinds(article)


def test_kept_dateline_body_cleans_to_itself_with_the_same_options() -> None:
    options = Options(keep_dateline=True, keep_captions=True)
    body = newsclean.clean(STORY, options=options).body
    assert newsclean.clean(body, options=options).body == body


def test_disabled_family_keeps_its_blocks_out_of_the_rule_tables() -> None:
    article = newsclean.clean(STORY, options=Options(disabled_families=frozenset({"promo"})))
    assert "Sign up for our daily newsletter" not in [
        r.text for r in article.removed if r.kind is Kind.PROMO
    ]


def test_disabled_share_family_keeps_the_share_line_in_the_body() -> None:
    article = newsclean.clean(STORY, options=Options(disabled_families=frozenset({"share"})))
    assert "share" not in kinds(article)
    assert "Share this article" in article.paragraphs


def test_disabled_captions_family_keeps_captions_in_the_body() -> None:
    article = newsclean.clean(STORY, options=Options(disabled_families=frozenset({"captions"})))
    assert CAPTION in article.paragraphs
    assert article.captions == ()


def test_user_rule_is_tried_first_and_named_in_the_removal() -> None:
    rule = UserRule(r"president vladimir putin met.*", Kind.BOILERPLATE, name="my-rule")
    article = newsclean.clean(STORY, options=Options(user_rules=(rule,)))
    assert ("boilerplate", "my-rule") in [(r.kind.value, r.rule) for r in article.removed]
    assert "President Vladimir Putin" not in article.body


def test_case_sensitive_user_rule_needs_the_case() -> None:
    rule = UserRule(r"president vladimir putin met.*", Kind.PROMO, case_sensitive=True)
    article = newsclean.clean(STORY, options=Options(user_rules=(rule,)))
    assert "President Vladimir Putin" in article.body


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (None, dt.date(2019, 5, 11)),
        ("en", dt.date(2019, 5, 11)),
        ("en-US", dt.date(2019, 5, 11)),
        ("en-GB", dt.date(2019, 11, 5)),
        ("fr", dt.date(2019, 11, 5)),
        ("pt-BR", dt.date(2019, 11, 5)),
    ],
)
def test_language_sets_the_order_of_slashed_dates(language: str | None, expected: dt.date) -> None:
    text = "Published 05/11/2019\n\nThe council approved the budget on Tuesday after a long debate."
    article = newsclean.clean(text, options=Options(language=language))
    assert article.dateline is not None
    assert article.dateline.published == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            (
                "O conselho aprovou o orçamento na terça-feira, depois de um longo debate com os"
                " vereadores da oposição."
            ),
            dt.date(2019, 11, 5),
        ),
        (
            (
                "Der Rat hat den Haushalt am Dienstag nach einer langen Debatte mit der Opposition"
                " beschlossen."
            ),
            dt.date(2019, 11, 5),
        ),
        (
            "The council approved the budget on Tuesday after a long debate with the opposition.",
            dt.date(2019, 5, 11),
        ),
    ],
)
def test_without_a_hint_the_pages_language_sets_the_order(
    paragraph: str, expected: dt.date
) -> None:
    article = newsclean.clean(f"Publicado 05/11/2019\n\n{paragraph}")
    assert article.dateline is not None
    assert article.dateline.published == expected


def test_impossible_order_wins_over_the_language() -> None:
    text = "Published 11/25/2019\n\nThe council approved the budget on Tuesday after a long debate."
    article = newsclean.clean(text, options=Options(language="de"))
    assert article.dateline is not None
    assert article.dateline.published == dt.date(2019, 11, 25)


def test_options_apply_to_clean_html() -> None:
    page = (
        "<html><head><title>Talks in Moscow</title></head><body><article><h1>Talks in Moscow</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n") if p.strip())
        + "</article></body></html>"
    )
    default = newsclean.clean_html(page)
    kept = newsclean.clean_html(page, options=Options(keep_dateline=True))
    assert not default.body.startswith("MOSCOW")
    assert kept.body.startswith("MOSCOW (Reuters) - ")


@pytest.mark.parametrize(
    "make",
    [
        lambda: Options(disabled_families=frozenset({"sharing"})),
        lambda: Options(max_input_chars=-1),
        lambda: Options(language="english please"),
        lambda: Options(user_rules=("not a rule",)),  # type: ignore[arg-type]
        lambda: UserRule("(unclosed", Kind.PROMO),
        lambda: UserRule("x", Kind.BODY),
    ],
)
def test_bad_values_raise_value_error(make: object) -> None:
    with pytest.raises(ValueError):
        make()  # type: ignore[operator]


def test_options_are_frozen_and_hashable_defaults() -> None:
    options = Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.keep_captions = True  # type: ignore[misc]
    assert Options(disabled_families={"promo"}) == Options(disabled_families=frozenset({"promo"}))  # type: ignore[arg-type]


def test_every_family_name_can_be_disabled() -> None:
    article = newsclean.clean(STORY, options=Options(disabled_families=newsclean.RULE_FAMILIES))
    assert FIRST in article.body


def test_family_names_are_the_rule_modules_in_priority_order() -> None:
    # newsclean.families names the families for Options without importing the rules; the rule
    # tables' own modules must be those names, in the same order.
    from newsclean.families import FAMILY_NAMES
    from newsclean.rules import FAMILIES

    assert tuple(family.__name__.rsplit(".", 1)[-1] for family in FAMILIES) == FAMILY_NAMES
