"""Trial articles with the errors an editor meets there, each put in alone: on its line,
for its term, one error; the correct English has no finding.

International and court news: a title swapped for another title the segment already uses
("German President" beside "Ukrainian President"), a title losing its modifier ("the KPK
chairman" for ``Wakil Ketua KPK``), an organisation losing a word of its name
("International Energy Agency", a name the glossary knows, for the IAEA; "North Atlantic
Organization" for NATO, one it does not), a title given a deputy the source does not say
("NATO Deputy Secretary General" for ``Sekretaris Jenderal NATO``); the correct English,
where a name continues the glossary's term after "and" ("Public Works and Spatial
Planning Office"), has no finding.

Education and government news: a ministry's title made another ministry's by a word before
the alternative it ends in ("Higher Education Minister" for ``Menteri Pendidikan Dasar dan
Menengah``, whose alternative is "Education Minister"), a deputy's title losing its rank
("The KPK chairman" for ``Wakil Ketua KPK``, one entry), while a place an English title
adds ("the Japanese Prime Minister" for ``Perdana Menteri``) is the translator's detail.
"""

import pytest
from check_helpers import BODIES, check_with_error, default_check

from glossary.match import Matcher
from glossary.store import Entry

pytestmark = pytest.mark.usefixtures("implementation")

ENTRIES = [
    Entry("Presiden", "President", kind="title"),
    Entry("Presiden Ukraina", "Ukrainian President", kind="title"),
    Entry("Kanselir Jerman", "German Chancellor", kind="title"),
    Entry("Ukraina", "Ukraine", kind="place", alternatives=["Ukrainian"]),
    Entry("Jerman", "Germany", kind="place", alternatives=["German"]),
    Entry("Volodymyr Zelensky", "Volodymyr Zelensky", kind="person"),
    Entry("Berlin", "Berlin", kind="place"),
    Entry(
        "Komisi Pemberantasan Korupsi",
        "Corruption Eradication Commission",
        kind="organisation",
        variants=["KPK"],
        alternatives=["KPK"],
    ),
    Entry("Wakil Ketua", "deputy chairman", kind="title", alternatives=["vice chairman"]),
    Entry("Ketua", "chairman", kind="title", alternatives=["chair"]),
    Entry("tersangka", "suspect"),
    Entry(
        "Dinas Pekerjaan Umum",
        "Public Works Office",
        kind="organisation",
        alternatives=["Public Works Agency"],
    ),
    Entry(
        "Badan Energi Atom Internasional",
        "International Atomic Energy Agency",
        kind="organisation",
        variants=["IAEA"],
        alternatives=["IAEA"],
    ),
    Entry("lelang", "tender"),
    Entry("Sekretaris Jenderal", "Secretary General", kind="title"),
    Entry("Mark Rutte", "Mark Rutte", kind="person"),
    Entry("Badan Energi Internasional", "International Energy Agency", kind="organisation"),
    Entry(
        "Organisasi Pakta Pertahanan Atlantik Utara",
        "North Atlantic Treaty Organization",
        kind="organisation",
        variants=["NATO"],
        alternatives=["NATO"],
    ),
]

SOURCE = [
    "Presiden Ukraina Volodymyr Zelensky bertemu Kanselir Jerman di Berlin.",
    "Wakil Ketua KPK mengatakan tersangka menerima suap.",
    "Uang itu diberikan agar perusahaan memenangi lelang di Dinas Pekerjaan Umum dan"
    " Penataan Ruang.",
    "Badan Energi Atom Internasional (IAEA) memperingatkan risiko di sekitar reaktor.",
    "Organisasi Pakta Pertahanan Atlantik Utara (NATO) menambah anggaran.",
    "Sekretaris Jenderal NATO Mark Rutte bertemu Presiden Ukraina.",
    "Wakil Sekretaris Jenderal PBB juga hadir.",
]
RIGHT = [
    "Ukrainian President Volodymyr Zelensky met the German Chancellor in Berlin.",
    "The KPK deputy chairman said the suspect received bribes.",
    "The money was given so that the company would win a tender at the Public Works and"
    " Spatial Planning Office.",
    "The International Atomic Energy Agency (IAEA) warned of risks around the reactors.",
    "The North Atlantic Treaty Organization (NATO) increased its budget.",
    "NATO Secretary General Mark Rutte met the Ukrainian President.",
    "The UN Deputy Secretary General also attended.",
]
ERRORS = {
    1: ("the German Chancellor", "the German President", "Kanselir Jerman"),
    2: ("The KPK deputy chairman", "The KPK chairman", "Wakil Ketua"),
    4: (
        "International Atomic Energy Agency",
        "International Energy Agency",
        "Badan Energi Atom Internasional",
    ),
    5: (
        "North Atlantic Treaty Organization",
        "North Atlantic Organization",
        "Organisasi Pakta Pertahanan Atlantik Utara",
    ),
    6: ("NATO Secretary General", "NATO Deputy Secretary General", "Sekretaris Jenderal"),
}


NATIONAL_ENTRIES = [
    Entry(
        "Wakil Ketua KPK",
        "KPK deputy chairman",
        kind="title",
        alternatives=["deputy chairman of the KPK"],
    ),
    Entry("Ketua KPK", "KPK chairman", kind="title"),
    Entry("tersangka", "suspect"),
    Entry(
        "Menteri Pendidikan Dasar dan Menengah",
        "Minister of Primary and Secondary Education",
        kind="title",
        alternatives=["Primary and Secondary Education Minister", "Education Minister"],
    ),
    Entry(
        "Menteri Pendidikan Tinggi, Sains, dan Teknologi",
        "Minister of Higher Education, Science and Technology",
        kind="title",
        alternatives=["Higher Education Minister"],
    ),
    Entry("Perdana Menteri", "Prime Minister", kind="title"),
    Entry("Perdana Menteri Jepang", "Japanese Prime Minister", kind="title"),
    Entry("Jepang", "Japan", kind="place", alternatives=["Japanese"]),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("sistem zonasi", "zoning system"),
]

NATIONAL_SOURCE = [
    "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti akan mengevaluasi sistem zonasi.",
    "Perdana Menteri mengunjungi Jakarta pekan lalu.",
    "Ia menyebut Menteri Pendidikan Dasar dan Menengah sudah menerima laporan itu.",
    "Wakil Ketua KPK mengatakan tersangka menerima suap.",
]
NATIONAL_RIGHT = [
    "Primary and Secondary Education Minister Abdul Mu'ti will evaluate the zoning system.",
    "The Japanese Prime Minister visited Jakarta last week.",
    "He said the Education Minister had received the report.",
    "The KPK deputy chairman said the suspect received bribes.",
]
NATIONAL_ERRORS = {
    # a title of one entry whose rank the English drops is another title
    4: ("The KPK deputy chairman", "The KPK chairman", "Wakil Ketua KPK"),
    1: (
        "Primary and Secondary Education Minister",
        "Higher Education Minister",
        "Menteri Pendidikan Dasar dan Menengah",
    ),
    3: (
        "the Education Minister",
        "the Higher Education Minister",
        "Menteri Pendidikan Dasar dan Menengah",
    ),
}


# Economy and politics news: a title whose rendering holds an acronym is rendered with the
# acronym spelt out ("chairman of the Corruption Eradication Commission" for ``Ketua KPK``),
# which is no error; a rank the source does not say put inside the title's rendering ("BI
# Deputy Governor" for ``Gubernur BI``) and another body spelt out are.
SPELT_SOURCE = [
    "Gubernur BI mengatakan keputusan itu sejalan dengan upaya menjaga stabilitas rupiah.",
    "Ketua KPK mengatakan penyidik menyita uang tunai.",
    "Wakil Ketua DPRD DKI Jakarta meminta gubernur hadir.",
]
SPELT_RIGHT = [
    "The BI Governor said the decision was in line with efforts to keep the rupiah stable.",
    "The chairman of the Corruption Eradication Commission said investigators seized cash.",
    "The deputy speaker of the Jakarta Regional Legislative Council asked the governor to come.",
]
SPELT_ERRORS = {
    1: ("The BI Governor", "The BI Deputy Governor", "Gubernur BI"),
    2: ("Corruption Eradication Commission", "Regional Legislative Council", "Ketua KPK"),
}


# International news written freely: a country named by its capital where the source does
# not say the capital ("Moscow condemned the move"), a president as his visitor's "Egyptian
# counterpart"; a capital the source says is no rendering of its country ("in Tokyo" for
# ``di Tokyo`` leaves ``Jepang`` out when another country stands in its place).
FREE_ENTRIES = [
    Entry("Rusia", "Russia", kind="place", alternatives=["Russian"]),
    Entry("Mesir", "Egypt", kind="place", alternatives=["Egyptian"]),
    Entry("Presiden Mesir", "Egyptian President", kind="title"),
    Entry("Jerman", "Germany", kind="place", alternatives=["German"]),
    Entry("Ukraina", "Ukraine", kind="place", alternatives=["Ukrainian"]),
    Entry("Prancis", "France", kind="place", alternatives=["French"]),
    Entry("Jepang", "Japan", kind="place", alternatives=["Japanese"]),
    Entry("Tokyo", "Tokyo", kind="place"),
    Entry("Turki", "Turkey", kind="place", alternatives=["Turkish"]),
]
FREE_SOURCE = [
    "Rusia mengecam langkah tersebut.",
    "Macron bertemu dengan Presiden Mesir Abdel Fattah al-Sisi di Kairo.",
    "Jerman mengumumkan bantuan baru untuk Ukraina.",
    "Tim Prancis akan melawan Jepang di Tokyo pada April.",
]
FREE_RIGHT = [
    "Moscow condemned the move.",
    "Macron met his Egyptian counterpart Abdel Fattah al-Sisi in Cairo.",
    "Berlin announced new aid for Kyiv.",
    "France will play Japan in Tokyo in April.",
]
FREE_ERRORS = {
    1: ("Moscow", "Turkey", "Rusia"),
    2: ("Egyptian counterpart", "Turkish counterpart", "Presiden Mesir"),
    4: ("play Japan", "play Turkey", "Jepang"),
}


# Disaster news written freely: a country named by its capital where the glossary has it as
# an acronym (``AS``: "Washington backed"), a body described in lower case by words of its
# rendering ("the national disaster agency"; "the National Police" is another) or by its
# class noun before its head's title ("agency chief Suharyanto" for ``Kepala BNPB``).
DISASTER_ENTRIES = [
    Entry("AS", "US", kind="acronym", alternatives=["United States"]),
    Entry("Mesir", "Egypt", kind="place", alternatives=["Egyptian"]),
    Entry("Tokyo", "Tokyo", kind="place"),
    Entry("Washington", "Washington", kind="place"),
    Entry("badan", "agency"),
    Entry("bencana", "disaster"),
    Entry("nasional", "national"),
    Entry(
        "Badan Nasional Penanggulangan Bencana",
        "National Disaster Mitigation Agency",
        kind="organisation",
        alternatives=["BNPB"],
    ),
    Entry("BNPB", "National Disaster Mitigation Agency", kind="acronym", alternatives=["BNPB"]),
    Entry("Polri", "National Police", kind="organisation", alternatives=["police"]),
]
DISASTER_SOURCE = [
    "AS mendukung upaya mediasi Mesir.",
    "Badan Nasional Penanggulangan Bencana melaporkan sedikitnya 15 orang tewas.",
    "Kepala BNPB Suharyanto mengatakan tim SAR masih mencari korban.",
]
DISASTER_RIGHT = [
    "Washington backed Egypt's mediation efforts.",
    "At least 15 people were killed, the national disaster agency said.",
    "Rescuers were still searching for victims, agency chief Suharyanto said.",
]
DISASTER_ERRORS = {
    1: ("Washington", "Tokyo", "AS"),
    2: (
        "the national disaster agency",
        "the National Police",
        "Badan Nasional Penanggulangan Bencana",
    ),
    3: ("agency chief", "National Police chief", "BNPB"),
}


# Court news written freely: a title of a body the document already rendered, by the plural
# of its head ("Investigators" for ``Penyidik KPK`` after "The KPK").
COURT_ENTRIES = [
    Entry("KPK", "KPK", kind="acronym", alternatives=["Corruption Eradication Commission"]),
    Entry("penyidik KPK", "KPK investigator", kind="title"),
    Entry("penyidik", "investigator"),
    Entry("Polri", "National Police", kind="organisation", alternatives=["police"]),
]
COURT_SOURCE = [
    "KPK menetapkan seorang bupati sebagai tersangka kasus suap.",
    "Penyidik KPK juga menggeledah kantor bupati itu.",
]
COURT_RIGHT = [
    "The KPK named a regent a suspect in a bribery case.",
    "Investigators also searched the regent's office.",
]
COURT_ERRORS = {
    2: ("Investigators", "National Police investigators", "penyidik KPK"),
}


ARTICLES = {
    "world": (ENTRIES, SOURCE, RIGHT, ERRORS),
    "national": (NATIONAL_ENTRIES, NATIONAL_SOURCE, NATIONAL_RIGHT, NATIONAL_ERRORS),
    "spelt out": (BODIES, SPELT_SOURCE, SPELT_RIGHT, SPELT_ERRORS),
    "world, freely": (FREE_ENTRIES, FREE_SOURCE, FREE_RIGHT, FREE_ERRORS),
    "disaster, freely": (DISASTER_ENTRIES, DISASTER_SOURCE, DISASTER_RIGHT, DISASTER_ERRORS),
    "court, freely": (COURT_ENTRIES, COURT_SOURCE, COURT_RIGHT, COURT_ERRORS),
}


@pytest.mark.parametrize("article", sorted(ARTICLES))
def test_the_correct_english_has_no_finding(tmp_path, article):
    entries, source, right, _ = ARTICLES[article]
    assert default_check(tmp_path, Matcher(entries), source, right) == []


@pytest.mark.parametrize(
    "article, line", [(a, line) for a, (*_, errors) in sorted(ARTICLES.items()) for line in errors]
)
def test_each_error_alone_is_found_on_its_line_for_its_term(tmp_path, article, line):
    entries, source, right_lines, errors = ARTICLES[article]
    right, wrong, term = errors[line]
    findings = check_with_error(tmp_path, Matcher(entries), source, right_lines, line, right, wrong)
    assert [(f.line, f.term, f.severity) for f in findings] == [(line, term, "error")]


def test_a_title_by_its_head_needs_its_body_rendered_before(tmp_path):
    """After "The police", "Investigators" says nothing of the KPK."""
    source = ["Polri menetapkan seorang bupati sebagai tersangka.", COURT_SOURCE[1]]
    right = ["The police named a regent a suspect.", COURT_RIGHT[1]]
    findings = default_check(tmp_path, Matcher(COURT_ENTRIES), source, right)
    assert [(f.line, f.term) for f in findings] == [(2, "penyidik KPK")]
