"""Domain terms on news the miner was not built on: verb–noun units, species names, the
common words of a domain, kinds of names."""

from __future__ import annotations

from glossary.mine import ranking
from tests.test_mine import find, mine_text


def test_a_base_verb_and_the_noun_it_holds_are_one_term():
    """jatuh tempo (the maturity date): tempo is nearly always after jatuh, so the pair is
    the term and tempo no fragment candidate; masuk rumah sakit is a predicate."""
    banks = "Mandiri BNI BRI BCA Danamon Permata".split()
    lines = [f"Obligasi Bank {b} akan jatuh tempo pada bulan Maret." for b in banks]
    lines += [f"Utang yang jatuh tempo tahun ini mencapai {n} triliun." for n in range(4, 8)]
    lines.append("Pembayaran dilakukan dalam tempo singkat.")
    lines += [f"Korban ke-{n} masuk rumah sakit pada malam hari." for n in range(4)]
    lines += ["Rumah sakit itu penuh. Rumah sakit daerah menolak pasien."]
    found = mine_text("\n".join(lines))
    term = find(found, "jatuh tempo")
    assert term is not None and term.term == "jatuh tempo" and term.count == 10
    assert find(found, "tempo") is None
    assert find(found, "masuk rumah sakit") is None and find(found, "masuk rumah") is None


def test_a_verb_before_a_word_it_does_not_hold_makes_no_term():
    lines = [f"Harga saham kembali naik pada sesi {n}." for n in range(5)]
    lines += [f"Investor menunggu pengumuman bank sentral {n}." for n in range(5)]
    lines += ["Laporan bank itu keluar kemarin.", "Bank menunggu investor asing."]
    found = mine_text("\n".join(lines))
    assert not any(c.term.split()[0] in ("kembali", "menunggu") for c in found)


def filler(lines: int) -> str:
    """Distinct everyday lines (a repeated line counts once in a document)."""
    return "".join(
        f"Pemerintah kota membangun jalan baru sepanjang {n} kilometer di kawasan itu.\n"
        for n in range(lines)
    )


def test_an_everyday_word_ten_times_as_frequent_is_a_word_of_the_domain():
    """sel (a cell; 1 in 6,600 words of general Indonesian, a prison cell too) 12 times
    as frequent here is a word of this text's domain, after the specific terms; tubuh
    (1 in 3,700) seven times as frequent is still everyday."""
    news = [f"Peneliti mengamati sel dan tubuh tikus nomor {n} di lab.\n" for n in range(50)]
    news += [f"Peneliti menemukan enzim pada tikus nomor {n}.\n" for n in range(6)]
    found = mine_text(filler(1000) + "".join(news[::2]), filler(1000) + "".join(news[1::2]))
    terms = [c.term for c in found]
    assert "sel" in terms and "tubuh" not in terms
    assert terms.index("sel") > terms.index("enzim")


def test_in_a_short_text_an_everyday_word_is_no_word_of_the_domain():
    news = [f"Peneliti mengamati sel tikus nomor {n} di laboratorium.\n" for n in range(10)]
    assert "sel" not in {c.term for c in mine_text(filler(100) + "".join(news))}


def first_page_and_later(text: str, monkeypatch) -> tuple[list[str], list[str]]:
    """The terms of ``text`` as the first page ranks them, and as the later pages do."""
    first = [c.term for c in mine_text(text)]
    monkeypatch.setattr(ranking, "FIRST_PAGE", 0)
    return first, [c.term for c in mine_text(text)]


def test_after_the_first_page_frequency_weighs_more_than_contrast(monkeypatch):
    """prosesor (1 in 80,000 words of general Indonesian) 14 times in 120,000 words, about
    10 times as frequent here: short of the full contrast of a phrase of unlisted words
    seen three times, which ranks first on the first page; after it, the frequent term."""
    text = filler(10_000)
    text += "".join(f"Pabrik memasang prosesor pada ponsel nomor {n}.\n" for n in range(14))
    text += "".join(f"Lapisan semikonduktor galium nitrida ke-{n} diuji.\n" for n in range(3))
    first, later = first_page_and_later(text, monkeypatch)
    assert first.index("semikonduktor galium nitrida") < first.index("prosesor")
    assert later.index("prosesor") < later.index("semikonduktor galium nitrida")


def test_a_word_seen_alone_fewer_times_than_a_candidate_needs_is_a_fragment():
    """penegakan (enforcement) twice in penegakan sanksi and once alone: a fragment of the
    term; pajak, alone twice beside wajib pajak, a term of its own."""
    text = (
        "Dewan menuntut penegakan sanksi terhadap Pyongyang.\n"
        "Penegakan sanksi itu dipantau oleh komite khusus.\n"
        "Pemerintah menjanjikan penegakan hukum yang adil.\n"
        "Setiap wajib pajak harus melapor. Wajib pajak yang terlambat didenda.\n"
        "Kantor itu memungut pajak kendaraan. Tarif pajak naik tahun ini.\n"
    )
    terms = {c.term for c in mine_text(text)}
    assert "penegakan sanksi" in terms and "penegakan" not in terms
    assert "wajib pajak" in terms and "pajak" in terms


SPECIES = """Nyamuk Aedes aegypti menularkan virus dengue kepada warga.
Dinas Kesehatan memberantas sarang nyamuk Aedes aegypti di permukiman.
Populasi Aedes aegypti meningkat pada musim hujan.
Selain itu, Aedes albopictus juga ditemukan di kebun warga.
Peneliti mencatat Aedes albopictus bertelur di ban bekas.
Bakteri Escherichia coli ditemukan di air sumur. Escherichia coli menyebabkan diare.
"""


def test_a_species_epithet_joins_its_genus():
    """aegypti is always after Aedes: the term is Aedes aegypti, no epithet alone; Aedes,
    the genus of two species, stays a name; Escherichia, only ever in Escherichia coli,
    is none of its own."""
    found = {c.term: c for c in mine_text(SPECIES)}
    assert found["Aedes aegypti"].count == 3 and found["Aedes albopictus"].count == 2
    assert found["Escherichia coli"].count == 2
    assert not {"aegypti", "albopictus", "coli", "Escherichia"} & set(found)
    assert "Aedes" in found


def test_a_rare_word_after_different_capitalised_words_is_no_epithet():
    text = (
        "Warga Cilandak membuat gerabah dari tanah liat. Gerabah itu dijual murah.\n"
        "Perajin Cipete juga membuat gerabah dan menjualnya ke pasar.\n"
    )
    found = {c.term for c in mine_text(text)}
    assert "gerabah" in found and not any(t.endswith(" gerabah") for t in found)


def test_a_title_before_a_place_an_administrative_unit_names_is_no_form_of_it():
    """Sukamakmur follows Kecamatan: a place; Wakil Camat Sukamakmur is the office of the
    district's deputy head, no variant of the place (rejecting it must not reject it)."""
    text = (
        "Banjir merendam Kecamatan Sukamakmur sejak Senin. Warga Kecamatan Sukamakmur mengungsi.\n"
        "Wakil Camat Sukamakmur, Budi Hartono, mengatakan bantuan sudah tiba.\n"
        "Camat Sukamakmur meminta warga waspada. Posko dibuka di Sukamakmur.\n"
    )
    place = find(mine_text(text), "Sukamakmur")
    assert place is not None and place.kind == "place"
    assert not any("Camat" in v for v in place.variants)


CLUBS = """Real Cordoba mengalahkan Racing Sentosa 2-1 di kandang sendiri.
Real Cordoba kini berada di posisi ketiga klasemen sementara.
Racing Sentosa gagal mencetak gol kedua. Racing Sentosa kalah lagi pekan lalu.
Cordoba akan menjamu Real Oviedo pekan depan. Real Oviedo baru saja menang.
Real Valdez dan Real Oviedo bermain imbang. Real Valdez tertinggal dua gol.
Jadwal laga Real Valdez ditunda karena hujan. Para suporter Real kecewa.
Kemenangan Real Marco Santini disambut suporter.
Santini mengatakan timnya bermain disiplin. Menurut Santini, kiper tampil baik.
Kapten Real mencetak gol. Real memang tampil kuat.
"""


def test_a_club_named_like_a_person_is_an_organisation():
    """Real Cordoba and Racing Sentosa read like a given name and a surname, and the text
    writes Cordoba alone: clubs all the same."""
    found = mine_text(CLUBS)
    assert find(found, "Real Cordoba").kind == "organisation"
    assert find(found, "Racing Sentosa").kind == "organisation"
    assert find(found, "Cordoba") is find(found, "Real Cordoba")


def test_a_full_name_after_a_word_that_heads_names_is_a_person_of_its_own():
    """Real opens several names (Real Cordoba, Real Oviedo, Real Valdez) and stays whole
    with them, but Real Marco Santini (Real's coach) is Real | Marco Santini."""
    found = mine_text(CLUBS)
    coach = find(found, "Marco Santini")
    assert coach is not None and coach.kind == "person"
    assert not any("Real Marco" in f for c in found for f in (c.term, *c.variants))
