"""English suggestions: dictionary, parallel text, names, and online services (LibreTranslate)."""

import json
import os
import shutil
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_suggest_align import corpus_of, parallel_entry

from glossary import suggest
from glossary.cli import cli
from glossary.store import Entry, Glossary, load, save
from glossary.suggest import (
    BackendUnavailable,
    ParallelCorpus,
    Settings,
    Suggestion,
    align_term,
    dictionary,
    fill_entry,
    freedict,
    load_reverse_index,
    names,
    parse_dictd_entry,
)
from glossary.suggest.bitext import COOCCURRENCE_LINES
from glossary.suggest.expansions import stated_long_forms
from glossary.suggest.loanwords import english_as_written
from glossary.text import InputError

FREEDICT = Path("/usr/share/dictd/freedict-eng-ind.index")


@pytest.fixture(scope="module")
def dict_cache(tmp_path_factory):
    """One reversed dictionary for the dictionary tests (building it takes half a second)."""
    return tmp_path_factory.mktemp("dict-cache")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("GLOSSARY_CACHE_DIR", str(folder))
    return folder


def run_cli(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def best(suggestions):
    return suggestions[0].english if suggestions else None


# -- dictionary: the real Debian package ------------------------------------------


def test_dictionary_reads_freedict_in_reverse(dict_cache):
    terms = ["pemerintah", "sanksi", "Korea Utara", "Jepang", "sanksi-sanksi", "xyzzy"]
    found = dictionary([Entry(t) for t in terms], Settings(cache_dir=dict_cache))
    assert [best(f) for f in found] == [
        "government",
        "sanction",
        "North Korea",
        "Japan",  # a capitalised term prefers the proper noun over the adjective
        "sanction",  # reduplicated plural undone
        None,
    ]
    assert "Japanese" in [s.english for s in found[3]]
    assert found[0][0].source == "dictionary"
    assert found[0][0].confidence > found[4][0].confidence > 0  # exact key beats a variant
    assert "FreeDict" in found[0][0].evidence


def test_dictionary_ranks_the_common_sense_first_and_never_offends(dict_cache):
    negara, dewan, cina = dictionary(
        [Entry("negara"), Entry("dewan"), Entry("Cina")], Settings(cache_dir=dict_cache)
    )
    assert best(negara) == "country"
    assert {"nation", "state"} <= {s.english for s in negara}
    assert best(dewan) == "council"  # not "divan", whose only translation is dewan
    assert best(cina) == "China"
    assert "Chink" not in [s.english for s in cina]  # the sense marked offensive is dropped


def test_dictionary_weighs_how_common_the_english_word_is(dict_cache):
    """Read in reverse, the English sense number says little about the Indonesian word:
    ``kuartal`` is the first sense of "trimester" and the third of "quarter", which news
    English writes a hundred times as often."""
    (kuartal,) = dictionary([Entry("kuartal")], Settings(cache_dir=dict_cache))
    assert best(kuartal) == "quarter"


def test_dictionary_is_less_sure_of_a_translation_listed_far_down(dict_cache):
    """``unggulan`` (a seeded player) got "ace" at 0.55: the only headword, so all the
    share, though ``unggulan`` is the fourth of five translations FreeDict gives "ace"."""
    unggulan, tuduhan = dictionary(
        [Entry("unggulan"), Entry("tuduhan")], Settings(cache_dir=dict_cache)
    )
    assert best(unggulan) == "ace" and unggulan[0].confidence < 0.3
    assert best(tuduhan) == "allegation" and tuduhan[0].confidence >= 0.5


def test_dictionary_composes_noun_phrases_word_by_word_with_low_confidence(dict_cache):
    (found,) = dictionary([Entry("menteri luar negeri")], Settings(cache_dir=dict_cache))
    assert best(found) == "foreign minister"
    assert found[0].confidence <= 0.3
    assert "word by word" in found[0].evidence
    person, with_function_word = dictionary(
        [Entry("Menteri Pertahanan", kind="person"), Entry("negara yang maju")],
        Settings(cache_dir=dict_cache),
    )
    assert person == [] and with_function_word == []


def test_dictionary_keeps_words_joined_by_a_hyphen_in_their_order(dict_cache):
    """``Maret-September`` was composed head last, as a noun phrase: "September March"."""
    (months,) = dictionary([Entry("Maret-September")], Settings(cache_dir=dict_cache))
    assert best(months) == "March-September"


def test_parse_dictd_entry_numbered_senses():
    entry = (
        "bank //bæŋk// <n>\n1. bank 2.\ninstitution\n 3.\nbranch office\n"
        "2. gosong, bank\nan underwater area\n"
    )
    assert parse_dictd_entry(entry) == (
        "bank",
        "n",
        [(["bank"], "institution branch office"), (["gosong", "bank"], "an underwater area")],
    )


def test_parse_dictd_entry_wiki_links_and_optional_words(tmp_path):
    headword, pos, senses = parse_dictd_entry(
        "drive /d/ <v>\n[[kemudi|mengemudi(kan)]], mengendalikan\nto steer\n"
    )
    assert (headword, pos, senses[0][0]) == (
        "drive",
        "v",
        ["[[kemudi|mengemudi(kan)]]", "mengendalikan"],
    )
    assert freedict._expand_item(senses[0][0][0]) == ["mengemudi", "mengemudikan"]


def test_reversed_index_is_cached_by_size_and_mtime(tmp_path):
    folder = tmp_path / "dict"
    folder.mkdir()
    for suffix in (".index", ".dict.dz"):
        shutil.copy(FREEDICT.with_suffix(suffix), folder / FREEDICT.with_suffix(suffix).name)
    index = folder / FREEDICT.name
    cache = tmp_path / "cache"
    first = load_reverse_index(index, cache)
    (cached,) = cache.glob("freedict-reverse-*.json")
    cached.write_text(json.dumps({"tanda": [["mark", "n", 0, 0, 1, 0]]}))
    assert load_reverse_index(index, cache) == {"tanda": [["mark", "n", 0, 0, 1, 0]]}
    os.utime(index, ns=(0, 10**9))  # the dictionary changed: rebuilt, not read from the cache
    assert load_reverse_index(index, cache) == first


def test_missing_dictionary_names_the_debian_package(tmp_path, monkeypatch):
    monkeypatch.setattr(freedict, "DICT_PATH", tmp_path / "freedict-eng-ind.index")
    with pytest.raises(BackendUnavailable, match="apt-get install dict-freedict-eng-ind"):
        dictionary([Entry("sanksi")], Settings(cache_dir=tmp_path))
    with pytest.raises(InputError, match="nothing.index: no such dictionary file"):
        dictionary([Entry("sanksi")], Settings(dict_path=tmp_path / "nothing.index"))


def unprivileged(func):
    """``func()`` run where permissions apply: as root, in a forked child that becomes nobody.

    Returns what it returned, or the exception it raised, as text.
    """
    if os.geteuid() != 0:
        try:
            return repr(func())
        except Exception as err:
            return f"{type(err).__name__}: {err}"
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, run, send the outcome, leave without cleanup
        os.close(read)
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            outcome = repr(func())
        except BaseException as err:
            outcome = f"{type(err).__name__}: {err}"
        os.write(write, outcome.encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as pipe:
        outcome = pipe.read()
    os.waitpid(pid, 0)
    return outcome


def test_unreadable_dict_path_is_one_line_and_exit_2():
    """An unreadable --dict-path folder raised PermissionError from Path.is_file."""
    import encodings.utf_8_sig  # noqa: F401  (nobody cannot import it from root's Python later)
    import tempfile

    place = Path(tempfile.mkdtemp(prefix="glossary-test-"))
    try:
        place.chmod(0o777)
        folder = place / "dict"
        folder.mkdir()
        for source in FREEDICT.parent.glob("freedict-eng-ind.*"):
            shutil.copy(source, folder)
        folder.chmod(0)
        po = place / "g.po"
        save(Glossary(entries=[Entry("hujan")]), po)
        for written in (po, *place.glob(".g.po.lock")):
            written.chmod(0o666)

        def attempt():
            result = CliRunner().invoke(
                cli,
                ["suggest", "--backend", "dictionary", "--dict-path", str(folder)]
                + ["--glossary", str(po)],
                env={"GLOSSARY_CACHE_DIR": str(place / "cache")},
            )
            return result.exit_code, result.output, repr(result.exception)

        outcome = unprivileged(attempt)
        assert outcome.startswith("(2, "), outcome
        assert (
            "dict/freedict-eng-ind.index: cannot read the dictionary (Permission denied)" in outcome
        )
        assert "Traceback" not in outcome and "SystemExit(2)" in outcome
    finally:
        folder.chmod(0o755)
        shutil.rmtree(place)


def test_dict_path_accepts_the_folder(tmp_path, dict_cache):
    (found,) = dictionary(
        [Entry("hujan")], Settings(dict_path=FREEDICT.parent, cache_dir=dict_cache)
    )
    assert best(found) == "rain"


# -- parallel text --------------------------------------------------------------

ALIGNED = [
    (
        "Dewan Keamanan menjatuhkan sanksi baru kepada Korea Utara.",
        "The Security Council imposed new sanctions on North Korea.",
    ),
    ("Korea Utara menolak sanksi-sanksi itu.", "North Korea rejected the sanctions."),
    ("Sanksinya berat, kata Menteri Ahmad.", "The sanctions are heavy, said Minister Ahmad."),
    ("AS dan Korea Selatan berlatih bersama.", "The US and South Korea held joint drills."),
    (
        "Pejabat AS mengatakan sanksi akan diperketat.",
        "US officials said the sanctions would be tightened.",
    ),
    ("Harga beras naik di pasar.", "Rice prices rose at the market."),
    ("Harga beras turun lagi.", "Rice prices fell again."),
    ("Presiden AS tiba.", "The US President arrived."),
    ("Warga AS dievakuasi.", "US citizens were evacuated."),
    ("Pemerintah menjual as roda truk.", "The government sold truck axles."),
    ("Pertemuan di Jakarta berakhir.", "The meeting in Jakarta ended."),
    ("Ahmad tiba di Jakarta.", "Ahmad arrived in Jakarta."),
    ("Ia dirawat di RSUD Pasarrebo.", "He was treated at Pasarrebo General Hospital."),
    ("RSUD Pasarrebo penuh.", "Pasarrebo General Hospital is full."),
]


@pytest.fixture
def aligned(tmp_path):
    source, target = tmp_path / "news.id", tmp_path / "news.en"
    source.write_text("\n".join(s for s, _ in ALIGNED) + "\n", encoding="utf-8")
    target.write_text("\r\n".join(t for _, t in ALIGNED) + "\r\n", encoding="utf-8")
    return str(source), str(target)


def test_parallel_finds_the_english_with_its_count(aligned, cache_dir):
    entries = [
        Entry("sanksi"),
        Entry("Korea Utara"),
        Entry("harga beras"),
        Entry("AS"),
        Entry("RSUD Pasarrebo"),
    ]
    sanksi, korea, harga, amerika, hospital = suggest.parallel(
        entries, Settings(parallel=[aligned], cache_dir=cache_dir)
    )
    assert best(sanksi) == "sanctions"
    # sanksi, sanksi-sanksi, Sanksinya (sentence start, reduplication, clitic) all count.
    assert sanksi[0].evidence.startswith("4 of 4 aligned lines")
    assert best(korea) == "North Korea"
    assert best(harga) == "rice prices"
    assert best(amerika) == "US"  # the line with "as roda" (axle) is not a line of AS
    assert amerika[0].evidence.startswith("4 of 4")
    assert best(hospital) == "Pasarrebo General Hospital"  # the whole name, not a piece of it
    assert all(0 < s.confidence <= 1 and s.source == "parallel" for s in sanksi)


def test_parallel_does_not_align_names_copied_across(aligned):
    corpus = ParallelCorpus([aligned])
    (lines,) = corpus.occurrences([Entry("di")])
    # "Jakarta" stands in both languages outside the term: it is not the translation of "di".
    assert "Jakarta" not in [s.english for s in align_term(corpus, lines, ["di"])]


def test_parallel_needs_aligned_files(tmp_path, aligned):
    short = tmp_path / "short.en"
    short.write_text("one line\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"news.id: 14 lines but .*short.en has 1"):
        ParallelCorpus([(aligned[0], str(short))])
    with pytest.raises(InputError, match="needs --parallel"):
        suggest.parallel([Entry("sanksi")], Settings())


words_id = st.sampled_from("rumah jalan kota desa hari baru lama besar kecil tinggi".split())
words_en = st.sampled_from("house road city village day new old big small tall".split())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    fillers=st.lists(
        st.tuples(
            st.lists(words_id, min_size=2, max_size=6), st.lists(words_en, min_size=2, max_size=6)
        ),
        min_size=3,
        max_size=12,
    ),
    planted=st.integers(min_value=COOCCURRENCE_LINES, max_value=COOCCURRENCE_LINES + 4),
)
def test_parallel_planted_translation_is_never_beaten(tmp_path, fillers, planted):
    """A term translated by the same word every time it occurs (in enough lines for
    co-occurrence to count) is the best suggestion, however the other words fall;
    confidences stay within (0, 1]."""
    lines = [(" ".join(i), " ".join(e)) for i, e in fillers]
    lines += [(f"{' '.join(i)}, gempa", f"{' '.join(e)}; earthquake") for i, e in fillers[:planted]]
    source, target = tmp_path / "p.id", tmp_path / "p.en"
    source.write_text("\n".join(s for s, _ in lines), encoding="utf-8")
    target.write_text("\n".join(t for _, t in lines), encoding="utf-8")
    corpus = ParallelCorpus([(str(source), str(target))])
    (occurrences,) = corpus.occurrences([Entry("gempa")])
    found = align_term(corpus, occurrences, ["gempa"])
    assert found and all(0 < s.confidence <= 1 for s in found)
    top = max(s.confidence for s in found)
    assert "earthquake" in [s.english for s in found if s.confidence == top]


# -- names ------------------------------------------------------------------------


def test_names_turn_exonyms_back_to_english():
    entries = [
        Entry("Moskow", kind="place"),
        Entry("Tiongkok", kind="place"),
        Entry("Korut", kind="place"),
        Entry("Belanda", kind="place"),
        Entry("Jepang", kind="place"),
    ]
    found = names(entries, Settings())
    assert [best(f) for f in found] == ["Moscow", "China", "North Korea", "Netherlands", "Japan"]
    assert [s.english for s in found[1]] == ["China", "Chinese"]
    assert found[0][0].source == "names" and found[0][0].confidence > 0.9


def test_names_keep_people_and_foreign_names_but_not_indonesian_wording():
    person, organisation, place, indonesian = names(
        [
            Entry("Kim Jong-un", kind="person"),
            Entry("Human Rights Watch", kind="organisation"),
            Entry("Pyongyang", kind="place"),
            Entry("Kantor Berita Nasional Baru", kind="organisation"),
        ],
        Settings(),
    )
    assert best(person) == "Kim Jong-un"
    assert best(organisation) == "Human Rights Watch"
    assert best(place) == "Pyongyang"
    assert indonesian == []  # an organisation named in Indonesian is translated, not kept


def test_names_do_not_keep_a_word_of_a_longer_name_as_a_name():
    """The miner split ``Call of Duty`` at "of": ``Call`` and ``Duty`` alone are pieces of
    the game's name, not names to keep; a name standing alone (``Costner``) and a name whose
    example joins it to nothing are kept."""
    game = "Ini adalah lanjutan game Call of Duty: Black Ops dan laris."
    call, duty, actor, bank = names(
        [
            Entry("Call", kind="name", example=game),
            Entry("Duty", kind="name", example=game),
            Entry(
                "Costner", kind="name", example="Costner dan Whitney Houston bermain di film itu."
            ),
            Entry("Merrill", kind="name", example="Bank of America membeli Merrill Lynch."),
        ],
        Settings(),
    )
    assert call == [] and duty == []
    assert best(actor) == "Costner"
    assert best(bank) == "Merrill"


def test_names_joined_by_an_indonesian_word_are_joined_in_english():
    """``England dan Wales`` kept as written leaves "dan" (and) in Indonesian; a name with
    another Indonesian joiner or other Indonesian words is left to the other backends; "di"
    of an Italian name stays."""
    joined, pair, other, ministry, italian = names(
        [
            Entry("England dan Wales", kind="place"),
            Entry("Marks dan Spencer", kind="person"),
            Entry("Jalan ke Roma", kind="name"),
            Entry("Kementerian Energi dan Sumber Daya Mineral", kind="organisation"),
            Entry("Leonardo di Caprio", kind="person"),
        ],
        Settings(),
    )
    assert best(joined) == "England and Wales" and best(pair) == "Marks and Spencer"
    assert other == [] and ministry == []
    assert best(italian) == "Leonardo di Caprio"


def test_names_do_not_keep_a_name_with_a_word_english_names_otherwise():
    """``Muslimah Prancis`` kept as written would leave Prancis (France) in Indonesian; a
    name of one word the table knows is its English (``Prancis``: France), and a name
    whose words English writes as they are is kept (``Kyoto Protocol Watch``)."""
    mixed, country, kept = names(
        [
            Entry("Muslimah Prancis", kind="name"),
            Entry("Prancis", kind="place"),
            Entry("Kyoto Protocol Watch", kind="organisation"),
        ],
        Settings(),
    )
    assert mixed == []
    assert best(country) == "France"
    assert best(kept) == "Kyoto Protocol Watch"


def test_names_do_not_keep_a_name_holding_an_acronym_english_translates():
    """``DKI`` is Daerah Khusus Ibukota, Indonesian common words: ``Bank DKI`` kept as
    written would read as Indonesian ("DKI Bank", "Jakarta's bank"), as would a name holding
    an acronym whose stated expansion is so (``Studio APBX Jakarta``); an acronym English keeps
    leaves the name kept (``Bank BBC``, BBC without an Indonesian expansion)."""
    bank, office, kept, _ = names(
        [
            Entry("Bank DKI", kind="organisation"),
            Entry("Studio APBX Jakarta", kind="organisation"),
            Entry("Studio BBC Jakarta", kind="organisation"),
            Entry("APBX", kind="acronym", expansion="Anggaran Pendapatan Belanja Xenia"),
        ],
        Settings(),
    )
    assert bank == [] and office == []
    assert best(kept) == "Studio BBC Jakarta"


def test_names_do_not_keep_an_indonesian_short_form_as_a_name():
    """``Menlu`` (menteri luar negeri) and ``Pemprov Jawa Barat`` are Indonesian words
    clipped, which English translates: not kept as written. A ministry's short form gets
    the English of the name it stands for, whether of today's ministry (``Kemenkeu``) or
    of its name before 2009 (``Depkeu``, Departemen Keuangan); an agency's short form is
    how English news knows it (``Bappenas``, ``Bulog``)."""
    minister, government, ministry, department, planning, logistics = names(
        [
            Entry("Menlu", kind="name"),
            Entry("Pemprov Jawa Barat", kind="organisation"),
            Entry("Kemenkeu", kind="organisation"),
            Entry("Depkeu", kind="name"),
            Entry("Bappenas", kind="name"),
            Entry("Bulog", kind="name"),
        ],
        Settings(),
    )
    assert minister == [] and government == []
    assert best(ministry) == best(department) == "Finance Ministry"
    assert "Ministry of Finance" in department[0].related
    assert best(planning) == "Bappenas" and best(logistics) == "Bulog"


def test_names_give_dki_alone_the_english_name_of_the_capital():
    """``DKI`` (Daerah Khusus Ibukota) alone stands for Jakarta, as ``DKI Jakarta`` does:
    Gubernur DKI is the Jakarta governor, not kept as written."""
    alone, whole = names(
        [Entry("DKI", kind="acronym"), Entry("DKI Jakarta", kind="place")], Settings()
    )
    assert best(alone) == best(whole) == "Jakarta"


def test_names_put_a_place_word_where_english_does():
    entries = [
        Entry("Sungai Citarum", kind="place"),
        Entry("Danau Motitoi", kind="place"),
        Entry("Kecamatan Palmerah", kind="place"),
        Entry("Provinsi Jawa Barat", kind="place"),  # its name has an English exonym
        Entry("Teluk Meksiko", kind="place"),  # the Gulf of Mexico: no rule
        Entry("Pulau Seribu", kind="place"),  # the Thousand Islands: Indonesian words
        Entry("Sungai Citarum", kind="term"),  # not written as a name
        Entry("Kali Ciliwung", kind="name"),  # kali: a river in Javanese
        Entry("Terminal Kalideres", kind="place"),
        Entry("Stasiun Gambir", kind="place"),  # gambir, gambier: an Indonesian word
    ]
    found = names(entries, Settings())
    assert [best(f) if f else None for f in found] == [
        "Citarum River",
        "Lake Motitoi",
        "Palmerah Subdistrict",
        "West Java Province",
        None,
        None,
        None,
        "Ciliwung River",
        "Kalideres Terminal",
        None,
    ]
    assert found[0][0].confidence < 0.95  # a known English name of the whole wins


def test_names_acronyms_carry_their_expansion():
    pbb, kpk, own, unknown = names(
        [
            Entry("PBB", kind="acronym"),
            Entry("KPK", kind="acronym"),
            Entry("WHO", kind="acronym", expansion="Organisasi Kesehatan Dunia"),
            Entry("BKSDA", kind="acronym", expansion="Balai Konservasi Sumber Daya Alam"),
        ],
        Settings(),
    )
    assert best(pbb) == "UN" and "United Nations" in [s.english for s in pbb]
    assert best(kpk) == "Corruption Eradication Commission"
    assert "Komisi Pemberantasan Korupsi" in kpk[0].evidence
    assert best(own) == "World Health Organization"
    assert "WHO" in [s.english for s in own]
    assert best(unknown) == "BKSDA"
    assert "Balai Konservasi Sumber Daya Alam" in unknown[0].evidence


def test_exonym_table_is_well_formed():
    table = suggest.exonyms()
    assert len(table) > 300
    assert all(english and "\t" not in english for english, _ in table.values())
    assert table["den haag"] == ("The Hague", [])


# -- online: LibreTranslate through deep-translator, against a real local server ----

WORDS = {
    "sanksi": "sanction",
    "rudal": "missile",
    "pertemuan puncak": "summit",
    "Jepang": "Japan",
}


class LibreServer(ThreadingHTTPServer):
    """A LibreTranslate stand-in: POST /translate with q (text, lines, or a list)."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), LibreHandler)
        self.requests: list[object] = []
        self.rate_limited = 0  # answer 429 to this many requests first
        self.merge_lines = False  # answer a multi-line q on one line (as some services do)
        self.stall = threading.Event()  # set: hold every request until released
        self.release = threading.Event()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class LibreHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        server: LibreServer = self.server
        if urlsplit(self.path).path != "/translate":
            return self.reply(404, {"error": "Not Found"})
        fields = {
            k: v if len(v) > 1 else v[0] for k, v in parse_qs(urlsplit(self.path).query).items()
        }
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if body and self.headers.get("Content-Type", "").startswith("application/json"):
            fields.update(json.loads(body))
        elif body:
            fields.update({k: v[0] for k, v in parse_qs(body.decode()).items()})
        server.requests.append(fields.get("q"))
        if server.stall.is_set():
            server.release.wait(10)
            return self.reply(503, {"error": "stalled"})
        if server.rate_limited:
            server.rate_limited -= 1
            return self.reply(429, {"error": "Too many request limits violation"})
        if fields.get("source") != "id" or fields.get("target") != "en" or "q" not in fields:
            return self.reply(400, {"error": "Invalid request"})
        q = fields["q"]
        if isinstance(q, list):
            return self.reply(200, {"translatedText": [self.translate(t) for t in q]})
        joiner = " " if self.server.merge_lines else "\n"
        return self.reply(200, {"translatedText": joiner.join(map(self.translate, q.split("\n")))})

    @staticmethod
    def translate(text):
        return WORDS.get(text, text)

    def reply(self, status, payload):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def libre():
    server = LibreServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def online_settings(url, cache_dir, warnings, **extra):
    values = {"base_url": url, "cache_dir": cache_dir, "backoff": 0.01, "warn": warnings.append}
    return Settings(**{**values, **extra})


def test_libre_batch_is_one_request(libre, cache_dir):
    warnings = []
    entries = [Entry("sanksi"), Entry("rudal"), Entry("pertemuan puncak"), Entry("sanksi")]
    found = suggest.BACKENDS["libre"](entries, online_settings(libre.url, cache_dir, warnings))
    assert [best(f) for f in found] == ["sanction", "missile", "summit", "sanction"]
    assert libre.requests == ["sanksi\nrudal\npertemuan puncak"]
    assert found[0][0].source == "online:libre"
    assert warnings == []


def test_libre_backs_off_on_429_then_succeeds(libre, cache_dir):
    libre.rate_limited = 2
    warnings = []
    started = time.monotonic()
    (found,) = suggest.BACKENDS["libre"](
        [Entry("rudal")], online_settings(libre.url, cache_dir, warnings)
    )
    assert best(found) == "missile"
    assert libre.requests == ["rudal"] * 3
    assert warnings == []
    assert time.monotonic() - started >= 0.01 + 0.02  # waited 0.01 s, then 0.02 s


def test_libre_gives_up_after_the_retries_with_one_warning(libre, cache_dir):
    libre.rate_limited = 100
    warnings = []
    found = suggest.BACKENDS["libre"](
        [Entry("rudal"), Entry("sanksi")],
        online_settings(libre.url, cache_dir, warnings, retries=2),
    )
    assert found == [[], []]
    assert len(libre.requests) == 3  # first try and two retries, for the whole batch
    assert warnings == ["libre: still rate-limited after 2 retries; skipped from here on"]


def test_libre_rerun_is_answered_from_the_cache(libre, cache_dir):
    entries = [Entry("sanksi"), Entry("xyz")]
    first = suggest.BACKENDS["libre"](entries, online_settings(libre.url, cache_dir, []))
    assert len(libre.requests) == 1
    second = suggest.BACKENDS["libre"](entries, online_settings(libre.url, cache_dir, []))
    assert second == first and len(libre.requests) == 1  # the server saw no second request
    # An answer that is the term itself is kept, with a low confidence.
    assert first[1] == [Suggestion("xyz", "online:libre", 0.3, "libre translation of xyz")]


def test_libre_merged_lines_fall_back_to_one_request_per_term(libre, cache_dir):
    libre.merge_lines = True
    found = suggest.BACKENDS["libre"](
        [Entry("sanksi"), Entry("rudal")], online_settings(libre.url, cache_dir, [])
    )
    assert [best(f) for f in found] == ["sanction", "missile"]
    assert libre.requests == ["sanksi\nrudal", "sanksi", "rudal"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_service_fails_fast_and_the_other_backends_go_on(cache_dir):
    glossary = Glossary(
        [Entry("Moskow", kind="place"), Entry("Kim Jong-un", kind="person"), Entry("rudal")]
    )
    warnings = []
    settings_ = online_settings(f"http://127.0.0.1:{free_port()}", cache_dir, warnings)
    started = time.monotonic()
    report = suggest.suggest(glossary, ["libre", "names"], settings_)
    assert time.monotonic() - started < 2
    assert len(warnings) == 1 and warnings[0].startswith("libre: cannot reach http://127.0.0.1:")
    assert report.warnings == warnings
    assert [(e.term, e.english, e.origin) for e, _ in report.filled] == [
        ("Moskow", "Moscow", "names"),
        ("Kim Jong-un", "Kim Jong-un", "names"),
    ]
    assert [e.term for e in report.unfilled] == ["rudal"]


def test_stalled_service_is_abandoned_after_the_timeout(libre, cache_dir):
    libre.stall.set()
    warnings = []
    started = time.monotonic()
    found = suggest.BACKENDS["libre"](
        [Entry("rudal"), Entry("sanksi")],
        online_settings(libre.url, cache_dir, warnings, timeout=0.5),
    )
    elapsed = time.monotonic() - started
    assert found == [[], []]
    assert 0.5 <= elapsed < 2.5
    assert len(libre.requests) == 1  # not asked again once it stalled
    assert warnings == [f"libre: {libre.url}/ gave no answer within 0.5 s; skipped from here on"]


def test_online_backends_without_their_key_or_url_warn_once(cache_dir, monkeypatch):
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    monkeypatch.delenv("LIBRE_API_KEY", raising=False)
    glossary = Glossary([Entry("Moskow", kind="place")])
    warnings = []
    report = suggest.suggest(
        glossary, ["deepl", "libre", "names"], Settings(cache_dir=cache_dir, warn=warnings.append)
    )
    assert warnings == [
        "deepl: set DEEPL_API_KEY to your DeepL API key",
        "libre: give --base-url URL of a LibreTranslate server (or set LIBRE_API_KEY for"
        " libretranslate.com)",
    ]
    assert [e.english for e, _ in report.filled] == ["Moscow"]


# -- filling entries and the command line --------------------------------------------


def test_fill_entry_keeps_earlier_suggestions_and_marks_fuzzy():
    entry = Entry("sanksi", suggestions=["sanctions (parallel, 0.70)", "penalty (manual, 0.50)"])
    chosen = fill_entry(
        entry,
        [Suggestion("sanction", "dictionary", 0.9), Suggestion("sanctions", "parallel", 0.8)],
    )
    assert chosen.english == "sanction"
    assert (entry.english, entry.fuzzy, entry.origin) == ("sanction", True, "dictionary")
    assert entry.suggestions == [
        "sanction (dictionary, 0.90)",
        "sanctions (parallel, 0.80)",
        "penalty (manual, 0.50)",
    ]


def test_suggest_fills_only_entries_without_english_most_frequent_first(cache_dir):
    glossary = Glossary(
        [
            Entry("hujan", count=2),
            Entry("pemerintah", count=9),
            Entry("sanksi", english="sanctions", count=50),
            Entry("Cina", obsolete=True, count=30),
        ]
    )
    report = suggest.suggest(glossary, ["dictionary"], Settings(cache_dir=cache_dir), limit=1)
    assert [(e.term, e.english) for e, _ in report.filled] == [("pemerintah", "government")]
    assert [(e.english, e.fuzzy) for e in glossary.entries] == [
        ("", False),
        ("government", True),
        ("sanctions", False),
        ("", False),
    ]


PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#. kind: place
msgid "Moskow"
msgstr ""

#. count: 3
msgid "sanksi"
msgstr ""

msgid "rudal"
msgstr "missile"
"""


def test_cli_suggest_writes_fuzzy_entries_with_origin_and_suggestions(tmp_path, cache_dir, aligned):
    po = tmp_path / "g.po"
    po.write_text(PO, encoding="utf-8")
    result = run_cli(
        "suggest",
        "--glossary",
        po,
        "--backend",
        "names",
        "--backend",
        "dictionary",
        "--backend",
        "parallel",
        "--parallel",
        *aligned,
    )
    assert result.exit_code == 0, result.output
    # One confidence scale: every suggestion is measured on the aligned lines; the
    # dictionary's "sanction" and the parallel text's "sanctions" are used in all four, and
    # the dictionary's own evidence, independent of these lines, decides.
    assert "sanksi → sanction  [dictionary 0.78: FreeDict: sanction -> sanksi; used in 4 of 4" in (
        result.output
    )
    assert result.output.endswith(
        f"{po}: 2 of 2 entries without English filled (fuzzy): dictionary 1, names 1;"
        " 0 without a suggestion\n"
    )
    entries = {e.term: e for e in load(po).entries}
    assert (entries["Moskow"].english, entries["Moskow"].origin) == ("Moscow", "names")
    sanksi = entries["sanksi"]
    assert (sanksi.english, sanksi.fuzzy, sanksi.origin) == ("sanction", True, "dictionary")
    # The parallel text's "sanctions", in the singular, is the dictionary's rendering: one label.
    assert [s.split(" (")[0] for s in sanksi.suggestions].count("sanction") == 1
    assert not any(s.startswith("sanctions (") for s in sanksi.suggestions)
    assert not entries["rudal"].fuzzy


def test_cli_suggest_libre(tmp_path, cache_dir, libre):
    po = tmp_path / "g.po"
    po.write_text(PO, encoding="utf-8")
    result = run_cli("suggest", "--glossary", po, "--backend", "libre", "--base-url", libre.url)
    assert result.exit_code == 0, result.output
    sanksi = {e.term: e for e in load(po).entries}["sanksi"]
    assert (sanksi.english, sanksi.origin) == ("sanction", "online:libre")
    assert libre.requests == ["sanksi\nMoskow"]


def test_cli_suggest_input_errors(tmp_path, cache_dir):
    po = tmp_path / "g.po"
    po.write_text(PO, encoding="utf-8")
    result = CliRunner().invoke(cli, ["suggest", "--glossary", str(po), "--backend", "parallel"])
    assert result.exit_code == 2
    assert "parallel backend needs --parallel" in result.output
    result = CliRunner().invoke(
        cli, ["suggest", "--glossary", str(po), "--dict-path", str(tmp_path / "x.index")]
    )
    assert result.exit_code == 2 and "x.index: no such dictionary file" in result.output
    assert po.read_text(encoding="utf-8") == PO  # nothing written on error


def test_cli_suggest_saves_stable_output(tmp_path, cache_dir):
    po = tmp_path / "g.po"
    glossary = Glossary([Entry("hujan"), Entry("Moskow", kind="place")])
    save(glossary, po)
    run_cli("suggest", "--glossary", po, "--backend", "names", "--backend", "dictionary")
    once = po.read_bytes()
    result = run_cli("suggest", "--glossary", po)
    assert "0 of 0 entries" in result.output and po.read_bytes() == once


# -- one confidence scale, related forms, accepting --------------------------------


def test_suggestion_label_round_trips_its_related_forms():
    israel = Suggestion("Israel", "names", 0.95, "known", ("Israeli", "Israelis"))
    assert israel.label() == "Israel (names, 0.95; also: Israeli, Israelis)"
    assert suggest.parse_label(israel.label()) == Suggestion(
        "Israel", "names", 0.95, "", ("Israeli", "Israelis")
    )
    assert suggest.parse_label("by hand") == Suggestion("by hand", "", 0.0)


def test_accept_suggestion_adds_the_related_forms_as_alternatives():
    """Accepting kept only the msgstr: every "Israeli troops" was flagged later."""
    (found,) = names([Entry("Israel", kind="place")], Settings())
    entry = Entry("Israel", kind="place", alternatives=["Zion"])
    fill_entry(entry, found)
    chosen = suggest.accept_suggestion(entry, 0)
    assert chosen.english == "Israel"
    assert (entry.english, entry.origin, entry.fuzzy) == ("Israel", "names", False)
    assert entry.alternatives == ["Zion", "Israeli"]
    with pytest.raises(InputError, match="no suggestion 9"):
        suggest.accept_suggestion(entry, 8)


def test_acronyms_never_go_to_the_dictionary_by_their_letters(dict_cache):
    """AS got "ace" (FreeDict lists ``as`` under ace); a two-word name still goes."""
    acronym, name = dictionary([Entry("AS"), Entry("Korea Utara")], Settings(cache_dir=dict_cache))
    assert acronym == [] and best(name) == "North Korea"


def test_dictionary_never_translates_a_name_by_one_of_its_words(dict_cache):
    """``Medco Energi`` got "energy" from its short form ``Energi``, ``Juan Mata`` "eye";
    a variant that names the whole entry (``Cina`` for ``Tiongkok``) is still looked up."""
    company, person, country = dictionary(
        [
            Entry("Medco Energi", kind="organisation", variants=["Energi"]),
            Entry("Juan Mata", kind="person", variants=["Mata"]),
            Entry("Tiongkok", deprecated=["Cina"]),
        ],
        Settings(cache_dir=dict_cache),
    )
    assert company == [] and person == []
    assert best(country) == "China"


def test_names_keep_names_not_capitalised_common_words():
    """``Natal`` (Christmas) was kept as a name; Jokowi, frequent in Indonesian text, was not."""
    natal, samsung, jokowi, bank = names(
        [
            Entry("Natal", kind="name"),
            Entry("Samsung", kind="organisation"),
            Entry("Jokowi", kind="name"),
            Entry("Kantor Pos Besar", kind="organisation"),
        ],
        Settings(),
    )
    assert natal == [] and bank == []
    assert best(samsung) == "Samsung" and best(jokowi) == "Jokowi"


def test_parallel_gives_no_common_word_its_own_name_capitalised(tmp_path):
    """``gajah`` (elephant) stands in these lines only inside the name Gajah Mada, which the
    English keeps: "Gajah" is no rendering of the common word; ``Gajah Mada`` keeps it."""
    pairs = [
        ("Universitas Gajah Mada dibuka.", "Gajah Mada University opened."),
        ("Mahasiswa Gajah Mada berdemo.", "Gajah Mada students protested."),
        ("Rektor Gajah Mada berbicara.", "The Gajah Mada rector spoke."),
        ("Kampus itu ramai.", "The campus is busy."),
    ]
    src, tgt = tmp_path / "a.id", tmp_path / "a.en"
    src.write_text("".join(f"{p[0]}\n" for p in pairs), encoding="utf-8")
    tgt.write_text("".join(f"{p[1]}\n" for p in pairs), encoding="utf-8")
    settings = Settings(parallel=[(str(src), str(tgt))])
    common, name = suggest.parallel([Entry("gajah"), Entry("Gajah Mada")], settings)
    assert "Gajah" not in [s.english for s in common]
    assert best(name) == "Gajah Mada"


def test_parallel_counts_plural_and_singular_as_one_rendering(tmp_path):
    """``guerrillas`` and ``guerrilla`` split the count and neither was proposed."""
    pairs = [
        ("Gerilyawan menyerang desa itu.", "The guerrillas attacked the village."),
        ("Seorang gerilyawan ditangkap polisi.", "A guerrilla was arrested by police."),
        ("Polisi mengejar gerilyawan di hutan.", "Police chased guerrillas in the forest."),
        ("Gerilyawan itu bersembunyi.", "The guerrillas were hiding."),
        ("Desa itu tenang.", "The village is calm."),
        ("Hutan itu luas.", "The forest is wide."),
    ]
    src, tgt = tmp_path / "a.id", tmp_path / "a.en"
    src.write_text("\n".join(p[0] for p in pairs) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(p[1] for p in pairs) + "\n", encoding="utf-8")
    corpus = ParallelCorpus([(str(src), str(tgt))])
    (lines,) = corpus.occurrences([Entry("gerilyawan")])
    found = align_term(corpus, lines, ["gerilyawan"])
    assert best(found) == "guerrillas" and found[0].related == ("guerrilla",)


def test_the_best_suggestion_wins_whatever_its_backend(tmp_path, cache_dir):
    """``PM`` kept as written by names (first backend) beat parallel's Prime Minister."""
    pairs = [
        ("PM Inggris tiba di Jakarta.", "The British Prime Minister arrived in Jakarta."),
        ("PM itu berbicara kepada wartawan.", "The Prime Minister spoke to reporters."),
        ("Kantor PM membantah laporan itu.", "The Prime Minister's office denied the report."),
        ("Wartawan menunggu di Jakarta.", "Reporters waited in Jakarta."),
    ]
    src, tgt = tmp_path / "a.id", tmp_path / "a.en"
    src.write_text("\n".join(p[0] for p in pairs) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(p[1] for p in pairs) + "\n", encoding="utf-8")
    glossary = Glossary(entries=[Entry("PM", kind="acronym")])
    settings_ = Settings(cache_dir=cache_dir, parallel=[(str(src), str(tgt))])
    report = suggest.suggest(glossary, ["names", "parallel"], settings_)
    ((entry, chosen),) = report.filled
    assert (chosen.english, chosen.source) == ("Prime Minister", "parallel")
    assert "used in 3 of 3 aligned lines" in chosen.evidence
    kept = suggest.parse_label(entry.suggestions[1])
    assert kept.english == "PM" and kept.confidence < chosen.confidence


MEMORY_PAIRS = [
    ("Harga beras naik lagi.", "The price of rice rose again."),
    ("Petani menjual beras ke pasar.", "Farmers sell rice to the market."),
    ("Impor beras dihentikan.", "Rice imports were stopped."),
    ("Pasar itu ramai.", "The market is busy."),
    ("Petani itu lelah.", "The farmer is tired."),
]


def write_tmx(path):
    units = "".join(
        f'<tu><tuv xml:lang="id"><seg>{source}</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{target}</seg></tuv></tu>'
        for source, target in MEMORY_PAIRS
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="id"'
        ' datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x"'
        f' creationtoolversion="1"/><body>{units}</body></tmx>',
        encoding="utf-8",
    )


def write_po_memory(path):
    units = "".join(f'\nmsgid "{s}"\nmsgstr "{t}"\n' for s, t in MEMORY_PAIRS)
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' + units,
        encoding="utf-8",
    )


def write_xliff(path):
    units = "".join(
        f'<trans-unit id="{n}"><source>{s}</source><target>{t}</target></trans-unit>'
        for n, (s, t) in enumerate(MEMORY_PAIRS, 1)
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2"'
        ' xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="id"'
        f' target-language="en" datatype="plaintext" original="a"><body>{units}</body></file>'
        "</xliff>",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    "write, name",
    [(write_tmx, "tm.tmx"), (write_po_memory, "tm.po"), (write_xliff, "tm.xlf")],
)
def test_translation_memories_are_parallel_text(tmp_path, cache_dir, write, name):
    memory = tmp_path / name
    write(memory)
    po = tmp_path / "g.po"
    save(Glossary(entries=[Entry("beras")]), po)
    result = run_cli("suggest", "--glossary", po, "--backend", "parallel", "--memory", memory)
    assert result.exit_code == 0, result.output
    (entry,) = load(po).entries
    assert (entry.english, entry.origin) == ("rice", "parallel")


def test_a_missing_parallel_file_is_said_with_nothing_to_fill(tmp_path, cache_dir):
    """Every entry has its English: the run fills nothing, but a wrong path is still bad
    input, not "0 of 0 entries filled"."""
    po = tmp_path / "g.po"
    save(Glossary(entries=[Entry("beras", english="rice")]), po)
    missing = tmp_path / "nowhere.id"
    result = run_cli("suggest", "--glossary", po, "--parallel", missing, tmp_path / "x.en")
    assert result.exit_code == 2 and f"{missing}: no such file or directory" in result.output


def test_memory_must_be_a_translation_memory(tmp_path, cache_dir):
    po = tmp_path / "g.po"
    save(Glossary(entries=[Entry("beras")]), po)
    (tmp_path / "notes.txt").write_text("beras\n", encoding="utf-8")
    result = run_cli("suggest", "--glossary", po, "--memory", tmp_path / "notes.txt")
    assert result.exit_code == 2 and "notes.txt: not a translation memory" in result.output


def test_other_spellings_are_related_forms():
    assert suggest.core.other_spellings("centimetres") == ["centimeters"]
    assert suggest.core.other_spellings("Labour Party") == ["Labor Party"]
    assert suggest.core.other_spellings("hour") == [] and suggest.core.other_spellings("rise") == []
    glossary = Glossary(entries=[Entry("Moskow", kind="place"), Entry("PBB", kind="acronym")])
    suggest.suggest(glossary, ["names"], Settings())
    assert glossary.entries[0].suggestions[0] == "Moscow (names, 0.95)"


def test_a_translations_typo_is_spelled_right_when_filled(tmp_path, cache_dir):
    """``Camat``: the aligned lines write "subditrict head", a word English never writes
    one letter away from "subdistrict"; measured as written, filled as spelled."""
    assert suggest.core.without_typos("subditrict head") == "subdistrict head"
    assert suggest.core.without_typos("Subditrict Head") == "Subditrict Head"  # a name's
    pairs = [
        ("Camat itu datang.", "The subditrict head came."),
        ("Camat baru pergi.", "The new subditrict head left."),
        ("Kami menunggu camat.", "We waited for the subditrict head."),
        ("Dia datang lagi.", "He came again."),
        ("Mereka pergi.", "They left."),
    ]
    entry = parallel_entry(tmp_path, pairs, "camat", cache_dir)
    assert entry.english == "subdistrict head"


@given(st.sampled_from(__import__("wordfreq").top_n_list("en", 5000)))
def test_a_word_english_writes_is_no_typo(word):
    assert suggest.core.without_typos(word) == word


def test_a_word_that_goes_better_with_the_english_elsewhere_does_not_explain_the_term(tmp_path):
    """``pengunjung`` lost "visitors" to ``wisatawan``, which is never in its lines."""
    pairs = [
        ("Pengunjung pameran itu banyak.", "The exhibition had many visitors."),
        ("Museum menerima pengunjung setiap hari.", "The museum receives visitors every day."),
        ("Pengunjung taman berkurang.", "Park visitors declined."),
        *[(f"Wisatawan datang ke pulau {n}.", f"Visitors came to island {n}.") for n in range(6)],
        *[
            (f"Wisatawan menginap di hotel {n}.", f"Tourists stayed at hotel {n}.")
            for n in range(1)
        ],
    ]
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("pengunjung")])
    assert best(align_term(corpus, lines, ["pengunjung"])) == "visitors"


def test_a_second_rendering_translators_use_as_often_is_kept_with_the_best(tmp_path, cache_dir):
    """Accepting the best rendering of a word translated two ways flagged every other line."""
    pairs = [
        ("Keadaan ekonomi membaik.", "The economic situation improved."),
        ("Keadaan jalan itu buruk.", "The situation on the road is bad."),
        ("Keadaan pasien stabil.", "The patient's situation is stable."),
        ("Keadaan cuaca memburuk.", "Weather conditions worsened."),
        ("Keadaan hutan rusak.", "Forest conditions are damaged."),
        ("Keadaan sungai tercemar.", "River conditions are polluted."),
        ("Keadaan kota aman.", "The situation in the city is safe."),
        ("Jalan itu panjang.", "The road is long."),
        ("Hutan itu luas.", "The forest is wide."),
    ]
    entry = parallel_entry(tmp_path, pairs, "keadaan", cache_dir)
    assert entry.english == "situation"
    assert (
        entry.suggestions[0].startswith("situation (parallel, ")
        and "also: conditions" in (entry.suggestions[0])
    )
    suggest.accept_suggestion(entry, 0)
    assert entry.alternatives == ["conditions"]


def test_the_library_warns_through_warnings_not_stderr(cache_dir, monkeypatch, capfd):
    """suggest printed its warnings on the host program's stderr."""
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    glossary = Glossary(entries=[Entry("Moskow", kind="place")])
    with pytest.warns(suggest.SuggestWarning, match="deepl: set DEEPL_API_KEY"):
        report = suggest.suggest(glossary, ["deepl", "names"], Settings(cache_dir=cache_dir))
    assert capfd.readouterr().err == ""
    assert report.warnings == ["deepl: set DEEPL_API_KEY to your DeepL API key"]


def test_cli_prints_a_backend_warning_as_one_line(tmp_path, cache_dir, monkeypatch):
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    po = tmp_path / "g.po"
    save(Glossary(entries=[Entry("Moskow", kind="place")]), po)
    result = run_cli("suggest", "--glossary", po, "--backend", "deepl", "--backend", "names")
    assert result.exit_code == 0
    assert "glossary: warning: deepl: set DEEPL_API_KEY to your DeepL API key\n" in result.stderr


def test_a_word_said_beside_the_best_rendering_is_not_kept_with_it(tmp_path, cache_dir):
    """Lines about a tsunami also say "buoys": that made "buoys" a rendering of tsunami."""
    pairs = [
        # The translator names what the Indonesian leaves implicit.
        ("Gempa merusak pelampung di laut.", "The earthquake damaged buoys at sea."),
        ("Gempa itu merusak sensornya.", "The earthquake damaged the buoys."),
        ("Alat deteksi hilang setelah gempa.", "Buoys went missing after the earthquake."),
        ("Gempa terasa di kota.", "The earthquake was felt in the city."),
        ("Kota itu ramai.", "The city is busy."),
    ]
    entry = parallel_entry(tmp_path, pairs, "gempa", cache_dir)
    assert entry.english == "earthquake" and "also:" not in entry.suggestions[0]


def test_compositions_take_the_senses_the_parallel_text_uses(tmp_path, dict_cache):
    """``garis keras`` became "violent line": FreeDict's first sense of keras, never checked."""
    pairs = [
        ("Batu itu sangat keras.", "The stone is very hard."),
        ("Ia bekerja keras setiap hari.", "He works hard every day."),
        ("Kayu ini keras sekali.", "This wood is really hard."),
        ("Garis itu lurus.", "The line is straight."),
        ("Tarik garis di kertas.", "Draw a line on the paper."),
        ("Garis pantai panjang.", "The coast line is long."),
        ("Kelompok itu menolak garis keras.", "The group rejected the hard line."),
        ("Partai menjauhi garis keras.", "The party kept away from the hard line."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    without, with_text = (
        dictionary([Entry("garis keras")], Settings(cache_dir=dict_cache, **extra))[0]
        for extra in ({}, {"parallel": [(tmp_path / "a.id", tmp_path / "a.en")]})
    )
    # Without parallel text: the dictionary's preferred senses, with a low confidence.
    assert without[0].confidence <= 0.2 and "written so" not in without[0].evidence
    assert best(with_text) == "hard line"
    assert "written so in 2 lines" in with_text[0].evidence
    assert corpus.target_lines("hard line") == [6, 7]
    # One line attests the first senses of the words (keras: hard), no other combination:
    # of the many tried, one is bound to turn up somewhere (izin tinggal: "permit" and
    # "leave" first, "leave" and "dead" third).
    pairs[-1] = ("Daun kering jatuh.", "The dead leaves fell.")
    corpus_of(tmp_path, pairs)
    settings_ = Settings(cache_dir=dict_cache, parallel=[(tmp_path / "a.id", tmp_path / "a.en")])
    once, far = dictionary([Entry("garis keras"), Entry("izin tinggal")], settings_)
    assert "written so in 1 lines" in once[0].evidence
    assert "dead leave" not in [s.english for s in far]


def test_compositions_are_spelled_as_the_parallel_text_writes_them(tmp_path, dict_cache):
    """FreeDict's ``ekonomi`` is "economics"; counted as "economic", it made "economics
    growth" of ``pertumbuhan ekonomi``, which the lines write "economic growth"."""
    pairs = [
        ("Pertumbuhan ekonomi Cina kuat.", "China's economic growth is strong."),
        ("Pertumbuhan ekonomi melambat.", "Economic growth slowed."),
        ("Ia belajar ekonomi.", "She studies economics."),
    ]
    corpus_of(tmp_path, pairs)
    settings_ = Settings(cache_dir=dict_cache, parallel=[(tmp_path / "a.id", tmp_path / "a.en")])
    (found,) = dictionary([Entry("pertumbuhan ekonomi")], settings_)
    assert best(found) == "economic growth"
    assert "written so in 2 lines" in found[0].evidence


def test_dictionary_prefers_the_senses_the_parallel_english_writes(tmp_path, dict_cache):
    """``babak`` is "round" or "stage" in FreeDict; where the translators' English writes
    rounds and never stages, "round" comes first, even with no line of babak itself."""
    pairs = [
        ("Petinju itu menang di ronde ketiga.", "The boxer won in the third round."),
        ("Ronde pertama berjalan ketat.", "The first round was tight."),
        ("Mereka lolos ke ronde berikutnya.", "They reached the next round."),
        ("Pertandingan itu seru.", "The match was exciting."),
    ]
    corpus_of(tmp_path, pairs)
    without, with_text = (
        dictionary([Entry("babak")], Settings(cache_dir=dict_cache, **extra))[0]
        for extra in ({}, {"parallel": [(tmp_path / "a.id", tmp_path / "a.en")]})
    )
    assert best(without) == "stage"
    assert best(with_text) == "round"


def test_a_pe_an_noun_freedict_lacks_takes_the_sense_of_its_men_verb(tmp_path, dict_cache):
    """``penurunan`` is not in FreeDict; ``menurun`` is "decline", which English writes as
    a noun too. The stem is a guess (``penarikan`` stems to tari, "dance"), so the sense is
    proposed only where the term's aligned lines write it; a ke-an noun is no pe-an one."""
    pairs = [
        ("Penurunan harga berlanjut.", "The decline in prices continued."),
        ("Terjadi penurunan tajam.", "There was a sharp decline."),
        ("Penurunan itu kecil.", "The fall was small."),
        ("Penarikan pasukan dimulai.", "The withdrawal of troops began."),
        ("Kenaikan harga berlanjut.", "The rise in prices continued."),
    ]
    corpus_of(tmp_path, pairs)
    terms = [Entry(t) for t in ("penurunan", "penarikan", "kenaikan")]
    parallel = Settings(cache_dir=dict_cache, parallel=[(tmp_path / "a.id", tmp_path / "a.en")])
    found = dictionary(terms, parallel)
    assert [best(f) for f in found] == ["decline", None, None]
    assert found[0][0].confidence <= 0.3 and "menurun" in found[0][0].evidence
    assert not dictionary(terms[:1], Settings(cache_dir=dict_cache))[0]


def test_loanwords_are_found_back_by_the_spelling_rules_of_the_borrowing():
    """turnamen, privatisasi, kompetisi: frequent in sports and business news, not in FreeDict."""
    from glossary.suggest.loanwords import loan_source, respellings

    assert respellings("competition")["kompetisi"] == 2  # a loan's ending
    assert respellings("berry")["beri"] == 0  # doubled letters and -y say nothing
    loans = ("turnamen", "privatisasi", "kualitas", "ekspor", "penalti", "asumsi", "konsumsi")
    assert {w: loan_source(w) for w in loans} == {
        "asumsi": "assumption",  # -mption is -msi
        "konsumsi": "consumption",
        "turnamen": "tournament",
        "privatisasi": "privatization",
        "kualitas": "quality",
        "ekspor": "export",
        "penalti": "penalty",  # -y is -i: a weak sign, but as common in both languages
    }
    # Native words that a rarer or inflected English word respells (larry, keeping), and
    # words English writes as they are.
    natives = ("kota", "hari", "kantor", "lari", "keping", "air", "tank")
    assert [loan_source(w) for w in natives] == [None] * len(natives)


def test_dictionary_proposes_a_loan_it_does_not_list(dict_cache):
    turnamen, kota, nama = dictionary(
        [Entry("turnamen"), Entry("kota"), Entry("Turnamen", kind="event")],
        Settings(cache_dir=dict_cache),
    )
    assert best(turnamen) == "tournament" and turnamen[0].confidence < 0.5
    assert "spelling" in turnamen[0].evidence
    assert best(kota) == "city"  # a listed word keeps FreeDict's senses
    (kick,) = dictionary([Entry("tendangan penalti")], Settings(cache_dir=dict_cache))
    assert best(kick) == "penalty kick"  # a loan is a word of a composition too
    assert nama == []  # a name is not respelt


def test_a_false_friend_gets_what_news_english_writes_not_its_look_alike(dict_cache):
    """``obligasi`` respells "obligation" but is a bond; ``fraksi`` a party's faction."""
    from glossary.suggest.loanwords import loan_source

    assert loan_source("obligasi") is None and loan_source("fraksi") is None
    bonds, faction, global_bonds = dictionary(
        [Entry("obligasi"), Entry("fraksi"), Entry("obligasi global")],
        Settings(cache_dir=dict_cache),
    )
    assert best(bonds) == "bonds" and "not obligation" in bonds[0].evidence
    assert best(faction) == "faction"
    assert "obligation" not in (best(global_bonds) or "")  # nor as a word of a composition


def test_dictionary_proposes_an_english_word_written_as_it_stands(dict_cache):
    """``set`` and ``par`` are English written unchanged in sports news, and FreeDict lacks
    them as Indonesian words; ``liar`` (wild) is Indonesian's more than English's, and a
    name is not taken for a word."""
    tennis, golf, wild, name = dictionary(
        [Entry("set"), Entry("par"), Entry("liar"), Entry("Set", kind="name")],
        Settings(cache_dir=dict_cache),
    )
    assert best(tennis) == "set" and tennis[0].evidence == "English written as it stands"
    assert best(golf) == "par"
    assert best(wild) != "liar"
    assert name == []


@given(st.sampled_from(["set", "par", "final", "liar", "main", "air", "kota", "semifinal"]))
def test_a_word_kept_as_written_is_the_word_itself(word):
    """Invariant: what is kept as written is the word, in lower case, or nothing."""
    assert english_as_written(word) in (word, None)


def test_an_acronym_takes_the_long_form_the_text_writes_beside_it(tmp_path):
    """``lembaga keuangan mikro`` stands right before ``LKM`` in two of its lines (brackets
    or none): that is its long form, Indonesian common words, so LKM is not kept as
    written. ``proses tender`` shares two lines with ``PT`` but never stands beside it;
    ``rumah warga`` stands beside ``RW`` once; an acronym with a stated expansion keeps it."""
    text = tmp_path / "x.id"
    text.write_text(
        "Lembaga Keuangan Mikro (LKM) tumbuh.\n"
        "Dana lembaga keuangan mikro LKM naik.\n"
        "LKM itu kecil.\n"
        "PT Maju menutup proses tender pekan lalu.\n"
        "Proses tender PT Maju selesai.\n"
        "Air masuk ke rumah warga RW 05.\n"
        "Ketua RW meninjau rumah warga.\n"
        "Wajib Pajak (WP) membayar. Wajib pajak WP lain menunda.\n"
        "Jumlah WP wajib pajak naik.\n",
        encoding="utf-8",
    )

    def at(*numbers):
        return [f"{text}:{n}" for n in numbers]

    entries = [
        Entry("LKM", kind="acronym", references=at(1, 2, 3)),
        Entry("lembaga keuangan mikro", references=at(1, 2)),
        Entry("PT", kind="acronym", references=at(4, 5)),
        Entry("proses tender", references=at(4, 5)),
        Entry("RW", kind="acronym", references=at(6, 7)),
        Entry("rumah warga", references=at(6, 7)),
        Entry("WP", kind="acronym", expansion="Wajib Pajak", references=at(8, 9)),
        Entry("wajib pajak", references=at(8, 9)),
        Entry("Lembaga Keuangan Mikro", references=at(1, 2)),  # the same phrase
    ]
    assert stated_long_forms(entries, entries) == {0: "lembaga keuangan mikro"}
    glossary = Glossary(entries=entries[:2])
    suggest.suggest(glossary, ["names"], Settings())
    lkm = glossary.entries[0]
    assert lkm.expansion == "lembaga keuangan mikro"
    assert lkm.english == ""  # shown in review, not kept as written


REPORTER_PAIRS = [
    ("Wartawan menunggu di luar.", "Reporters waited outside."),
    ("Polisi menahan dua wartawan.", "Police detained two reporters."),
    ("Wartawan itu bertanya.", "The reporters asked."),
    ("Para wartawan pulang.", "The reporters went home."),
    ("Polisi menunggu di luar.", "Police waited outside."),
    ("Mereka pulang.", "They went home."),
]


def test_a_plural_found_in_translations_is_written_in_the_singular(tmp_path, cache_dir):
    """``wartawan``: the lines write "reporters", but an Indonesian noun is unmarked for
    number; the headword is "reporter", the plural a related form that accepting keeps."""
    entry = parallel_entry(tmp_path, REPORTER_PAIRS, "wartawan", cache_dir)
    assert entry.english == "reporter"
    assert "reporters" in suggest.parse_label(entry.suggestions[0]).related


@pytest.mark.parametrize(
    "term, english",
    [
        ("wartawan-wartawan", "reporters"),
        ("perundingan", "talks"),
        ("logistik", "logistics"),
        ("gas alam", "natural gas"),
        ("dewan gubernur", "board of governors"),
    ],
)
def test_a_plural_stays_for_a_doubled_word_or_a_plural_sense(term, english):
    """A doubled Indonesian word is a plural; "talks" and "logistics" are no plural of
    "talk" and "logistic", "gas" no plural at all, and "governors" is no head of its phrase."""
    from dataclasses import replace

    from glossary.suggest.run import _in_the_singular

    found = Suggestion(english, "parallel", 0.5)
    assert _in_the_singular(Entry(term), found) == found
    assert _in_the_singular(Entry("wartawan"), replace(found, english="reporters")).english == (
        "reporter"
    )
