"""Bylines: every form is found and parsed into person names (authors, editors); organisations,
places and roles are dropped; sentences that open with "By" or a role word are no bylines."""

from __future__ import annotations

import datetime as dt

import pytest

import newsclean
from newsclean import Kind
from newsclean.byline import is_name_line, match_byline, parse_byline, split_names
from newsclean.rules import match_block
from support import CLOSE, LEAD, MIDDLE, STORY, TITLE, assert_kept_in_story, paragraphs

#: Byline lines and the authors and editors they name.
BYLINES = [
    ("By Jane Doe", ["Jane Doe"], []),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
    ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], []),
    # The serial comma, initials written together, lower-case particles, double names.
    ("By Jane Doe, Sarah Chen, and Thomas Reid", ["Jane Doe", "Sarah Chen", "Thomas Reid"], []),
    (
        "Par Claire Dubois, Marc Giraud, et Thomas Lambert",
        ["Claire Dubois", "Marc Giraud", "Thomas Lambert"],
        [],
    ),
    ("By Jane Doe, CNN and John Smith, CNN", ["Jane Doe", "John Smith"], []),
    ("By J.R. Smith", ["J.R. Smith"], []),
    ("Par J.-P. Martin", ["J.-P. Martin"], []),
    ("By E.J. Dionne Jr.", ["E.J. Dionne Jr."], []),
    ("By Ahmed al-Masri", ["Ahmed al-Masri"], []),
    ("By Jane Doe and Ahmed al-Masri", ["Jane Doe", "Ahmed al-Masri"], []),
    ("By Mary Ann O'Neil-Smith", ["Mary Ann O'Neil-Smith"], []),
    # A wire service with the writer; credits of two words before the "by".
    ("Par Thomas Lambert avec AFP", ["Thomas Lambert"], []),
    ("By Jane Doe with Reuters", ["Jane Doe"], []),
    ("Von Anna Schmidt mit dpa", ["Anna Schmidt"], []),
    ("Propos recueillis par Élodie Marchand", ["Élodie Marchand"], []),
    ("A cura di Marco Bianchi", ["Marco Bianchi"], []),
    ("By Jane Doe, Associated Press", ["Jane Doe"], []),
    ("By Olivia Marsh and Daniel Ruiz, Associated Press", ["Olivia Marsh", "Daniel Ruiz"], []),
    ("By Jane Doe | Fox News", ["Jane Doe"], []),
    ("By Jane Doe, CNN", ["Jane Doe"], []),
    ("By Jane Doe, USA TODAY", ["Jane Doe"], []),
    ("By Mary K. Jones", ["Mary K. Jones"], []),
    ("By Martin Luther Jr.", ["Martin Luther Jr."], []),
    ("by Ana Price", ["Ana Price"], []),
    ("Analysis by Chris Doyle, Herald Editor-at-large", ["Chris Doyle"], []),
    ("November 20, 2019 Emiliano Bellini", ["Emiliano Bellini"], []),
    ("Nov 19, 2019 10:31 pm CST Jane Roe and John Doe", ["Jane Roe", "John Doe"], []),
    ("Opinion by Jane Doe", ["Jane Doe"], []),
    ("Reporting by Jane Doe in Moscow; Editing by Ann Poe", ["Jane Doe"], ["Ann Poe"]),
    (
        "Reporting by Alistair Penrose; Additional reporting by Maya Okafor; Editing by David Holloway",
        ["Alistair Penrose", "Maya Okafor"],
        ["David Holloway"],
    ),
    (
        (
            "Reporting by Andrea Shalal in Washington and David Lawder in New York; Editing by Chizu "
            "Nomiyama and Leslie Adler"
        ),
        ["Andrea Shalal", "David Lawder"],
        ["Chizu Nomiyama", "Leslie Adler"],
    ),
    ("(Reporting by Andrea Shalal; Editing by Leslie Adler)", ["Andrea Shalal"], ["Leslie Adler"]),
    ("Writing by Steve Gutterman, Editing by Gareth Jones", ["Steve Gutterman"], ["Gareth Jones"]),
    ("Writing by Steve Gutterman; editing by Gareth Jones", ["Steve Gutterman"], ["Gareth Jones"]),
    (
        "Reporting by Liam Crowe and Sonia Patel; Editing by Greg Townsend and Helen Ashby",
        ["Liam Crowe", "Sonia Patel"],
        ["Greg Townsend", "Helen Ashby"],
    ),
    # Names then the date, set apart by a separator, or by nothing when the date opens with its
    # weekday (as a byline and a dateline run together in a page's text).
    ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ["Chris Davies"], []),
    ("Eilidh Munro and Callum Reid Sun 21 Jan 2024 06.30 GMT", ["Eilidh Munro", "Callum Reid"], []),
    ("Jane Roe Mon 18 Nov 2019 14.02 GMT", ["Jane Roe"], []),
    # Particles inside a name, a place after it, in several languages.
    ("Von Ursula von der Leyen", ["Ursula von der Leyen"], []),
    ("Von Anna von Berg und Jan Roe", ["Anna von Berg", "Jan Roe"], []),
    ("Di Marco di Stefano", ["Marco di Stefano"], []),
    ("Por Maria de la Cruz", ["Maria de la Cruz"], []),
    ("Por João Silva, de São Paulo", ["João Silva"], []),
    ("By Jane Doe in London", ["Jane Doe"], []),
    # "An article by", in several languages.
    ("An article by Jane Doe", ["Jane Doe"], []),
    ("Ein Artikel von Anna Berger", ["Anna Berger"], []),
    ("Ein Beitrag von Jan Roe", ["Jan Roe"], []),
]

#: All-caps bylines: names keep the case they are written in (fixtures/README.md, "byline").
CAPS_BYLINES = [
    ("By DANA KESSLER Associated Press", ["DANA KESSLER"]),
    ("By JOE MALLORY FOR MAILONLINE", ["JOE MALLORY"]),
    ("By JANE DOE and JOHN ROE, Associated Press", ["JANE DOE", "JOHN ROE"]),
]

AUTHOR_NOTES = [
    ("Jane Doe is a staff writer at The Herald.", "Jane Doe"),
    ("Mark Chen is a senior reporter covering transport for the Daily Gazette.", "Mark Chen"),
    ("Aditi Rao is a Guardian columnist.", "Aditi Rao"),
    # The role written in title case, as author boxes print it.
    ("Louise Park is a Staff Writer at The Ledger covering security.", "Louise Park"),
    ("Tom Ives (@tomives) is a Contributing Editor at the Courier.", "Tom Ives"),
    # Surname particles in lower case.
    ("Mark di Stefano is a breaking news reporter based in Sydney.", "Mark di Stefano"),
    ("Ana van der Berg is a correspondent in Brussels.", "Ana van der Berg"),
    # The job first, then the name and what the writer does.
    ("Award-winning journalist Jane Doe writes a weekly column on water.", "Jane Doe"),
    ("Veteran reporter Mark Chen covers transport for the Daily Gazette.", "Mark Chen"),
]

NOT_BYLINES = [
    "A report by the committee found that rents rose by a third in five years.",
    "The columnist Jane Doe writes that the council has been wrong about the tram for years.",
    "“By the end of the year, we will have hired 300 people,” she said.",
    "By the end of the year, the plant will close.",
    "By Tuesday, the water had receded from most streets.",
    "By Friday afternoon, crews had contained the fire.",
    "By Christmas, most of the stores on the street will have closed.",
    "By comparison, sales rose 3% last year.",
    "Written by hand, the letter ran to four pages.",
    "Produced by Pixar, the film opened to strong reviews on Friday.",
    "Reporting by the Associated Press found that 12 states had cut funding.",
    "Research by Mary Smith of the university found that rents rose by a third.",
    "Analysis by Tom Roe at the bank showed that the deal would cost more.",
    "Edited by his daughter, the memoir was published in 2019.",
    "Arsenal fans queued outside the stadium on Sun 21 Jan 2024 before dawn.",
    "Jane Roe Sun",
    "By U.S. standards, the plant is small.",
]


@pytest.mark.parametrize(("line", "authors", "editors"), BYLINES)
def test_byline_is_found_and_parsed(line, authors, editors):
    found = match_byline(line)
    assert found is not None
    assert found.text == line
    assert parse_byline(found.text, found.form) == (authors, editors)


@pytest.mark.parametrize(("line", "authors"), CAPS_BYLINES)
def test_all_caps_byline_is_found_and_names_keep_their_case(line, authors):
    found = match_byline(line)
    assert found is not None
    assert parse_byline(found.text, found.form) == (authors, [])


@pytest.mark.parametrize(("line", "author"), AUTHOR_NOTES)
def test_author_note_is_found_and_parsed(line, author):
    found = match_byline(line)
    assert found is not None
    assert parse_byline(found.text, found.form) == ([author], [])


@pytest.mark.parametrize("sentence", NOT_BYLINES)
def test_sentence_opening_with_by_or_a_role_is_no_byline(sentence):
    assert match_byline(sentence) is None


@pytest.mark.parametrize("sentence", NOT_BYLINES)
def test_sentence_opening_with_by_or_a_role_is_kept(sentence):
    article = assert_kept_in_story(sentence)
    assert article.byline is None


def test_byline_naming_only_an_organisation_gives_no_authors():
    # fixtures/README.md: "By Island News 8 Staff" gives a byline with empty lists.
    article = newsclean.clean("\n\n".join([TITLE, "By Island News 8 Staff", *STORY]))
    assert paragraphs(article) == list(STORY)
    assert article.byline == newsclean.Byline(text="By Island News 8 Staff")


def test_split_names_drops_organisations_and_places():
    assert split_names("Jane Doe and John Roe, Associated Press") == ["Jane Doe", "John Roe"]
    assert split_names("Andrea Shalal in Washington") == ["Andrea Shalal"]


def test_name_line():
    assert is_name_line("Tom Davies Associated Press")
    assert is_name_line("Lisa Korhonen and Trevor Blaine")
    assert not is_name_line("Police Reports")
    assert not is_name_line("The three finalists are:")
    assert not is_name_line("Our Standards: The Herald Trust Principles.")


# --- in context -------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "authors", "editors"), [case[:3] for case in BYLINES[:8]])
def test_byline_under_the_title_is_removed_and_parsed(line, authors, editors):
    article = newsclean.clean("\n\n".join([TITLE, line, *STORY]))
    assert article.title == TITLE
    assert paragraphs(article) == list(STORY)
    assert [(r.kind, r.text) for r in article.removed] == [(Kind.BYLINE, line)]
    assert article.byline == newsclean.Byline(
        text=line, authors=tuple(authors), editors=tuple(editors)
    )


def test_credit_line_at_the_foot_gives_authors_and_editors():
    line = "Writing by Steve Gutterman, Editing by Gareth Jones"
    article = newsclean.clean("\n\n".join([TITLE, *STORY, line]))
    assert paragraphs(article) == list(STORY)
    assert article.byline == newsclean.Byline(
        text=line, authors=("Steve Gutterman",), editors=("Gareth Jones",)
    )


def test_author_note_at_the_foot_is_a_byline():
    note = "Jane Doe is a staff writer at The Herald."
    article = newsclean.clean("\n\n".join([TITLE, *STORY, note]))
    assert paragraphs(article) == list(STORY)
    assert article.byline.authors == ("Jane Doe",)
    assert [(r.kind, r.text) for r in article.removed] == [(Kind.BYLINE, note)]


def test_author_note_ends_the_article_before_the_pages_tail():
    # What follows a writer's note is the page's: a role line, a video card, the site's own
    # "about" paragraph; none of it is the story.
    note = "Jane Doe (@janedoe) is a contributor at The Herald and the host of Morning Brief."
    tail = [
        "Contributor",
        "Featured Video",
        (
            "The Herald is where the city reads its news. It is the essential source of "
            "information and ideas for a region in constant change."
        ),
    ]
    article = newsclean.clean("\n\n".join([TITLE, *STORY, note, *tail]))
    assert paragraphs(article) == list(STORY)
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    assert article.removed[0] == newsclean.Removal(Kind.BYLINE, note, "byline-author-note")
    removed_lines = "\n".join(r.text for r in article.removed[1:]).split("\n")
    assert removed_lines == tail


#: An author box under a story: the writer's name, follow buttons, and a biography longer
#: than an author note, naming the writer of the story's byline.
AUTHOR_BOX = [
    "Jane Doe",
    "Follow Us",
    "twitter",
    (
        "Award-winning journalist Jane Doe has reported on the city's transport for the Herald"
        " since 2009. Before that she covered the courts and the harbour for the Evening Post,"
        " and spent two years as a correspondent in Lisbon. She is the author of two books on"
        " the history of the city's trams, including \u201cRails Under the Old Port,\u201d which"
        " won the regional history prize in 2016, and she teaches reporting at the university."
    ),
]


def test_the_biography_of_the_storys_writer_under_it_goes_with_the_byline():
    article = newsclean.clean("\n\n".join([TITLE, "By Jane Doe", *STORY, *AUTHOR_BOX]))
    assert len(AUTHOR_BOX[-1]) > 400  # longer than an author note may be
    assert paragraphs(article) == list(STORY)
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    assert AUTHOR_BOX[-1] in article.byline.text


@pytest.mark.parametrize(
    "note",
    [
        "Jane Doe covers city government for the Herald. Reach her at jdoe@example.com.",
        "Jane Doe reports on transport and the harbour. Follow her on Twitter @janedoe.",
    ],
)
def test_a_note_on_the_writer_s_beat_under_the_story_goes_with_the_byline(note):
    """No job named ("writer", "reporter"), but what the story's own writer covers."""
    article = newsclean.clean("\n\n".join([TITLE, "By Jane Doe", *STORY, note]))
    assert paragraphs(article) == list(STORY)
    assert article.byline is not None and note in article.byline.text


def test_a_closing_paragraph_on_what_another_person_covers_stays():
    closing = "Mark Chen covers the cost of the extension for the city, the council said."
    article = newsclean.clean("\n\n".join([TITLE, "By Jane Doe", *STORY, closing]))
    assert paragraphs(article) == [*STORY, closing]


def test_a_closing_paragraph_about_another_writer_stays():
    """Only the story's own writer's biography is one: a last paragraph about another
    journalist, as long, is the story's."""
    about_another = AUTHOR_BOX[-1].replace("Jane Doe", "Mark Chen").replace("she", "he")
    article = newsclean.clean("\n\n".join([TITLE, "By Jane Doe", *STORY, about_another]))
    assert paragraphs(article) == [*STORY, about_another]


@pytest.mark.parametrize("line", ["Redacción / EFE", "Redaktion mit dpa", "La rédaction avec AFP"])
def test_a_newsroom_with_a_wire_service_under_the_headline_signs_the_story(line):
    """Not a picture's credit: the headline above it stays the title, and the line is the
    byline, which names no person."""
    article = newsclean.clean("\n\n".join([TITLE, line, *STORY]))
    assert article.title == TITLE
    assert article.byline is not None and article.byline.text == line
    assert article.byline.authors == ()
    assert article.captions == ()
    assert paragraphs(article) == list(STORY)


def test_story_about_a_reporter_goes_on_after_the_note_like_sentence():
    # A sentence shaped like a note early in a story, with most of the story after it, is news.
    sentence = "Jane Doe is a staff writer at The Herald who covered the council for a decade."
    article = newsclean.clean(f"{TITLE}\n\n{LEAD}\n\n{sentence}\n\n{MIDDLE}\n\n{CLOSE}")
    assert paragraphs(article) == [LEAD, sentence, MIDDLE, CLOSE]
    assert article.byline is None


def test_bylines_of_teasers_below_the_article_are_not_its_authors():
    teasers = [
        "More stories",
        "Mayor opens the new harbour bridge",
        "The bridge took four years to build and cost twice the first estimate",
        "By Tom Roe",
        "Nov 19, 2019 Ann Poe",
        "Schools to stay open through the strike",
    ]
    article = newsclean.clean("\n\n".join([TITLE, "By Jane Doe", *STORY, *teasers]))
    assert paragraphs(article) == list(STORY)
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    teaser_bylines = [r.text for r in article.removed if r.rule == "teaser-byline"]
    assert len(teaser_bylines) == 1
    assert teaser_bylines[0].startswith("By Tom Roe\nNov 19, 2019 Ann Poe\n")


def test_a_byline_right_under_the_article_is_its_own():
    article = newsclean.clean("\n\n".join([TITLE, *STORY, "By Jane Doe"]))
    assert paragraphs(article) == list(STORY)
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)


def test_author_like_sentence_inside_the_body_is_kept():
    sentence = "Maria Lopez is a former reporter who now runs a bakery in Queens."
    article = assert_kept_in_story(sentence)
    assert article.byline is None


def test_bylines_at_top_and_foot_are_merged_in_order():
    top = "By Jane Doe"
    foot = "Additional reporting by John Roe; Editing by Ann Poe"
    article = newsclean.clean("\n\n".join([TITLE, top, *STORY, foot]))
    assert paragraphs(article) == list(STORY)
    assert article.byline == newsclean.Byline(
        text=f"{top}\n{foot}", authors=("Jane Doe", "John Roe"), editors=("Ann Poe",)
    )


def test_bare_name_line_above_a_timestamp_is_a_byline():
    header = "Tom Davies Associated Press\nPublished 6:12 PM EST Nov 19, 2019"
    article = newsclean.clean(f"{TITLE}\n\n{header}\n\n{LEAD}\n\n{MIDDLE}\n\n{CLOSE}")
    assert paragraphs(article) == list(STORY)
    assert article.byline.authors == ("Tom Davies",)


def test_a_chinese_credit_under_the_story_gives_its_author_and_editor():
    paragraphs_zh = [
        "宇航员在太空中喝酒会怎么样？后果很严重，专家在接受采访时表示，太空中的饮酒问题一直备受关注。",
        "国际空间站上禁止饮酒，但历史上曾有宇航员在月球上喝过酒，这件事至今仍被人们津津乐道。",
    ]
    text = "\n\n".join(
        ["宇航员在太空中喝酒会怎么样", *paragraphs_zh, "作者︱春春", "[责任编辑:肖春芳]"]
    )
    article = newsclean.clean(text)
    assert article.body.split("\n\n") == paragraphs_zh
    assert (article.byline.authors, article.byline.editors) == (("春春",), ("肖春芳",))


@pytest.mark.parametrize("age", ["před 2 hodinami", "2 godziny temu", "vor 3 Stunden"])
def test_bare_name_line_above_a_relative_age_is_a_byline(age):
    article = newsclean.clean(f"{TITLE}\n\nAleš Vávra\n{age}\n\n{LEAD}\n\n{MIDDLE}\n\n{CLOSE}")
    assert paragraphs(article) == list(STORY)
    assert article.byline.authors == ("Aleš Vávra",)


#: Bylines in other languages and run-in forms: the authors and editors they name.
MORE_BYLINES = [
    ("Von Anna Schmidt und Jan de Vries", ["Anna Schmidt", "Jan de Vries"], []),
    ("Von Lena Bauer, dpa", ["Lena Bauer"], []),
    ("Par Marie Dupont et Luc Martin", ["Marie Dupont", "Luc Martin"], []),
    ("Por Ana Lima y Pablo Ruiz", ["Ana Lima", "Pablo Ruiz"], []),
    ("Di Giulia Rossi", ["Giulia Rossi"], []),
    ("Door Piet Jansen", ["Piet Jansen"], []),
    ("Autor: Jana Novak", ["Jana Novak"], []),
    ("Texto: Ana Paula dos Santos", ["Ana Paula dos Santos"], []),
    ("Foto: Max Muster / Text: Anna Berg", ["Anna Berg"], []),
    ("Text: Anna Berg | Redaktion: Tim Vogel", ["Anna Berg"], ["Tim Vogel"]),
    ("Mike Conley December 18, 2020", ["Mike Conley"], []),
    ("Alex Perry 1 day ago", ["Alex Perry"], []),
    ("By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham", ["Erin Cunningham"], []),
    ("By Alissa Wilkinson @alissamarie Updated Jul 24, 2018, 2:15pm EDT", ["Alissa Wilkinson"], []),
    ("by Eleanor Ainge Roy (reporting) and Ari Malloch (photography)", ["Eleanor Ainge Roy"], []),
    ("作者︱春春", ["春春"], []),
    ("[责任编辑:肖春芳]", [], ["肖春芳"]),
    ("（记者 王小明 李华）", ["王小明", "李华"], []),
    ("文/王五 编辑：赵六", ["王五"], ["赵六"]),
    ("記者：山田太郎", ["山田太郎"], []),
    ("홍길동 기자 hong@yna.co.kr", ["홍길동"], []),
    ("김철수·이영희 기자", ["김철수", "이영희"], []),
]


@pytest.mark.parametrize(("line", "authors", "editors"), MORE_BYLINES)
def test_more_byline_forms_are_found_and_parsed(line, authors, editors):
    found = match_byline(line)
    assert found is not None
    assert parse_byline(line, found.form) == (authors, editors)


@pytest.mark.parametrize(
    "line",
    [
        "Von Berlin aus fuhr der Zug weiter nach Hamburg.",
        "Par ailleurs, la mairie a fermé deux écoles.",
        "Por la tarde, el gobierno anunció nuevas medidas.",
        "Di fronte al municipio si è radunata una folla.",
        "Door de regen werd de wedstrijd afgelast.",
        "Foto: Max Muster",
        "Opening Bell 11.18.19",
        "Smutty Social Media Wednesday, March 18, 2015",
        "Published Thursday 27 July 2017",
        "Text: Size",
        "记者在现场看到，救援工作仍在进行。",
        "编辑部",
        "出品︱网易科学人栏目组 胖胖",
        "王文 记者",
        "기자들이 현장에 도착했다.",
        "연합뉴스 기자",
    ],
)
def test_sentences_and_credits_in_other_languages_are_no_bylines(line):
    found = match_byline(line)
    assert found is None or not parse_byline(line, found.form)[0]


def test_by_alone_above_the_name_is_one_byline():
    text = "\n\n".join([TITLE, "By", "Jane Doe", "November 18, 2019", *STORY])
    article = newsclean.clean(text)
    assert article.byline.authors == ("Jane Doe",)
    assert paragraphs(article) == list(STORY)


def test_kicker_above_a_headline_is_no_byline_prefix():
    text = "\n\n".join(["Reportage", "A Katmandou, exode sous pression", *STORY])
    article = newsclean.clean(text)
    assert article.byline is None


def test_tags_in_capitals_near_the_date_are_no_names():
    text = "\n\n".join(
        [
            TITLE,
            "Consumer Privacy",
            "April 5, 2018",
            *STORY,
            "The new consumer rules protect privacy online, officials said.",
        ]
    )
    article = newsclean.clean(text)
    assert article.byline is None or "Consumer Privacy" not in article.byline.authors


def test_written_by_box_under_the_story_names_its_author():
    text = "\n\n".join([TITLE, *STORY, "Written on Mar 17 by", "Jane Doe"])
    assert newsclean.clean(text).byline.authors == ("Jane Doe",)


def test_by_alone_above_a_teasers_name_far_below_the_story_is_not_its_author():
    teasers = ["More from the Herald", "Council approves budget", "By", "Ann Lee"]
    tail = ["Weather", "Sports", "Opinion", "Contact us"]
    text = "\n\n".join([TITLE, "By Jane Doe", *STORY, *tail, *teasers])
    assert newsclean.clean(text).byline.authors == ("Jane Doe",)


def test_byline_whose_job_title_holds_commas_is_no_keyword_list():
    line = "By Dana Whitley, Senior Staff Technologist, Speech, Privacy, and Technology Project"
    assert match_block(line) is None
    assert parse_byline(line, match_byline(line).form) == (["Dana Whitley"], [])


def test_a_keyword_list_is_still_navigation():
    assert match_block("Politics, Elections, Congress, Senate, White House").kind is Kind.NAVIGATION


CAPITALS_STORY = (
    "The company said on Tuesday that the game will cost ten dollars when it launches on the "
    "phone next month.\n\nIt will be the first of several games the company plans for phones "
    "this year, analysts said.\n\nThe launch follows a long run of talks between the two firms "
    "over the terms, people familiar with the talks said."
)


def test_a_name_in_capitals_over_a_wire_service_and_a_date_is_the_byline():
    text = "Cargo ship breaks up over Siberia\n\nNATALIYA VASILYEVA\n\nAssociated Press "
    article = newsclean.clean(text + "December 2, 2016\n\n" + CAPITALS_STORY)
    assert article.byline is not None and article.byline.authors == ("NATALIYA VASILYEVA",)
    assert article.dateline is not None and str(article.dateline.published) == "2016-12-02"


def test_a_heading_in_capitals_alone_is_no_byline():
    article = newsclean.clean("Cargo ship breaks up\n\nWORLD NEWS\n\n" + CAPITALS_STORY)
    assert article.byline is None


def test_a_name_with_a_bullet_and_a_short_age_is_the_byline():
    article = newsclean.clean("Cargo ship breaks up\n\nJames Akinaka • 8h\n\n" + CAPITALS_STORY)
    assert article.byline is not None and article.byline.authors == ("James Akinaka",)


def test_a_wire_credit_line_ends_the_story_before_the_pages_about_paragraph():
    credit = "Reporting by Jane Doe; Editing by Ann Poe"
    about = "The Herald is the city's oldest newspaper, read by a million people every day."
    article = newsclean.clean("\n\n".join([TITLE, *STORY, credit, about]))
    assert paragraphs(article) == list(STORY)
    assert article.byline is not None and article.byline.editors == ("Ann Poe",)


def test_a_wire_credit_line_inside_the_story_leaves_the_rest_of_it():
    """A credit line with more of the story below it than a page's tail is no end."""
    credit = "Additional reporting by Maya Okafor"
    more = (
        "The council's transport committee will meet again in February to choose the firm that"
        " builds the new stops, and residents of the old port district will be asked where the"
        " two stations near the harbour should go, the committee's chair said on Tuesday."
    )
    article = newsclean.clean("\n\n".join([TITLE, *STORY, credit, more]))
    assert paragraphs(article) == [*STORY, more]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Dana Whitfield, Associated Press", "Dana Whitfield"),
        ("Anna Schmidt, dpa", "Anna Schmidt"),
        ("Dana Whitfield and Tom Lee, Reuters", "Dana Whitfield"),
    ],
)
def test_a_writer_and_a_wire_service_over_the_date_sign_the_story(line, author):
    """Not a photographer's credit: the headline above stays the title, no caption."""
    article = newsclean.clean("\n\n".join([TITLE, line, "Published: December 5, 2024", *STORY]))
    assert article.title == TITLE
    assert article.byline is not None and article.byline.authors[0] == author
    assert article.captions == ()
    assert paragraphs(article) == list(STORY)


def test_a_photographer_and_a_wire_service_under_a_caption_credit_the_picture():
    caption = "A tram waits at the harbour stop on Tuesday."
    text = "\n\n".join(
        [TITLE, "By Jane Doe", LEAD, f"{caption}\nMark Ellison, Reuters", *STORY[1:]]
    )
    article = newsclean.clean(text)
    assert article.captions == (caption, "Mark Ellison, Reuters")
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "line",
    [
        "Ein Kommentar von Anna Schmidt",
        "Eine Analyse von Anna Schmidt",
        "Kolumne von Anna Schmidt",
        "Un commento di Anna Schmidt",
    ],
)
def test_the_kind_of_piece_before_von_or_di_names_its_writer(line):
    article = newsclean.clean("\n\n".join([TITLE, line, "05.12.2024", *STORY]))
    assert article.byline is not None and article.byline.authors == ("Anna Schmidt",)
    assert paragraphs(article) == list(STORY)


@pytest.mark.parametrize(
    "job", ["Redakteurin Politik", "Korrespondent in Paris", "Giornalista", "Verslaggever"]
)
def test_a_writer_s_job_in_another_language_under_the_name_is_no_second_name(job):
    article = newsclean.clean("\n\n".join([TITLE, "Anna Schmidt", job, "05.12.2024", *STORY]))
    assert article.byline is not None and article.byline.authors == ("Anna Schmidt",)
    assert paragraphs(article) == list(STORY)


def test_a_name_glued_to_its_date_is_the_byline():
    """A scraper joined two elements with no space: "Dana WhitfieldDecember 5, 2024"."""
    article = newsclean.clean("\n\n".join([TITLE, "Dana WhitfieldDecember 5, 2024", *STORY]))
    assert article.byline is not None and article.byline.authors == ("Dana Whitfield",)
    assert paragraphs(article) == list(STORY)


CHINESE_STORY = [
    "北京市气象台30日下午发布暴雨橙色预警信号，预计当日夜间至31日白天，北京大部分地区将出现大暴雨。",
    "受强降雨影响，北京地铁部分车站出入口临时关闭。北京市防汛办提醒市民，尽量减少外出，远离河道。",
]


@pytest.mark.parametrize(
    "header",
    ["2024-07-30 18:25:36 来源：新华网 作者：李明", "2024年7月30日 18:25 来源：新华网 作者：李明"],
)
def test_a_chinese_header_line_of_time_source_and_author_is_the_byline_and_date(header):
    """The source names an organisation, so the author alone is the byline's name."""
    article = newsclean.clean("\n\n".join(["北京发布暴雨橙色预警", header, *CHINESE_STORY]))
    assert article.byline is not None and article.byline.authors == ("李明",)
    assert article.dateline is not None and article.dateline.published is not None
    assert article.dateline.published.date() == dt.date(2024, 7, 30)
    assert paragraphs(article) == CHINESE_STORY


def test_a_name_line_over_a_by_line_is_the_columns_label_not_an_author():
    """A column's name set over its writer's byline ("Deal Professor" / "By STEVEN DAVIDOFF
    SOLOMON JULY 29, 2016") is shaped like a name; the prefixed byline under it names the
    author, and the column's name goes as its label."""
    article = newsclean.clean(
        "\n".join((TITLE, "Harbour Master", "By ANN LEE JULY 29, 2016", *STORY))
    )
    assert article.byline is not None and article.byline.authors == ("ANN LEE",)
    removed = {removal.text: removal.rule for removal in article.removed}
    assert removed["Harbour Master"] == "column-label"
    assert paragraphs(article) == list(STORY)


def test_a_name_line_over_a_date_stays_the_author():
    article = newsclean.clean("\n".join((TITLE, "Ann Lee", "July 29, 2016", *STORY)))
    assert article.byline is not None and article.byline.authors == ("Ann Lee",)
