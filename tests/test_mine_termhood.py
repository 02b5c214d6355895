"""Short names with conflicting titles, and termhood rules that keep everyday words out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary import mine as miner
from glossary.mine import counting, dictionary, ranking
from glossary.mine.dictionary import DICT_INDEX, plain_words
from glossary.morphology import everyday_nominal, general_frequency, nominal_root, root_words
from glossary.text import Document
from tests.test_mine_domain import first_page_and_later


def mine_text(*texts, **options):
    docs = [Document(path=f"doc{n}.txt", text=text) for n, text in enumerate(texts)]
    return miner.mine(docs, **options)


def find(candidates, form):
    """The candidate that has ``form`` as its term or one of its variants."""
    for c in candidates:
        if form == c.term or form in c.variants:
            return c
    return None


def test_a_short_name_under_another_title_stays_apart():
    # Komandan Hasan Darmo Rimbaka leads the rebels; Presiden Rimbaka is someone else.
    text = (
        "Komandan Hasan Darmo Rimbaka memimpin serangan di perbukitan.\n"
        "Pasukan Komandan Hasan Darmo Rimbaka mundur ke utara.\n"
        "Komandan Hasan Darmo Rimbaka tidak hadir dalam perundingan.\n"
        "Di ibu kota, Presiden Rimbaka menolak tuduhan itu.\n"
        "Presiden Rimbaka mengatakan negaranya tidak terlibat.\n"
        "Rimbaka juga menolak pasukan asing. Rimbaka menuduh negara tetangga.\n"
    )
    found = mine_text(text)
    full = find(found, "Hasan Darmo Rimbaka")
    assert full is not None and full.term == "Hasan Darmo Rimbaka"
    assert "Rimbaka" not in full.variants and "Presiden Rimbaka" not in full.variants
    assert find(found, "Rimbaka") is not full


def test_a_short_name_under_the_full_names_title_joins():
    text = (
        "Presiden Kalindra Wiratama Sosro tiba di bandara.\n"
        "Presiden Kalindra Wiratama Sosro disambut menteri.\n"
        "Presiden Sosro mengatakan kunjungan itu penting.\n"
        "Sosro juga bertemu pengusaha. Sosro tersenyum.\n"
    )
    full = find(mine_text(text), "Kalindra Wiratama Sosro")
    assert full is not None and full.term == "Kalindra Wiratama Sosro"
    assert "Sosro" in full.variants and "Presiden Sosro" in full.variants


def test_a_word_seen_almost_only_inside_a_longer_term_is_a_fragment():
    places = "utara selatan barat timur pusat pesisir".split()
    lines = [f"Petir menyambar gardu induk di {p}, lalu listrik padam." for p in places]
    lines += [f"Warga melapor bahwa gardu induk di {p} berasap." for p in places]
    lines.append("Petugas memeriksa gardu di ujung jalan.")
    found = {c.term: c for c in mine_text("\n".join(lines))}
    assert "gardu induk" in found
    assert "gardu" not in found or found["gardu"].score < found["gardu induk"].score / 2


def test_what_a_derived_noun_acts_on_is_no_fragment_of_the_term():
    """cadangan devisa (the reserves of foreign exchange): devisa, seen alone only once, is
    a concept of its own, unlike induk inside gardu induk; kemanusiaan in bantuan
    kemanusiaan is manusia's everyday noun and gains nothing."""
    lines = [
        f"Cadangan devisa {p} naik tipis bulan lalu, kata bank sentral."
        for p in "Malaysia Filipina Vietnam Thailand Kamboja Laos".split()
    ]
    lines += [f"Bank sentral menjaga cadangan devisa di level {n} miliar dolar." for n in range(6)]
    lines.append("Arus devisa keluar melambat.")
    lines += [f"Truk membawa bantuan kemanusiaan ke kamp {n}." for n in range(6)]
    found = {c.term: c for c in mine_text("\n".join(lines))}
    assert "cadangan devisa" in found and "devisa" in found
    assert found["devisa"].score > found["cadangan devisa"].score / 2
    assert "kemanusiaan" not in found


def test_quantifiers_adverbs_and_adjectives_are_no_terms():
    """seekor (one, of an animal), sebagaimana (as), rumit (complicated): function words
    and adjectives of a curated class, however often a text writes them beside a term."""
    text = "\n".join(
        f"Tim menemukan seekor trilobita {n}, sebagaimana fosil lain, dengan pola rumit."
        for n in ("besar", "kecil", "purba", "utuh")
    )
    terms = {c.term for c in mine_text(text)}
    assert "trilobita" in terms
    assert not {"seekor", "sebagaimana", "rumit"} & terms


def test_an_english_spelling_joins_the_indonesian_one_the_text_also_writes():
    """hat-trick and hatrik are one term; masa (a period) and massa (the masses) differ by
    a doubled letter alone and stay apart: only a spelling with ck is English."""
    text = (
        "Striker itu mencetak hat-trick kedua. Hatrik itu yang pertama musim ini.\n"
        "Ia mencetak hatrik lagi. Pelatih memuji hat-trick sang striker.\n"
        "Pada masa itu massa berkumpul. Massa menunggu masa kampanye.\n"
    )
    found = mine_text(text)
    hatrik = find(found, "hatrik")
    assert hatrik is not None and "hat-trick" in [hatrik.term, *hatrik.variants]
    masa, massa = find(found, "masa"), find(found, "massa")
    assert masa is None or masa is not massa


def test_a_doubled_word_of_its_own_heads_its_group():
    text = (
        "Kupu-kupu bermigrasi ribuan kilometer. Para peneliti menandai kupu-kupu itu.\n"
        "Sayap kupu-kupu memantulkan cahaya. Populasi kupu-kupu menurun.\n"
    )
    candidate = find(mine_text(text), "kupu-kupu")
    assert candidate is not None and candidate.term == "kupu-kupu"


@pytest.mark.parametrize("implementation", ["python", "compiled"])
def test_a_doubled_word_at_a_sentence_start_keeps_its_doubled_headword(implementation, monkeypatch):
    """Alap-alap opening two sentences is alap-alap there too: the headword is never alap,
    a form the text does not write."""
    if implementation == "compiled" and counting.scan.speedups is None:
        pytest.skip("the compiled module is not built")
    monkeypatch.setattr(counting.scan, "IMPLEMENTATION", implementation)
    text = (
        "Alap-alap berburu di padang. Alap-alap terbang rendah.\n"
        "Burung alap-alap itu kecil. Ahli mengamati burung alap-alap.\n"
    )
    candidate = find(mine_text(text), "alap-alap")
    assert candidate is not None and candidate.term == "alap-alap"
    assert "alap" not in candidate.variants


def test_a_phrase_shows_a_word_the_text_writes_only_doubled_as_written():
    """burung alap-alap (a falcon): alap alone is never written, so no burung alap."""
    text = (
        "Burung elang-elang terbang tinggi. Burung alap-alap berburu di padang.\n"
        "Ahli burung mengamati burung alap-alap itu. Sarang burung alap-alap kosong.\n"
    )
    terms = {c.term for c in mine_text(text)}
    assert "burung alap-alap" in terms
    assert "burung alap" not in terms


def test_a_common_english_word_left_in_the_text_is_no_term():
    """inflasi year on year: year is English text; buy back, two words, stays jargon."""
    text = (
        "Inflasi year on year mencapai 5 persen. Inflasi inti year on year turun.\n"
        "Laju inflasi year on year melambat. Emiten itu menggelar buy back saham.\n"
        "Program buy back saham berlanjut. Dana buy back disiapkan.\n"
    )
    terms = {c.term for c in mine_text(text)}
    assert "year" not in terms
    assert "buy back" in terms


def test_a_variant_spelling_of_an_everyday_word_is_as_everyday_as_it():
    """metoda is metode one vowel away: as common, so below a rare term the text uses as
    often; pelonggaran (of longgar) is a word of its own, no misspelling of pelanggaran."""
    text = (
        "Metoda baru itu diuji. Tim memakai metoda lama untuk stromatolit.\n"
        "Stromatolit tumbuh lambat. Metoda itu mengukur stromatolit purba.\n"
    )
    found = {c.term: c for c in mine_text(text)}
    assert found["metoda"].score < found["stromatolit"].score
    assert ranking._misspelt_frequency("pelonggaran") == 0.0


def test_ordinals_and_conjunctions_are_no_terms():
    text = (
        "Pebalap itu finis ke-12 kendati mobilnya rusak. Ia finis ke-12 lagi.\n"
        "Tim itu juga finis ke-12, kendati pelatihnya optimistis. Kendati demikian, ia puas.\n"
    )
    terms = {c.term.lower() for c in mine_text(text)}
    assert not terms & {"ke-12", "kendati"}


def test_an_ordinal_ends_a_term_but_counts_inside_one():
    """babak kedua (the second half) is a term; in hubungan kedua negara (the relations
    of both countries) kedua counts the countries, and no phrase ends there."""
    text = (
        "Persija mencetak gol pada babak kedua. Babak kedua berjalan keras.\n"
        "Pelatih mengganti kiper pada babak kedua, dan hubungan kedua negara membaik.\n"
        "Menteri memuji hubungan kedua negara. Hubungan kedua negara diuji babak kedua.\n"
    )
    terms = {c.term for c in mine_text(text)}
    assert "babak kedua" in terms
    assert not {t for t in terms if t.startswith("hubungan")}


def filler(lines: int, topic: str = "kawasan") -> str:
    """Distinct everyday lines (a repeated line counts once in a document)."""
    return "".join(
        f"Pemerintah kota membangun jalan baru sepanjang {n} kilometer di {topic} itu.\n"
        for n in range(lines)
    )


def test_a_common_word_needs_more_contrast_than_a_rare_one():
    # pengaruh (1 in 13,000 words of general Indonesian) three times in a long text is
    # ordinary use; sanksi (1 in 45,000) as often is the topic.
    text = filler(250) + (
        "Dewan menjatuhkan sanksi kepada perusahaan itu. Sanksi berlaku sebulan.\n"
        "Perusahaan menolak sanksi tersebut, tetapi pengaruh keputusan itu terasa.\n"
        "Analis menilai pengaruh sanksi kecil. Pengaruh sanksi kedua dibahas pekan depan.\n"
    )
    terms = {c.term for c in mine_text(text)}
    assert "sanksi" in terms
    assert "pengaruh" not in terms


def test_a_word_clustered_in_few_of_many_articles_is_a_term():
    # Residual IDF: pengaruh fills three of forty articles, three times in each; spread
    # over the whole input it is no more frequent than a common word is anywhere.
    articles = [filler(20, f"kawasan {n}") for n in range(37)]
    articles += [
        filler(3, f"distrik {n}")
        + "Pengaruh kebijakan itu besar. Pengaruh pasar ikut terasa.\n"
        + "Pengamat menilai pengaruh tersebut sementara.\n"
        for n in range(3)
    ]
    assert "pengaruh" in {c.term for c in mine_text(*articles)}


def test_one_title_word_used_as_often_as_anywhere_is_no_candidate():
    text = filler(250) + "Ketua Karimun Wirasana membuka rapat. Ketua Dimas Rawindra menutupnya.\n"
    assert "Ketua" not in {c.term for c in mine_text(text)}


def test_a_base_verb_after_a_longer_noun_phrase_is_its_predicate():
    """penyaluran kredit perbankan tumbuh 9 persen: tumbuh says what the credit does; a
    two-word term may end in a base verb (daya beli), a longer one in a verb of state or
    direction (ancaman hukuman mati) or a pair of verbs (perjanjian jual beli). senilai
    (worth) is a function word."""
    text = "\n".join(
        f"Penyaluran kredit perbankan tumbuh {n} persen, daya beli terjaga, perjanjian jual"
        f" beli diteken, dan ancaman hukuman mati tetap berlaku, senilai Rp{n} miliar."
        for n in range(5, 9)
    )
    terms = {c.term for c in mine_text(text)}
    assert {"perjanjian jual beli", "ancaman hukuman mati"} <= terms
    assert "senilai" not in terms
    assert not [t for t in terms if t.endswith(" tumbuh") and len(t.split()) > 2]


def test_a_verb_of_motion_or_change_ends_no_term():
    """perbankan tumbuh, harga naik, warga kembali say what the noun does, even in two
    words; kembali after a derived noun is "re-" (pembelian kembali, the buyback), and an
    adverb or a preposition (sempat, saling, sepanjang) opens no term."""
    text = "\n".join(
        f"Kredit perbankan tumbuh {n} persen, harga cabai naik, warga kembali ke rumah, dan"
        f" pembelian kembali saham senilai Rp{n} miliar sempat tertunda sepanjang tahun."
        for n in range(5, 9)
    )
    terms = {c.term for c in mine_text(text)}
    assert [t for t in terms if t.startswith("pembelian kembali")]
    assert not [
        t
        for t in terms
        if t.endswith((" tumbuh", " naik", "warga kembali"))
        or t.startswith(("sempat ", "sepanjang "))
    ]


def test_a_phrase_ending_in_a_possessive_is_no_term():
    text = "Ia mengalahkan rekan senegaranya. Rekan senegaranya kecewa.\n" * 3
    assert "rekan senegaranya" not in {c.term for c in mine_text(text)}


@pytest.mark.skipif(not DICT_INDEX.is_file(), reason="FreeDict eng-ind is not installed")
def test_a_word_with_a_plain_english_equivalent_ranks_below_one_without():
    # tendangan → kick (a common English word); sundulan (a header) is not in the dictionary.
    text = (
        "Tendangan Budi membentur tiang. Sundulan Andi masuk gawang.\n"
        "Wasit menganulir sundulan kedua karena tendangan bebas belum diambil.\n"
        "Pelatih memuji tendangan dan sundulan para pemain.\n"
        "Sundulan itu indah, tendangan itu keras.\n"
    )
    found = {c.term: c for c in mine_text(text)}
    assert found["tendangan"].count == found["sundulan"].count
    assert found["sundulan"].score > found["tendangan"].score


@pytest.mark.skipif(not DICT_INDEX.is_file(), reason="FreeDict eng-ind is not installed")
def test_compounds_with_a_plain_english_equivalent_are_plain():
    """rumah sakit → hospital, ibu kota → capital city weigh less, as tendangan does;
    gencatan senjata (cease-fire, rare in English) and rumah susun (not listed) do not."""
    plain = plain_words()
    assert {"rumah sakit", "ibu kota"} <= plain
    assert not {"gencatan senjata", "rumah susun"} & plain


def test_mining_works_without_the_dictionary(tmp_path):
    assert plain_words(tmp_path / "missing.index") == frozenset()


def test_a_phrase_nested_in_many_different_terms_is_a_term():
    """C-value divides what a phrase owes to longer terms by how many there are: gardu
    induk inside gardu induk lama, gardu induk baru and gardu induk cadangan is a unit;
    subtracting all three in full left it nothing of its own."""
    text = (
        "Petugas memeriksa gardu induk lama di pinggir kota.\n"
        "Gardu itu rusak, maka gardu induk lama dimatikan.\n"
        "Perusahaan listrik membangun gardu induk baru tahun ini.\n"
        "Pasokan dari gardu induk baru belum stabil.\n"
        "Listrik dialirkan lewat gardu induk cadangan semalam.\n"
        "Teknisi menyiapkan gardu induk cadangan bila terjadi gangguan.\n"
    )
    found = mine_text(text)
    assert find(found, "gardu induk") is not None


def test_a_word_seen_twice_in_one_article_needs_surer_contrast():
    """Twice in one short article is weak evidence of a term: the count less one standard
    deviation must still be frequent enough. Seen in three articles, the same word is."""
    # 400 different lines of 11 words: penghasilan twice in 4,400 words is 15 times as
    # frequent as in general Indonesian, and 5 times in its count less one deviation.
    filler = "".join(
        f"Pada rapat {n} dewan kota membahas anggaran jalan dan taman kota.\n" for n in range(400)
    )
    twice = "Warga menerima penghasilan tambahan. Penghasilan itu kecil.\n"
    found = mine_text(filler + twice)
    assert find(found, "penghasilan") is None
    spread = mine_text(filler + twice, filler + twice, filler + twice)
    assert find(spread, "penghasilan") is not None


@given(
    st.lists(
        st.lists(st.tuples(st.integers(0, 3), st.integers(1, 50)), min_size=1, max_size=6),
        min_size=1,
        max_size=5,
    )
)
def test_several_documents_agrees_with_counting_them(parts):
    from array import array

    from glossary.mine.counting import LINE_BITS
    from glossary.mine.groups import Occurrences

    occurrences = Occurrences()
    for lines in parts:
        refs = sorted({doc << LINE_BITS | line for doc, line in lines})
        part = refs[0] if len(refs) == 1 else array("Q", refs)
        occurrences.add([len(refs), part])
    assert occurrences.in_several_documents() == (occurrences.documents() > 1)


def test_adverb_and_idiom_shapes_are_no_terms():
    """se-...-nya on a root, a number glued to kali and a rhyming reduplication make
    adverbs and idioms (senegaranya, duakali, terus-menerus), never glossary terms."""
    text = (
        "Petenis itu mengalahkan rekan senegaranya dalam laga final.\n"
        "Ia duakali juara dan terus-menerus berlatih; seluk-beluk lapangan dikuasainya.\n"
        "Senegaranya kalah duakali. Turnamen itu terus-menerus diguyur hujan.\n"
        "Lawan senegaranya mengakui seluk-beluk turnamen sulit.\n"
    )
    found = mine_text(text, text)
    for form in ("senegaranya", "duakali", "terus-menerus", "seluk-beluk"):
        assert find(found, form) is None, form
    assert find(found, "turnamen") is not None  # the text's terms are still found


def test_true_reduplication_is_still_a_word():
    from glossary.mine.counting import is_adverb_form

    assert not is_adverb_form("lumba-lumba")
    assert not is_adverb_form("sanksi-sanksi")
    assert not is_adverb_form("antar-korea")
    assert not is_adverb_form("sejarah")
    assert is_adverb_form("sebaliknya")


def test_a_web_address_gives_no_term():
    text = (
        "Berdasarkan pantauan beritajakarta.com, banjir surut pada sore hari.\n"
        "Menurut pantauan beritajakarta.com, genangan di Kampung Melayu surut.\n"
    )
    found = mine_text(text, text)
    assert not [c for c in found if "beritajakarta" in c.term.lower()]


def test_spelled_out_units_are_no_terms():
    text = (
        "Air setinggi 40 sentimeter menggenangi rumah seluas 200 meter persegi.\n"
        "Genangan 30 sentimeter masih terlihat di jalan seluas 50 meter persegi.\n"
    )
    found = mine_text(text, text)
    assert find(found, "sentimeter") is None and find(found, "meter persegi") is None


@pytest.mark.parametrize(
    ("noun", "root"),
    [
        ("kenaikan", "naik"),
        ("penggunaan", "guna"),
        ("serangan", "serang"),
        ("kebersihan", "bersih"),  # ke-bersih-an, not keber-sih-an
        ("keberhasilan", "hasil"),
        ("sanksi", ""),
        ("tanggul", ""),
    ],
)
def test_the_root_of_a_noun_made_with_an(noun, root):
    assert nominal_root(noun) == root


def test_a_noun_of_a_common_root_is_everyday_one_of_a_rare_root_or_a_title_is_not():
    assert everyday_nominal("kenaikan") and everyday_nominal("penggunaan")
    assert not everyday_nominal("penggusuran")  # gusur: only inside derived words
    assert not everyday_nominal("kelurahan")  # of lurah, a title: it heads names


@given(st.text(alphabet="abcdeghiklmnoprstuy", min_size=1, max_size=14))
def test_a_nominal_root_is_a_root_word_shorter_than_the_noun(word):
    root = nominal_root(word)
    assert root == "" or (root in root_words() and len(root) < len(word))


def test_a_term_after_a_head_word_is_found_inside_the_longer_phrase():
    """perundingan gencatan senjata, twice and never otherwise: gencatan senjata, headed by
    a derived noun, is the unit; kaki lima, inside pedagang kaki lima, is no term."""
    text = (
        "Perundingan gencatan senjata di Gaza kembali buntu.\n"
        "Qatar tetap menjadi penengah dalam perundingan gencatan senjata.\n"
        "Para pedagang kaki lima menolak pindah. Pedagang kaki lima mengeluh.\n"
    )
    terms = {c.term for c in mine_text(text, text)}
    assert "gencatan senjata" in terms
    assert "kaki lima" not in terms and "pedagang kaki lima" in terms


def test_a_phrase_mostly_followed_by_a_number_is_no_term():
    """petenis nomor satu, petenis nomor dua: petenis nomor is the start of a ranking, no
    term; the phrase before other words (kontrak pembelian yang) stays."""
    text = (
        "Petenis itu kini menjadi petenis nomor satu dunia.\n"
        "Lawannya adalah petenis nomor dua dunia asal Serbia.\n"
        "Ia pernah menjadi petenis nomor tiga pada musim lalu.\n"
        "Klub menandatangani perpanjangan kontrak dengan pelatih.\n"
        "Perpanjangan kontrak itu berlaku hingga musim depan.\n"
    )
    terms = {c.term for c in mine_text(text)}
    assert "petenis nomor" not in terms
    assert "perpanjangan kontrak" in terms


def test_loose_phrases_seen_once_are_dropped_at_min_count_one():
    """With --min-count 1: restorasi lahan kambur (once, around the recurring lahan
    kambur) is the term in context, tambang timah beroperasi ends in a clause's verb; a
    phrase seen once with nothing recurring inside (penyelidikan epidemiologi) stays."""
    text = (
        "Api menjalar di lahan kambur yang kering.\n"
        "Pemadaman di lahan kambur sulit dilakukan.\n"
        "Menurut Walhi, restorasi lahan kambur tidak berjalan.\n"
        "Nelayan mengeluh sejak tambang timah beroperasi di pesisir.\n"
        "Dinas juga melakukan penyelidikan epidemiologi di desa itu.\n"
    )
    terms = {c.term for c in mine_text(text, min_count=1)}
    assert "lahan kambur" in terms and "penyelidikan epidemiologi" in terms
    assert "restorasi lahan kambur" not in terms
    assert "tambang timah beroperasi" not in terms


def test_a_head_noun_before_a_term_seen_as_often_is_its_context_at_min_count_one():
    """With --min-count 1: negara pengekspor senjata and gedung pencakar langit, each once,
    are a head noun before the term (pengekspor senjata, pencakar langit): one candidate
    each, the term; a three-word term with no kept term after its head stays."""
    text = (
        "Perjanjian ini mengatur negara pengekspor senjata di kawasan.\n"
        "Kebakaran menyebar ke gedung pencakar langit yang tengah dibangun.\n"
        "Dinas juga melakukan penyelidikan epidemiologi di desa itu.\n"
    )
    terms = {c.term for c in mine_text(text, min_count=1)}
    assert {"pengekspor senjata", "pencakar langit"} <= terms
    assert not {"negara pengekspor senjata", "gedung pencakar langit"} & terms
    assert "penyelidikan epidemiologi" in terms


def test_a_word_heading_many_different_terms_is_a_term_of_its_own():
    """retribusi in retribusi parkir, retribusi sampah, wajib retribusi... (C-value: what
    it owes to the longer terms is their mean count, not their sum)."""
    kinds = "parkir sampah pasar reklame terminal menara".split()
    lines = [f"Setiap wajib retribusi {k} menerima tagihan." for k in kinds]
    lines += [f"Dinas menaikkan retribusi {k} tahun ini." for k in kinds]
    lines += ["Pendapatan dari retribusi naik.", "Warga menolak retribusi itu."]
    # An everyday word as frequent here (upaya, 1 in 10,000 words of general Indonesian).
    lines += [f"Upaya dinas di {k} belum berhasil, dan upaya warga juga." for k in kinds]
    found = mine_text("\n".join(lines))
    word = find(found, "retribusi")
    assert word is not None and word.term == "retribusi"
    everyday = find(found, "upaya")
    assert everyday is None or everyday.score < word.score


@given(
    st.lists(
        st.sampled_from(["kondisi", "ekonomi", "peringkat", "zzqa", "idA", "gencatan", "xqw"]),
        min_size=2,
        max_size=4,
    )
)
def test_a_phrase_is_no_rarer_in_general_indonesian_than_the_list_allows(words):
    """A phrase's general frequency lies between the list's floor (shared among its words)
    and the frequency of its rarest word, however many words the list lacks."""
    from glossary.mine.terms import UNLISTED, _general_frequency
    from glossary.morphology import general_frequencies

    frequency = _general_frequency(words)
    listed = [general_frequencies().get(w, 0.0) for w in words]
    assert frequency >= UNLISTED / len(words) * 0.999
    assert frequency <= min(max(f, UNLISTED) for f in listed) * 1.001


@given(st.integers(1, 400), st.floats(1e-4, 10.0), st.integers(2, 4))
def test_unithood_trusts_a_recurring_phrase_more_than_one_seen_a_few_times(count, chance, n):
    """Meeting 40 times in a text where chance says 10 proves more than meeting 4 times
    where chance says once: the same ratio, surer evidence. A phrase seen up to four
    times counts as seen half a time, whatever its ratio."""
    from glossary.mine.terms import unithood

    if count >= 6:
        assert unithood(count * 10, chance * 10, n) > unithood(count, chance, n)
    if count <= 4:
        assert unithood(count, chance, n) == unithood(1, chance, n)


def domain_text(pajak: int) -> str:
    """About 22,000 words of city news with ``pajak`` (1 in 11,000 words of general
    Indonesian) written ``pajak`` times, and sanksi (1 in 45,000) six times."""
    news = "".join(f"Toko nomor {n} membayar pajak tahun ini.\n" for n in range(pajak))
    news += "".join(f"Dewan menjatuhkan sanksi kepada toko nomor {n}.\n" for n in range(6))
    return filler(2000) + news


def test_a_common_word_of_the_domain_ranks_after_the_specific_ones():
    """pajak, 8 times as frequent here as in general Indonesian, is too common for the
    contrast a term needs (22 times) but a word of this text's domain: a candidate after
    every specific one, and never on the first page."""
    found = mine_text(domain_text(15))
    terms = [c.term for c in found]
    assert "sanksi" in terms
    assert terms[-1] == "pajak"
    assert found[-1].score < found[-2].score


def test_in_a_short_text_a_common_word_is_no_domain_word():
    """In a few articles any word of their topic is that frequent: no candidate."""
    text = filler(100) + "".join(f"Toko nomor {n} membayar pajak tahun ini.\n" for n in range(3))
    assert "pajak" not in {c.term for c in mine_text(text)}


@given(st.integers(1, 6))
def test_scores_never_rise_down_the_list(first_page):
    """After the first page candidates rank by their later score, scaled below it."""
    saved = ranking.FIRST_PAGE
    ranking.FIRST_PAGE = first_page
    try:
        found = mine_text(domain_text(15) + TERM_TEXT)
    finally:
        ranking.FIRST_PAGE = saved
    scores = [c.score for c in found]
    assert scores == sorted(scores, reverse=True)


TERM_TEXT = (
    "Sundulan Andi membentur mistar. Gencatan senjata berlaku di Gaza.\n"
    "Gencatan senjata dilanggar lagi; sundulan Budi masuk gawang.\n"
    "Tentara melanggar gencatan senjata. Trilobita ditemukan di tebing.\n"
    "Fosil trilobita itu tua. Sundulan keras, trilobita langka.\n"
)


def test_a_hyphenated_word_is_as_common_as_its_listed_spelling():
    """wordfreq splits at hyphens: e-mail is as common as email, obat-obatan as obatan
    (the half it counted at each use), sanksi-sanksi as sanksi; so e-mail is no rarer
    than the everyday word it is, and ranks below a rare term used as often."""
    assert general_frequency("e-mail") == general_frequency("email") > 0.0
    assert general_frequency("obat-obatan") == general_frequency("obatan") > 0.0
    assert general_frequency("sanksi-sanksi") == general_frequency("sanksi") > 0.0
    text = (
        "Peneliti mengirim e-mail tentang stromatolit. Stromatolit itu tua.\n"
        "Balasan e-mail tiba. Stromatolit purba diukur; e-mail kedua menyusul.\n"
        "Tim menulis e-mail lagi tentang stromatolit.\n"
    )
    found = {c.term: c for c in mine_text(text)}
    assert found["e-mail"].score < found["stromatolit"].score


def test_after_the_first_page_a_compound_of_everyday_words_weighs_more(monkeypatch):
    """kartu merah (two everyday words, recurring as a unit) ranks below a rare word seen
    half as often on the first page, where rumah sakit must stay down, and above it after."""
    text = "".join(f"Wasit memberi kartu merah kepada bek {n}.\n" for n in range(8))
    text += "".join(f"Lalu stromatolit diukur di tebing {n}.\n" for n in range(4))
    first, later = first_page_and_later(text, monkeypatch)
    assert first.index("stromatolit") < first.index("kartu merah")
    assert later.index("kartu merah") < later.index("stromatolit")


def test_an_aspect_word_ends_a_term_only_where_it_is_no_aspect():
    """tengah is the aspect before a verb (polisi tengah menyelidiki: the police are
    investigating) and an adjective after a noun (pemain tengah: a midfielder)."""
    text = (
        "Pelatih memasang pemain tengah baru. Polisi tengah menyelidiki kasus itu.\n"
        "Pemain tengah itu cedera, dan polisi tengah memeriksa saksi.\n"
        "Klub membeli pemain tengah, Budi. Polisi sedang menunggu hasil.\n"
        "Polisi tengah mencari pelaku. Polisi sedang menunggu saksi.\n"
    )
    terms = {c.term for c in mine_text(text)}
    assert "pemain tengah" in terms
    assert not {"polisi tengah", "polisi sedang"} & terms


def test_a_specialised_loan_is_a_word_of_the_domain_where_a_native_word_is_not():
    """virus and telur are as common in general Indonesian (1 in 12,000 words) and each
    about 2.5 times as frequent here: too little for a native word, but virus is a loan of
    a specialised English word (the international vocabulary), a term of the domain after
    the first page."""
    news = [f"Peneliti menemukan virus pada telur ayam nomor {n} di kandang.\n" for n in range(5)]
    found = mine_text(filler(1000, "utara") + "".join(news[:3]), filler(1000) + "".join(news[3:]))
    terms = [c.term for c in found]
    assert "virus" in terms
    assert "telur" not in terms


def test_the_international_vocabulary_holds_specialised_loans_only():
    """Loans of specialised English words, respelt or written the same; not native
    words, nor loans of everyday English words (kondisi: condition)."""
    words = dictionary.international_words()
    assert {"virus", "radiasi", "hormon", "prosesor", "korupsi"} <= words
    assert not {"telur", "serangga", "pajak", "kondisi", "akses"} & words


@pytest.mark.skipif(not DICT_INDEX.is_file(), reason="FreeDict eng-ind is not installed")
def test_a_native_word_that_only_looks_like_a_loan_is_no_specialised_loan():
    """induk looks like a loan of induce, hakim of hakim, kanan of Canaan: FreeDict renders
    them mother, judge, right, English words they do not resemble; radiasi and fisik
    (physical) resemble theirs."""
    loans = dictionary.specialised_loans()
    assert {"virus", "radiasi", "hormon", "korupsi"} <= loans
    assert not {"induk", "hakim", "kanan", "kantor"} & loans
    assert {"induk", "hakim", "kanan", "kantor"} <= dictionary.international_words()


def test_an_acronym_with_one_small_letter_is_an_acronym():
    """PPh (Pajak Penghasilan) is written with a small h; McDonald is a name."""
    text = (
        "Tahun ini penerimaan PPh naik. Kata dia, setoran PPh tumbuh.\n"
        "Pemerintah menaikkan target PPh. Gerai McDonald ramai; pemilik McDonald senang.\n"
    )
    kinds = {c.term: c.kind for c in mine_text(text)}
    assert kinds["PPh"] == "acronym"
    assert kinds.get("McDonald") != "acronym"


def test_one_title_word_is_headed_in_lower_case():
    """Pelatih, capitalised at a sentence's start and before a name, is the common noun
    pelatih (coach); the written form stays a variant."""
    text = (
        "Pelatih Persija menilai timnya siap. Pelatih itu juga memuji kiper.\n"
        "Menurut dia, Pelatih Arema tidak hadir. Pelatih mengatakan latihan ditunda.\n"
    )
    coach = find(mine_text(text, text), "Pelatih")
    assert (coach.term, coach.kind) == ("pelatih", "title")
