"""The words the field readers share, in every supported language: months, weekdays, relative
ages, the word for "by", credit roles, name particles and connectors, wire services.

Internal. The byline, date and dateline readers all read these tables, so that a language is
added in one place. Languages: English, German, French, Spanish, Portuguese, Italian, Dutch,
and (for months and ages) Russian. Everything is lower case unless said otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def longest_first(words: Iterable[str], escape: Callable[[str], str] | None = None) -> str:
    """The words (each escaped first, when ``escape`` is given) as the body of a regular
    expression alternation, longest first, so that a longer word is tried before a word that
    begins it (words of one length keep their order).

    >>> longest_first(["sep", "september", "sept"])
    'september|sept|sep'
    """
    escaped = words if escape is None else map(escape, words)
    return "|".join(sorted(escaped, key=len, reverse=True))


#: Each month's names and abbreviations, January first, each opening with its English name
#: (Polish and Czech in the nominative and in the genitive a date writes: "5 grudnia 2024",
#: "5. prosince 2024").
_MONTH_NAMES = (
    (
        "january jan janeiro enero ene janvier janv januar jänner jän gennaio gen januari"
        " января январь янв stycznia styczeń ledna leden"
    ),
    (
        "february feb fevereiro fev febrero février fevrier févr fevr februar febbraio februari"
        " февраля февраль фев lutego luty února únor"
    ),
    (
        "march mar março marco marzo mars märz maerz mrz maart mrt марта март marca marzec března"
        " březen"
    ),
    "april apr abril abr avril avr aprile апреля апрель kwietnia kwiecień dubna duben",
    "may maio mai mayo maggio mag mei мая май maja maj května květen",
    "june jun junho junio juin juni giugno giu июня июнь czerwca czerwiec června červen",
    "july jul julho julio juillet juil juli luglio lug июля июль lipca lipiec července červenec",
    "august aug agosto ago août aout augustus августа август авг sierpnia sierpień srpna srpen",
    (
        "september sep sept setembro set septiembre setiembre septembre settembre sett"
        " сентября сентябрь сен września wrzesień září"
    ),
    (
        "october oct outubro out octubre octobre oktober okt ottobre ott октября октябрь окт"
        " października październik října říjen"
    ),
    "november nov novembro noviembre novembre ноября ноябрь listopada listopad listopadu",
    (
        "december dec dezembro dez diciembre dic décembre decembre déc dezember dicembre"
        " декабря декабрь дек grudnia grudzień prosince prosinec"
    ),
)
#: Month names and abbreviations to their number (abbreviations without their full stop).
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(_MONTH_NAMES, start=1):
    for _name in _names.split():
        MONTHS[_name] = _number
#: The English month names, January first.
ENGLISH_MONTHS = tuple(names.split()[0] for names in _MONTH_NAMES)
#: The English weekday names, Monday first.
ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Full weekday names (an abbreviation such as "Sun" may be a word of a name).
FULL_WEEKDAYS = frozenset(ENGLISH_WEEKDAYS) | frozenset(
    """montag dienstag mittwoch donnerstag freitag samstag sonntag
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()
)
#: Weekday names and abbreviations (English, German, French, Spanish, Portuguese, Italian,
#: Dutch), with the spellings written without accents.
WEEKDAYS = FULL_WEEKDAYS | frozenset(
    """mon tue tues wed thu thur thurs fri sat sun sonnabend lun mer jeu ven sam dim
    miercoles sabado segunda terça terca quarta quinta sexta feira
    lunedi martedi mercoledi giovedi venerdi""".split()
)
#: The one-character weekdays of Japanese and Korean dates, Monday first ("3/9(木)" is
#: Thursday 9 March; "3/9(목)" the same in Korean).
CJK_WEEKDAYS = "月火水木金土日" + "월화수목금토일"

#: Words for a day relative to today ("yesterday", "heute", "aujourd'hui", "ayer", "ontem",
#: "oggi", "gisteren"): the day before, and the day itself.
YESTERDAY_WORDS = frozenset("yesterday gestern hier ayer ontem ieri gisteren".split())
TODAY_WORDS = frozenset("today heute aujourd'hui hoy hoje oggi vandaag".split())
RELATIVE_DAYS = YESTERDAY_WORDS | TODAY_WORDS

#: Words that label a date ("Published", "Aktualisiert"): never a word of a person's name.
DATE_LABELS = frozenset(
    """published updated posted modified created publicado atualizado actualizado publié publiée
    modifié actualisé veröffentlicht aktualisiert geändert erstellt pubblicato aggiornato
    gepubliceerd bijgewerkt gewijzigd""".split()
)

#: Time units of a relative age ("3 hours ago", "vor 3 Stunden", "il y a 2 heures", "hace 2
#: horas", "há 2 horas", "2 ore fa", "3 uur geleden", "před 2 hodinami", "2 godziny temu"),
#: singular and plural (and, for Czech and Polish, the cases a number governs), by the unit's
#: length in seconds.
_DAY = 86400
_AGE_UNIT_WORDS = {
    1: """s sec secs second seconds sekunde sekunden seconde secondes segundo segundos secondi
    seconden секунд sekundou sekundami sekundę sekundy""",
    60: """m min mins minute minutes minuten minuto minutos minuut минут минуты minutou minutami
    minutę minuty""",
    3600: """h hr hrs hour hours stunde stunden std heure heures hora horas ora ore uur час часа
    часов hodinou hodinami godzinę godziny godzin""",
    _DAY: """d day days tag tagen tage jour jours día días dia dias giorno giorni dag dagen день
    дня дней dnem dny dzień dni""",
    7 * _DAY: """w wk wks week weeks woche wochen semaine semaines semana semanas settimana
    settimane weken týdnem týdny tydzień tygodnie tygodni""",
    30 * _DAY: """mo month months monat monaten mois mes meses mese mesi maand maanden měsícem
    měsíci miesiąc miesiące miesięcy""",
    365 * _DAY: """y yr yrs year years jahr jahren an ans année années año años ano anos anno
    anni jaar jaren rokem roky lety lata lat""",
}
AGE_UNIT_SECONDS = {
    word: seconds for seconds, words in _AGE_UNIT_WORDS.items() for word in words.split()
}
AGE_UNITS = list(AGE_UNIT_SECONDS)
#: Words written before the number of a relative age ("vor 3 Stunden") and after its unit
#: ("3 hours ago", "2 ore fa", "3 uur geleden", "3 дня назад", "před 2 hodinami", "2 dni temu").
AGE_BEFORE = ("vor", "il y a", "hace", "há", "ha", "fa", "před")
AGE_AFTER = ("ago", "fa", "geleden", "назад", "atrás", "temu")

#: The word that opens a byline: "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "От".
BY_WORDS = ("by", "von", "par", "por", "di", "door", "av", "af", "от")
#: Labels written with a colon before the author's name ("Autor: Jana Novak", "Texto: ...").
AUTHOR_LABELS = (
    "autor",
    "autorin",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "autora",
    "autores",
    "text",
    "texte",
    "texto",
    "testo",
    "tekst",
    "author",
    "authors",
    "words",
    "reportage",
    "redacción",
    "reportagem",
)
#: The words for a paper's newsroom, which signs a story with a wire service ("Redacción /
#: EFE", "Redaktion mit dpa", "La rédaction avec AFP").
NEWSROOM_WORDS = (
    "redacción",
    "redação",
    "redazione",
    "rédaction",
    "la rédaction",
    "redaktion",
    "redactie",
    "redakcja",
    "redakce",
    "newsroom",
    "staff",
)
#: The labels over the next article that a page runs on into ("Next article", "Up next"), as
#: whole lines (compared by ``newsclean.rules.phrase_key``).
NEXT_STORY_LABELS = frozenset(
    {
        "next article",
        "next story",
        "next",
        "read next",
        "up next",
        "next up",
        "read this next",
        "coming up next",
        "nächster artikel",
        "nächste geschichte",
        "weiter zum nächsten artikel",
        "article suivant",
        "à suivre",
        "siguiente artículo",
        "siguiente noticia",
        "próximo artigo",
        "próxima notícia",
        "articolo successivo",
        "prossimo articolo",
        "volgend artikel",
        "volgende artikel",
    }
)
#: Writers' jobs in the other languages read, as a byline's next line gives them ("Anna
#: Schmidt" / "Redakteurin Politik", "Claire Dubois, envoyée spéciale à Kiev"): no words of a
#: person's name.
WRITER_JOB_WORDS = frozenset(
    """redakteur redakteurin redakteure korrespondent korrespondentin reporterin journalistin
    autorin volontär volontärin journaliste rédacteur rédactrice correspondant correspondante
    envoyé envoyée chroniqueur chroniqueuse periodista corresponsal redactor redactora enviado
    enviada columnista jornalista repórter correspondente colunista giornalista inviato inviata
    corrispondente redattore redattrice verslaggever redacteur columnist""".split()
)
#: Contribution roles written before "by" ("Reporting by", "Edited by") or, in a credit, before
#: a colon ("Foto: ... / Text: ...").
ROLES = (
    "reporting reported writing written editing edited compiled produced research researched"
    " graphics graphic photography photos photo video fact-checking translated translation text"
    " story words interview interviews illustrations illustration design publicado escrito"
    " postado reportagem texto posted published analysis opinion commentary column essay review"
    " foto fotos bild bilder grafik redaktion mitarbeit recherche übersetzung"
    " texte propos traduction rédaction édité écrit publié"
    " testo traduzione redazione scritto pubblicato"
    " redacción entrevista traducción edición"
    " tekst redactie vertaling fotografie"
    " article articles artikel beitrag artículo artigo articolo"
    # What kind of piece the writer wrote ("Ein Kommentar von", "Une analyse de").
    " kommentar gastbeitrag analyse kolumne reportage tribune chronique éditorial entretien"
    " columna crónica análisis tribuna coluna crônica análise commento analisi editoriale"
    " rubrica commentaar"
).split() + [
    # Roles of two words: "Propos recueillis par" (an interview's), "A cura di".
    "propos recueillis",
    "a cura",
]
#: Roles that credit pictures, not words: "Photo by ..." names no author.
PICTURE_ROLES = (
    "photos photo photography video graphics graphic illustrations illustration design foto"
    " fotos bild bilder grafik fotografie kamera"
).split()
#: Roles of editors ("Edited by", "Redaktion:", "Edición:").
EDITOR_ROLES = (
    "editing edited editor editors edição edición édition édité redaktion bearbeitung redactie"
    " redazione"
).split()

#: Labels of Chinese and Japanese credits, written before the names with a colon, a bar or a
#: space ("作者：张三", "记者 李四", "文/王五", "[责任编辑:肖春芳]"): the writers', the editors'.
CJK_AUTHOR_LABELS = ("作者", "记者", "記者", "撰文", "执笔", "執筆", "笔者", "筆者", "文字", "文")
CJK_EDITOR_LABELS = ("责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "編集")
#: Korean writers' titles, written after the name ("홍길동 기자", "김철수 특파원").
KOREAN_WRITER_TITLES = ("선임기자", "기자", "특파원", "논설위원", "객원기자")
#: How the names of Korean news organisations end ("연합뉴스", "조선일보"): no person's name.
KOREAN_ORGANISATION_ENDINGS = ("뉴스", "일보", "신문", "방송", "통신", "경제")

#: Particles inside surnames, written in either case ("Abigail van Buren", "Ana dos Santos",
#: "Omar bin Laden", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    """de da do dos das del della delle dei di du des van von vom zu der den ter ten te
    op het 't bin ibn bint ben al el la le lo st st. mac""".split()
)
#: Words of the headings and labels pages print in capitals ("Key Points", "Top Stories",
#: "Mehr zum Thema", "Lire aussi"): a phrase made only of them is no person's name.
HEADING_WORDS = frozenset(
    """key points point highlights summary takeaways related more latest top stories story news
    topics topic tags tag comments comment share menu search home contact about follow subscribe
    newsletter sections section video videos photos gallery live updates update opinion analysis
    editor's picks trending popular recommended read also next previous advertisement sponsored
    privacy policy terms cookies settings login sign account page site navigation
    mehr thema themen lesen sie auch weitere artikel nachrichten meistgelesen empfohlen
    lire aussi plus articles actualités à la une sur le même sujet
    leia também mais notícias relacionadas lea más noticias
    leggi anche altri notizie correlati lees ook meer nieuws""".split()
)

#: A capitalised word of a person's name ("Jane", "O'Neil", "Smith-Jones", "J."): a fragment of
#: a ``regex`` pattern (``\p{Lu}`` is a capital in any cased script).
NAME_WORD = r"\p{Lu}[\p{L}.'’\-]+"
#: Surname particles written in lower case before a name word ("de", "van der"): a fragment.
_LOWER_PARTICLE = (
    "(?:" + longest_first(sorted(p for p in NAME_PARTICLES if p.isalpha()), re.escape) + ")"
)
#: A person's name of two to four such words, particles in lower case allowed before the last
#: ones ("Jane Doe", "Mary Ann de Souza", "Mark di Stefano", "Ursula von der Leyen"): a
#: fragment.
FULL_NAME = rf"{NAME_WORD}(?:\s+(?:{_LOWER_PARTICLE}\s+){{0,2}}{NAME_WORD}){{1,3}}"

#: Words that join the names of a list ("and" in each language).
NAME_CONNECTORS = frozenset({"and", "&", "und", "et", "y", "e", "ed", "en"})
#: Prepositions that put a place after a name ("Jane Doe in Brussels", "aus Berlin").
PLACE_PREPOSITIONS = ("in", "from", "em", "en", "aus", "à", "uit")

#: Articles of English, German, French, Spanish, Portuguese, Italian and Dutch: a person's name
#: never opens with one, a paper's often does ("Le Monde", "Die Zeit", "El País").
DETERMINERS = frozenset(
    """the a an der die das ein eine le la les un une el los las il lo gli uno una het een
    o os as um uma""".split()
)
#: Wire services and agencies that sign stories, by name as written (mixed case).
AGENCIES = (
    "AP",
    "AFP",
    "Reuters",
    "PTI",
    "IANS",
    "ANI",
    "UNI",
    "dpa",
    "DPA",
    "epd",
    "KNA",
    "APA",
    "SDA",
    "Keystone-SDA",
    "EFE",
    "ANSA",
    "Adnkronos",
    "Xinhua",
    "Lusa",
    "Kyodo",
    "Yonhap",
    "TASS",
    "RIA",
    "Interfax",
    "Bernama",
    "Antara",
    "NNA",
    "Europa Press",
    "Belga",
    "ANP",
    "Associated Press",
    "The Associated Press",
    "Agence France-Presse",
    "Press Trust of India",
    "Agência Brasil",
    "Agencia EFE",
    "Deutsche Presse-Agentur",
)
#: Outlets and further agencies that sign datelines beside :data:`AGENCIES` ("GAZA (CNN)",
#: "Nairobi (Anadolu)"): names short or common enough ("AA", "TT", "CP") that a line of one
#: alone is no byline, so only the dateline reader takes them.
DATELINE_SIGNERS = (
    "CNN BBC Bloomberg WAM SPA KUNA QNA AAP CP Notimex Telam Anadolu AA IRNA Ukrinform BTA CTK MTI"
    " PAP TT NTB STT Ritzau KAP Sputnik"
).split()
