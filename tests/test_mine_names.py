"""Names on news the miner has never seen (issue 12): what stays apart, what joins."""

from __future__ import annotations

from tests.test_mine import find, mine_text


def test_an_organisation_after_a_lowercase_title_is_split_off_the_person():
    """juru bicara Kremlin Dmitry Peskov: the title in lower case says a person follows,
    and the organisation recurs alone (here only at a sentence's start)."""
    text = (
        "Juru bicara Valdoria Istvan Rakosi mengatakan serangan itu menyasar gudang senjata.\n"
        "Valdoria membantah tuduhan bahwa permukiman warga menjadi sasaran.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Valdoria").term == "Valdoria"
    assert find(found, "Istvan Rakosi").term == "Istvan Rakosi"
    assert not [c for c in found if "Valdoria Istvan" in c.term]


def test_a_full_name_after_a_lowercase_title_stays_whole():
    """kata juru bicara Istvan Rakosi: no organisation before the name, nothing to split."""
    text = (
        "Serangan itu menyasar gudang, kata juru bicara Istvan Rakosi.\n"
        "Istvan Rakosi menolak tuduhan itu.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Istvan Rakosi").term == "Istvan Rakosi"


def test_a_head_noun_of_several_names_is_a_term_with_all_its_occurrences():
    """Kecamatan Sukamaju, Kecamatan Cibening and kantor kecamatan: the translator needs
    kecamatan however the text writes it, and its count is all of them."""
    text = (
        "Banjir merendam dua kelurahan di Kecamatan Sukamaju pada Senin.\n"
        "Warga Kecamatan Cibening mengungsi ke kantor kecamatan.\n"
        "Camat meminta setiap kecamatan menyiapkan dapur umum.\n"
    )
    found = mine_text(text, text)
    kecamatan = find(found, "kecamatan")
    assert kecamatan is not None and kecamatan.count == 8


def test_a_place_named_only_after_head_words_is_split_off_the_person():
    """Camat Sukaraya Hilir Eka Wiranto: Sukaraya Hilir is never alone, but it ends other
    names (Kecamatan Sukaraya Hilir, Pasar Sukaraya Hilir), and the person recurs alone."""
    text = (
        "Banjir merendam Kecamatan Sukaraya Hilir pada Senin.\n"
        "Camat Sukaraya Hilir Eka Wiranto meminta warga mengungsi.\n"
        "Eka Wiranto mengatakan dapur umum dibuka di Pasar Sukaraya Hilir.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Eka Wiranto").term == "Eka Wiranto"
    assert not [c for c in found if "Hilir Eka" in c.term]


def test_a_place_and_its_direction_before_a_person_are_split_off():
    """Kepala Satpol PP Jakarta Timur Budi Santoso: organisation, place, person."""
    text = (
        "Kepala Satpol PP Jakarta Timur Budi Santoso mengatakan penertiban berlanjut.\n"
        "Satpol PP membongkar lapak di Jakarta Timur. Budi Santoso meninjau lokasi.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Budi Santoso").term == "Budi Santoso"
    assert find(found, "Satpol PP").term == "Satpol PP"
    assert not [c for c in found if "Timur Budi" in c.term]


def test_a_place_the_text_writes_after_di_or_ke_is_split_off_the_person():
    """Valdoria Istvan Rakosi with no title: Valdoria after di is a place or an
    organisation, not a given name."""
    text = (
        "Valdoria Istvan Rakosi mengatakan serangan itu menyasar gudang senjata.\n"
        "Pertemuan di Valdoria berlangsung tertutup.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Valdoria").term == "Valdoria"
    assert not [c for c in found if "Valdoria Istvan" in c.term]


def test_a_full_name_whose_first_name_is_also_written_alone_stays_whole():
    """Kim Jong Un: Kim alone is the man, not a place; nothing to split."""
    text = (
        "Pada Senin, Kim Jong Un meninjau pabrik senjata.\n"
        "Media pemerintah melaporkan Kim memuji para pekerja.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Kim Jong Un").term == "Kim Jong Un"


def test_a_syllabic_short_form_of_a_name_is_an_organisation_before_a_person():
    """Badan Pengawas Pemilu (Bawaslu): the text expands it, so Bawaslu before a full
    name is the organisation, and it carries its expansion."""
    text = (
        "Badan Pengawas Sengketa (Bawasket) menerima 300 laporan.\n"
        "Anggota Bawasket Lolita Suhendra mengatakan laporan itu diperiksa.\n"
        "Bawasket merekomendasikan pemungutan suara ulang.\n"
    )
    found = mine_text(text, text)
    bawasket = find(found, "Bawasket")
    assert bawasket.term == "Bawasket" and "Badan Pengawas Sengketa" in bawasket.variants
    assert not [c for c in found if "Bawasket Lolita" in c.term]


def test_a_capitalised_word_in_brackets_is_no_short_form_of_the_words_before_it():
    text = "Harga minyak naik tajam, kata Jaka (Jakarta). Minyak mahal (Reuters).\n"
    assert not [c for c in mine_text(text, text) if c.expansion or "Jakarta" in c.variants]


def test_a_ter_word_after_a_preposition_is_a_noun():
    """vonis terhadap terdakwa, hukuman bagi terdakwa: terdakwa is a noun there."""
    text = "Hakim membacakan vonis terhadap terdakwa. Hukuman bagi terdakwa berat.\n"
    assert find(mine_text(text, text), "terdakwa") is not None


def test_two_places_joined_by_dan_are_two_candidates():
    """Muara Sentosa dan Pluwit: no head word opens it, so it is no organisation's name;
    Pusat Data dan Informasi, opened by Pusat, stays one."""
    text = (
        "Banjir rob merendam Muara Sentosa dan Pluwit pada Senin.\n"
        "Warga Muara Sentosa mengungsi. Pusat Data dan Informasi mencatat kerugian.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Muara Sentosa").term == "Muara Sentosa"
    assert not [c for c in found if "Sentosa dan" in c.term]
    assert find(found, "Pusat Data dan Informasi") is not None
