"""Names on news the miner has never seen (issue 12): what stays apart, what joins."""

from __future__ import annotations

import pytest

from tests.test_mine import find, mine_text

BAWASKET = (
    "Badan Pengawas Sengketa (Bawasket) menerima 300 laporan.\n"
    "Anggota Bawasket Lolita Suhendra mengatakan laporan itu diperiksa.\n"
    "Bawasket merekomendasikan pemungutan suara ulang.\n"
)

# (text, names that must be candidates of their own, fragment no candidate may hold),
# each with the reason the run is more than one name.
GLUED_NAMES = [
    pytest.param(
        "Aktivis Lorhai menilai penegakan hukum masih lemah.\n"
        "Menurut Lorhai, titik panas berada di lahan gambut konsesi.\n",
        ["Lorhai"],
        "Aktivis Lorhai",
        # Aktivis Walhi ... Menurut Walhi: the organisation recurs alone after a sentence's
        # first word (menurut), so the common noun that starts the other sentence is no name.
        id="common-noun-at-sentence-start-before-organisation",
    ),
    pytest.param(
        "Juru bicara Valdoria Istvan Rakosi mengatakan serangan itu menyasar gudang senjata.\n"
        "Valdoria membantah tuduhan bahwa permukiman warga menjadi sasaran.\n",
        ["Valdoria", "Istvan Rakosi"],
        "Valdoria Istvan",
        # juru bicara Kremlin Dmitry Peskov: the lowercase title says a person follows
        # and the organisation recurs alone (here only at a sentence's start).
        id="organisation-after-lowercase-title",
    ),
    pytest.param(
        "Hal itu disampaikan juru bicara Valdoria Istvan Rakosi kepada wartawan.\n"
        "Menurut juru bicara Valdoria Istvan Rakosi, pertemuan belum dijadwalkan.\n"
        "Rakosi mengatakan Valdoria tidak akan bernegosiasi.\n",
        ["Valdoria", "Istvan Rakosi"],
        "Valdoria Istvan",
        # the whole run recurs more often than the organisation alone: after a lowercase
        # title, a full name whose surname recurs alone is enough.
        id="organisation-after-lowercase-title-recurring-whole",
    ),
    pytest.param(
        "Kapolda Kalimantan Tengah Irjen Wirya Santosa mengatakan lima orang ditangkap.\n"
        "Para tersangka membuka lahan dengan membakar, kata Wirya.\n",
        ["Wirya Santosa", "Kalimantan Tengah"],
        "Tengah Irjen",
        # a rank after the place (Irjen, Mayjen) opens the person's part of the run.
        id="rank-after-place",
    ),
    pytest.param(
        "Banjir merendam Kecamatan Sukaraya Hilir pada Senin.\n"
        "Camat Sukaraya Hilir Eka Wiranto meminta warga mengungsi.\n"
        "Eka Wiranto mengatakan dapur umum dibuka di Pasar Sukaraya Hilir.\n",
        ["Eka Wiranto"],
        "Hilir Eka",
        # the place is never alone, but it ends other names; the person recurs alone.
        id="place-named-only-after-head-words",
    ),
    pytest.param(
        "Kepala Satpol PP Jakarta Timur Budi Santoso mengatakan penertiban berlanjut.\n"
        "Satpol PP membongkar lapak di Jakarta Timur. Budi Santoso meninjau lokasi.\n",
        ["Budi Santoso", "Satpol PP"],
        "Timur Budi",
        # organisation, place with its direction, person: each recurs alone.
        id="place-and-direction-before-person",
    ),
    pytest.param(
        "Valdoria Istvan Rakosi mengatakan serangan itu menyasar gudang senjata.\n"
        "Pertemuan di Valdoria berlangsung tertutup.\n",
        ["Valdoria"],
        "Valdoria Istvan",
        # no title: a word the text writes after di is a place, not a given name.
        id="place-after-di",
    ),
    pytest.param(
        "Di Kairo, Liga Wadani mendesak semua pihak menghormati gencatan senjata.\n"
        "Sekretaris Jenderal Liga Wadani Harun Basyir mengatakan bantuan harus masuk.\n",
        ["Liga Wadani", "Harun Basyir"],
        "Wadani Harun",
        # Sekretaris Jenderal Liga Arab Ahmed Fathi: the title says a person follows.
        id="person-after-title-and-organisation",
    ),
    pytest.param(
        BAWASKET,
        ["Bawasket"],
        "Bawasket Lolita",
        # the text expands the syllabic short form: it is an organisation, not a name.
        id="syllabic-short-form-before-person",
    ),
    pytest.param(
        "Banjir rob merendam Muara Sentosa dan Pluwit pada Senin.\n"
        "Warga Muara Sentosa mengungsi. Pusat Data dan Informasi mencatat kerugian.\n",
        ["Muara Sentosa", "Pusat Data dan Informasi"],
        "Sentosa dan",
        # no head word opens Muara Sentosa dan Pluwit; Pusat opens one name with dan.
        id="two-places-joined-by-dan",
    ),
    pytest.param(
        "Kisah pendiri Kontakku Lorenz Hubermann akan dibukukan.\n"
        "Jejaring sosial Kontakku tumbuh pesat. Hubermann mendirikannya saat kuliah.\n"
        "Penulis menyebut kisah Hubermann luar biasa.\n",
        ["Kontakku", "Lorenz Hubermann"],
        "Kontakku Lorenz",
        # Facebook Mark Zuckerberg once: the company recurs alone, and the surname more
        # often than the whole run.
        id="company-before-founder-named-by-surname",
    ),
    pytest.param(
        "Pemimpin Fajrun Sadiq Halawi mengatakan kelompoknya siap berunding.\n"
        "Pejabat Fajrun Sadiq Halawi tiba di Kairo pada Senin.\n"
        "Fajrun menolak syarat itu. Kata dia, Fajrun tidak akan mundur.\n",
        ["Fajrun", "Sadiq Halawi"],
        "Fajrun Sadiq",
        # Pemimpin Hamas Khalil al-Hayya: the title shows the organisation and the person
        # apart, and that holds where a common noun opens the sentence instead.
        id="split-shown-after-a-title-holds-without-it",
    ),
    pytest.param(
        "Faksi Fadun Mahmud Sabri menguasai kota itu.\n"
        "Fadun dan Hamrus bertemu di Kairo. Presiden Mahmud Sabri hadir.\n"
        "Sabri mendesak gencatan senjata.\n",
        ["Fadun", "Mahmud Sabri"],
        "Fadun Mahmud",
        # Faksi Fatah Mahmoud Abbas beside Fatah dan Hamas: a name joined to another by
        # dan is written alone.
        id="organisation-written-alone-beside-another-by-dan",
    ),
    pytest.param(
        "Direktur Pemasaran Ritel PT Bank Sentosa Tbk, Harun Wijaya di Jakarta mengatakan "
        "kredit tumbuh.\n"
        "Direktur Pemasaran Ritel PT Bank Sentosa Harun Wijaya mengatakan bunga turun.\n",
        ["PT Bank Sentosa", "Harun Wijaya", "Direktur Pemasaran Ritel"],
        "Ritel PT",
        # PT opens a company: after a title, the words before it are the holder's office;
        # the holder, written alone after the company, follows it.
        id="office-before-company-legal-form",
    ),
    pytest.param(
        "Lembaga itu memberi peringkat A untuk PT Bank Amanah Sejahtera Tbk Amanah, "
        "dengan prospek stabil.\n",
        ["PT Bank Amanah Sejahtera Tbk"],
        "Tbk Amanah",
        # Tbk ends a company's name; it never opens the next one.
        id="legal-suffix-ends-a-company",
    ),
    pytest.param(
        "Gabungan Pengusaha Kapal Layar Nusantara (Gapeklan) menolak aturan itu.\n"
        "Ketua Umum Gapeklan Hendra Wibisana mengatakan tarif pelabuhan terlalu tinggi.\n"
        "Pemerintah belum menanggapi penolakan itu.\n",
        ["Gapeklan", "Hendra Wibisana"],
        "Gapeklan Hendra",
        # Gapeklan takes one or two letters of each word but one (Gaikindo, Aprindo): its
        # five-word expansion makes it a body, no first name written alone.
        id="syllabic-short-form-of-a-long-name-before-its-head",
    ),
    pytest.param(
        "Staf Khusus Presiden Bidang Perdagangan Lestari Wulandono menilai ekspor membaik.\n"
        "Lestari mengatakan harga komoditas naik.\n",
        ["Lestari Wulandono"],
        "Perdagangan Lestari",
        # Bidang ("in the field of") gives a title its portfolio: the name follows it.
        id="title-with-its-field",
    ),
    pytest.param(
        "Hal itu disampaikan Menteri Negara Riset dan Teknologi Sudarto Wiryono di Bandung.\n"
        "Sudarto mengatakan anggaran riset naik.\n",
        ["Sudarto Wiryono"],
        "Teknologi Sudarto",
        # The title's own portfolio holds dan: no connector between two names.
        id="title-whose-portfolio-holds-dan",
    ),
    pytest.param(
        "Pendiri Lumora Rizal Hartono menjual sebagian sahamnya.\n"
        "Hartono mengatakan dana itu untuk yayasan.\n"
        "Saham perusahaan Lumora turun dua persen.\n",
        ["Lumora", "Rizal Hartono"],
        "Pendiri",
        # pendiri is pe(N)-diri, the founder: an ordinary word the sentence capitalises,
        # though the text never writes it elsewhere.
        id="affixed-doer-noun-at-sentence-start",
    ),
    pytest.param(
        "Pengusaha Rizal Hartono membuka pabrik baru di Kendal.\n"
        "Ketua Asosiasi Pengusaha Nusantara menyambut baik rencana itu.\n"
        "Hartono mengatakan pabrik itu menyerap 500 pekerja.\n",
        ["Rizal Hartono"],
        "Pengusaha Rizal",
        # Pengusaha is capitalised mid-sentence, but only inside another name: no evidence
        # that it opens this one.
        id="affixed-word-capitalised-only-in-another-name",
    ),
]


@pytest.mark.usefixtures("implementation")
@pytest.mark.parametrize(("text", "names", "glued"), GLUED_NAMES)
def test_a_glued_name_is_split(text, names, glued):
    """Each name is a candidate of its own, and no candidate holds the glued run."""
    found = mine_text(text, text)
    for name in names:
        assert find(found, name).term == name
    assert not [c for c in found if glued in c.term]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pemimpin Usman bin Ladar tewas. Usman bin Ladar bersembunyi. Usman bin Ladar kabur.\n",
            "Usman bin Ladar",
        ),
        (
            "Kata Khalid al-Harbi kemarin. Menurut Khalid al-Harbi, Khalid al-Harbi siap.\n",
            "Khalid al-Harbi",
        ),
    ],
)
@pytest.mark.usefixtures("implementation")
def test_a_particle_inside_a_person_s_name_keeps_it_whole(text, name):
    """Osama bin Laden, Khalil al-Hayya: a particle in lower case is part of the name, not
    a connector between two (as dan is) nor the end of a run."""
    found = mine_text(text, text)
    assert find(found, name).term == name
    assert find(found, name).kind == "person"
    assert not [c for c in found if c.term in name.split()]


@pytest.mark.usefixtures("implementation")
def test_a_first_name_written_alone_stays_with_a_minister_s_full_name():
    """Menteri Kesehatan Budi Gunadi Sadikin, then Budi: a title with its portfolio names
    the office whole, and Indonesian news writes a person by the first name, so the run is
    one person; after a bare title (Pemimpin Hamas Khalil al-Hayya) it is still split."""
    text = (
        "Menteri Kesehatan Wiraguna Santoso Hadilaga meninjau rumah sakit di Medan.\n"
        "Menurut Wiraguna, stok vaksin masih cukup. Wiraguna meminta warga tenang.\n"
    )
    found = mine_text(text, text)
    person = find(found, "Wiraguna Santoso Hadilaga")
    assert person.kind == "person" and "Wiraguna" in person.variants
    assert not [c for c in found if c.term == "Santoso Hadilaga"]


def test_a_given_name_shared_by_others_stays_with_its_surname():
    """Juan Roman Riquelme, Riquelme alone, beside Juan Mata and Juan Arango: Juan opens
    other names, so it is a given name, not a name glued before a person."""
    text = (
        "Gol dicetak gelandang Diego Ramon Alvarez. Pelatih memuji Alvarez.\n"
        "Kata dia, Alvarez mencetak dua gol. Striker Diego Suarez cedera.\n"
        "Bek Diego Moreno absen, tetapi Diego Moreno kembali. Kata dia, Diego siap.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Diego Ramon Alvarez") is not None
    assert find(found, "Ramon Alvarez") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Serangan itu menyasar gudang, kata juru bicara Istvan Rakosi.\n"
            "Istvan Rakosi menolak tuduhan itu.\n",
            "Istvan Rakosi",
            # no organisation between the lowercase title and the name: nothing to split.
            id="full-name-after-lowercase-title",
        ),
        pytest.param(
            "Pada Senin, Kim Jong Un meninjau pabrik senjata.\n"
            "Media pemerintah melaporkan Kim memuji para pekerja.\n",
            "Kim Jong Un",
            # Kim alone is the man, not a place: a first name written alone splits nothing.
            id="first-name-also-alone",
        ),
        pytest.param(
            "Bank Nusantara (BN) menahan BN Rate di level 6 persen.\n"
            "BN menilai inflasi masih terkendali.\n"
            "Analis memperkirakan BN Rate turun tahun depan.\n",
            "BN Rate",
            # a common English word never written alone ends an English name (BI Rate):
            # no name of its own after the acronym, however often the acronym is alone.
            id="english-word-after-acronym",
        ),
        pytest.param(
            "Pelaku dijerat Undang-Undang Pangan dan Gizi Nasional.\n"
            "Jaksa menilai Undang-Undang Pangan dan Gizi Nasional dilanggar, kata Anton.\n",
            "Undang-Undang Pangan dan Gizi Nasional",
            # A law's name holds dan: no law of Pangan beside a name Gizi Nasional.
            id="law-name-with-dan",
        ),
    ],
)
def test_a_full_name_stays_whole(text, name):
    """A person's full name the text gives no reason to split is one candidate."""
    assert find(mine_text(text, text), name).term == name


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


def test_an_administrative_unit_written_only_capitalised_is_a_term():
    """Kelurahan Sukamaju, Kelurahan Cibening: the text never writes kelurahan in lower
    case, but an administrative unit heading several names is a term, shown as written."""
    text = (
        "Banjir merendam Kelurahan Sukamaju pada Senin.\n"
        "Warga Kelurahan Cibening mengungsi ke masjid.\n"
        "Posko dibuka di Kelurahan Sukamaju dan Kelurahan Cibening.\n"
    )
    kelurahan = find(mine_text(text, text), "Kelurahan")
    assert kelurahan is not None and kelurahan.term == "Kelurahan" and kelurahan.count == 8


def test_a_regional_office_heading_several_names_is_a_term_with_its_expansion():
    """Sudin Pertamanan, Sudin Kebersihan: the city branch of an agency (suku dinas) heads
    names, so it is a candidate of its own, with what it stands for."""
    text = (
        "Petugas Sudin Pertamanan Jakarta Utara memangkas pohon.\n"
        "Truk Sudin Kebersihan Jakarta Barat mengangkut sampah.\n"
        "Kepala Sudin Pertamanan Jakarta Utara meninjau taman. Laporan sudin itu terlambat.\n"
    )
    sudin = find(mine_text(text, text), "sudin")
    assert sudin is not None and sudin.expansion.lower() == "suku dinas"


def test_a_syllabic_short_form_carries_the_expansion_the_text_gives():
    """Badan Pengawas Pemilu (Bawaslu): the text expands it, and the short form carries
    its expansion (split off the person in ``test_a_glued_name_is_split``)."""
    bawasket = find(mine_text(BAWASKET, BAWASKET), "Bawasket")
    assert bawasket.term == "Bawasket" and "Badan Pengawas Sengketa" in bawasket.variants


def test_a_capitalised_word_in_brackets_is_no_short_form_of_the_words_before_it():
    text = "Harga minyak naik tajam, kata Jaka (Jakarta). Minyak mahal (Reuters).\n"
    assert not [c for c in mine_text(text, text) if c.expansion or "Jakarta" in c.variants]


def test_a_ter_word_after_a_preposition_is_a_noun():
    """vonis terhadap terdakwa, hukuman bagi terdakwa: terdakwa is a noun there."""
    text = "Hakim membacakan vonis terhadap terdakwa. Hukuman bagi terdakwa berat.\n"
    assert find(mine_text(text, text), "terdakwa") is not None


def test_a_place_after_an_administrative_unit_is_no_surname():
    """Kabupaten Sukaraja: Sukaraja is a place, so it is a candidate of its own, not the
    short name of Dinkes Sukaraja (its health office) taken for a person."""
    text = (
        "Dinas Kesehatan Kabupaten Sukaraja menetapkan kejadian luar biasa campak.\n"
        "Dinkes Sukaraja menggelar imunisasi massal di 12 kecamatan.\n"
        "Vaksin dikirim ke Sukaraja pada Senin.\n"
        "Dinkes Sukaraja juga melacak kontak erat pasien.\n"
        "Bupati Sukaraja meminta kepala desa membantu.\n"
    )
    found = mine_text(text, text)
    place = find(found, "Sukaraja")
    assert place is not None and place.term == "Sukaraja"
    office = find(found, "Dinkes Sukaraja")
    assert office is not None and office.kind != "person"


def test_a_two_word_name_after_kota_is_a_place():
    """Kota Kuala Sembuang, Wali Kota Kuala Sembuang: a city, not a person."""
    text = (
        "Kabut asap menyelimuti Kota Kuala Sembuang pada Selasa.\n"
        "Wali Kota Kuala Sembuang meliburkan sekolah selama tiga hari.\n"
        "Sekolah di Kuala Sembuang dibuka kembali pekan depan.\n"
    )
    assert find(mine_text(text, text), "Kuala Sembuang").kind == "place"


def test_a_word_that_opens_several_names_heads_them():
    """Sporting Vadera, Sporting Morela, Sporting Tavira: Sporting heads club names (like
    Real in Real Madrid, Real Betis), so Sporting Vadera stays whole though the text
    also writes Sporting alone and Vadera, the city, alone."""
    text = (
        "Pelatih Sporting Vadera puas setelah menang atas Sporting Morela.\n"
        "Sporting Vadera kini memimpin klasemen, disusul Sporting Tavira.\n"
        "Sporting Morela dan Sporting Tavira akan bertemu pekan depan.\n"
        "Sporting Vadera bermain di kandang, dan Sporting unggul sejak menit awal.\n"
        "Sporting bertahan hingga akhir pertandingan.\n"
        "Ribuan penonton memadati stadion di Vadera, dan hotel di Vadera penuh.\n"
    )
    found = mine_text(text, text)
    club = find(found, "Sporting Vadera")
    assert club is not None and club.term == "Sporting Vadera"


def test_a_function_word_capitalised_mid_sentence_is_part_of_the_name():
    """sampah Kali Ciranggon Lor: kali (times) capitalised mid-sentence is the river, so
    the name is Kali Ciranggon Lor, not a person Ciranggon Lor; Kali ini at a sentence's
    start is no name."""
    text = (
        "Tumpukan sampah di Kali Ciranggon Lor sudah terjadi sejak lima hari lalu.\n"
        "Petugas mengangkut sampah Kali Ciranggon Lor dengan alat berat.\n"
        "Kali ini, warga diminta tidak membuang sampah ke sungai.\n"
    )
    found = mine_text(text, text)
    river = find(found, "Kali Ciranggon Lor")
    assert river is not None and river.term == "Kali Ciranggon Lor"
    assert not [c for c in found if c.term == "Ciranggon Lor"]


def test_a_body_named_only_at_sentence_starts_keeps_its_head():
    """Kementerian Perhubungan opens its sentences only, and the text also writes
    ``kementerian`` in lower case: the head still belongs to the name, as a portfolio
    follows it (the Transport Ministry), not a person or a place."""
    text = (
        "Kementerian Perhubungan memperkirakan jumlah pemudik naik.\n"
        "Menteri Perhubungan mengatakan puncak arus mudik terjadi pekan depan.\n"
        "Kementerian Perhubungan juga menggelar program mudik gratis.\n"
        "Menurut data kementerian, jumlah kendaraan naik.\n"
    )
    found = mine_text(text, text)
    ministry = find(found, "Kementerian Perhubungan")
    assert ministry is not None and ministry.term == "Kementerian Perhubungan"
    assert not [c for c in found if c.term == "Perhubungan"]


def test_an_acronym_written_alone_counts_where_it_ends_a_longer_name():
    """UEFA in Piala UEFA is UEFA: its count holds those lines too; AC, never written alone
    (AC Milan), gains nothing."""
    text = (
        "Klub itu menjuarai Piala FIKA musim lalu. Final Piala FIKA digelar di Wina.\n"
        "Sevilla lolos ke Piala FIKA. Tiket Piala FIKA habis terjual.\n"
        "FIKA menjatuhkan denda. Keputusan FIKA diprotes klub.\n"
        "Pemain AC Milan berlatih. AC Milan kalah. Fans AC Milan kecewa.\n"
    )
    found = mine_text(text)
    fika = find(found, "FIKA")
    assert fika is not None and fika.term == "FIKA" and fika.count == 6
    assert find(found, "Piala FIKA") is not fika
    assert find(found, "AC") is None


@pytest.mark.usefixtures("implementation")
def test_a_body_named_by_a_list_of_its_fields_is_one_name():
    """Badan Meteorologi, Klimatologi, dan Geofisika is one body though commas cut the
    run; Komisi Eropa, Jepang, dan Thailand lists a body and two countries."""
    text = (
        "Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan hujan lebat.\n"
        "Menurut Kepala Badan Meteorologi, Klimatologi, dan Geofisika, gempa itu dangkal.\n"
        "Kementerian Pendidikan, Kebudayaan, Riset dan Teknologi membuka pendaftaran.\n"
        "Kementerian Pendidikan, Kebudayaan, Riset dan Teknologi menambah kuota.\n"
        "Komisi Eropa, Jepang, dan Thailand menandatangani perjanjian dagang.\n"
        "Komisi Eropa, Jepang, dan Thailand bertemu lagi tahun depan.\n"
    )
    found = mine_text(text, text)
    agency = find(found, "Badan Meteorologi, Klimatologi, dan Geofisika")
    assert agency is not None and agency.count == 4  # two lines, in each of two documents
    ministry = find(found, "Kementerian Pendidikan, Kebudayaan, Riset dan Teknologi")
    assert ministry is not None and ministry.count == 4
    terms = {c.term for c in found}
    assert not terms & {"Klimatologi", "Geofisika", "Kebudayaan", "Badan Meteorologi"}
    assert "Jepang" in terms and not [t for t in terms if "Thailand" in t and "," in t]


def test_a_title_before_an_organisation_and_a_person_is_no_form_of_the_organisation():
    """Pemimpin Hizbullah Hassan Nasrallah: the title is the person's, so "Pemimpin
    Hizbullah" is no variant of Hizbullah (rejecting it would reject the body)."""
    text = (
        "Pemimpin Valdoria Istvan Rakosi berpidato di depan pendukungnya.\n"
        "Valdoria menembakkan roket ke perbatasan.\n"
        "Rakosi memperingatkan serangan baru.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Valdoria").variants == []
    assert find(found, "Istvan Rakosi") is not None


@pytest.mark.usefixtures("implementation")
def test_a_doubled_word_is_no_part_of_a_person_s_name():
    """Undang-Undang Narkotika is a law, not a person: a doubled word (undang-undang,
    pasukan-pasukan) is a common noun or a plural, never a given name or a surname."""
    text = (
        "Polisi menjerat tersangka dengan Undang-Undang Narkotika.\n"
        "Ancaman hukuman dalam Undang-Undang Narkotika cukup berat.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Undang-Undang Narkotika").kind != "person"


@pytest.mark.usefixtures("implementation")
@pytest.mark.parametrize(
    ("text", "body", "holder"),
    [
        (
            "Juru bicara KPK Larasati Wirananda mengatakan saksi diperiksa.\n"
            "Juru bicara KPK Larasati Wirananda menambahkan tersangka ditahan.\n",
            "KPK",
            "Larasati Wirananda",
        ),
        (
            "Kepala BNPB Harjosumarto meninjau lokasi banjir.\n"
            "Kepala BNPB Harjosumarto mengatakan bantuan sudah dikirim.\n",
            "BNPB",
            "Harjosumarto",
        ),
    ],
)
def test_a_body_known_by_its_acronym_is_split_from_the_holder_after_a_title(text, body, holder):
    """Juru bicara KPK Tessa Mahardhika: news names the body by an acronym everyone knows
    and the holder after it, even when the article never writes the body alone."""
    found = mine_text(text, text)
    assert find(found, holder) is not None
    assert find(found, body) is not None
    assert not [c for c in found if body in c.term.split() and c.term != body]


@pytest.mark.usefixtures("implementation")
def test_a_place_after_a_known_body_stays_with_the_body():
    """Ketua DPRD Jawa Tengah Sumanto: the place names which DPRD, it is not the start of
    the chairman's name."""
    text = (
        "Ketua DPRD Jawa Tengah Suryadarma meminta anggaran dievaluasi.\n"
        "Menurut Ketua DPRD Jawa Tengah Suryadarma, rapat digelar besok.\n"
    )
    found = mine_text(text, text)
    assert find(found, "Suryadarma") is not None
    assert not [c for c in found if c.term.startswith("Jawa Tengah Suryadarma")]


@pytest.mark.usefixtures("implementation")
def test_a_news_agency_s_dateline_names_no_term():
    """JAKARTA (ANTARA) - opens every article of a wire feed: neither the city in capitals
    nor the agency is a term of the story, and the city keeps its own candidate."""
    text = (
        "JAKARTA (ANTARA) - Pemerintah menambah armada bus di Jakarta.\n"
        "JAKARTA, Senin (ANTARA) - Harga cabai di pasar Jakarta naik tajam.\n"
        "BANDUNG, KOMPAS.com - Hujan deras mengguyur Bandung sejak pagi.\n"
        "BANDUNG (ANTARA) - Warga Bandung membersihkan saluran air.\n"
    )
    found = mine_text(text)
    assert not [c for c in found if c.kind == "acronym" or c.term.isupper()]
    assert find(found, "Jakarta").kind == "place"
    assert find(found, "Bandung").count == 2


@pytest.mark.usefixtures("implementation")
@pytest.mark.parametrize(
    ("text", "holder", "glued"),
    [
        (
            "Ketua Umum Partai Sentosa Wiradi Kartaprawira meninjau posko banjir.\n"
            "Menurut Wiradi, bantuan akan dikirim besok.\n"
            "Wiradi menambahkan bahwa kader diminta turun tangan.\n",
            "Wiradi Kartaprawira",
            "Partai Sentosa Wiradi",
        ),
        (
            "Direktur Utama PT Bank Makmur Tbk Harjanto Sumarsono membuka cabang baru.\n"
            "Bank Makmur menargetkan kredit tumbuh. PT Bank Makmur juga menambah modal.\n"
            "Sumarsono mengatakan ekspansi berlanjut. Kata Sumarsono, laba naik.\n",
            "Harjanto Sumarsono",
            "Tbk Harjanto",
        ),
        (
            "Kepala Badan Pangan Lestari Dadang Suparman meninjau gudang beras.\n"
            "Dadang mengatakan stok aman. Menurut Dadang, harga stabil.\n",
            "Dadang Suparman",
            "Lestari Dadang",
        ),
    ],
)
def test_a_holder_after_a_body_is_split_off_when_the_text_writes_the_name_alone(
    text, holder, glued
):
    """Ketua Umum Partai Golkar Bahlil Lahadalia, then Bahlil: the first name written alone
    shows where the body ends, though the body is never written alone; the body's own
    short name (Bank Mandiri, Mandiri) shows nothing."""
    found = mine_text(text)
    assert find(found, holder) is not None
    assert not [c for c in found for form in (c.term, *c.variants) if glued in form]


@pytest.mark.usefixtures("implementation")
def test_a_rank_opens_the_person_after_a_body():
    """Kapolda Metro Jaya Irjen Karyoto, Kadiv Humas Polri Irjen Pol X: the rank (with the
    police's Pol) opens the person's name; what stands before it names no one."""
    text = (
        "Kapolda Sumber Jaya Irjen Pol Baskoro Wicaksono memimpin apel pasukan.\n"
        "Kapolda Sumber Jaya Irjen Pol Baskoro Wicaksono meminta anggota waspada.\n"
        "Kadiv Humas Polri Irjen Sandiaga Purnomo menjelaskan kasus itu.\n"
        "Kadiv Humas Polri Irjen Sandiaga Purnomo menambahkan penyidikan berlanjut.\n"
    )
    found = mine_text(text)
    assert find(found, "Baskoro Wicaksono").kind == "person"
    assert find(found, "Sandiaga Purnomo").kind == "person"
    assert find(found, "Sumber Jaya").kind != "person"
    assert not [c for c in found if c.term.startswith(("Pol ", "Sumber Jaya Irjen"))]


@pytest.mark.usefixtures("implementation")
def test_jenderal_inside_a_body_s_name_is_no_rank():
    """Direktorat Jenderal Pajak, Sekretariat Jenderal: Jenderal is part of the body."""
    text = (
        "Direktorat Jenderal Pajak Kemenkeu mencatat penerimaan naik.\n"
        "Menurut Direktorat Jenderal Pajak Kemenkeu, target tercapai.\n"
    )
    found = mine_text(text)
    assert not [c for c in found if c.term.startswith("Pajak")]


@pytest.mark.usefixtures("implementation")
def test_a_known_place_and_another_name_joined_by_dan_are_two():
    """Israel dan Hamas sepakat: a country and a movement, not one name, though the text
    never writes Hamas alone."""
    text = "Israel dan Valkoria sepakat berunding.\nIsrael menahan serangan.\n"
    found = mine_text(text, min_count=1)
    assert not [c for c in found for form in (c.term, *c.variants) if " dan " in form]


@pytest.mark.usefixtures("implementation")
def test_a_place_named_by_its_head_noun_is_a_place_and_holds_no_dan():
    """Waduk Jatiluhur dan Situ Gintung: two places, each opened by its head noun (dam,
    lake); and the common noun starting a sentence before one (Pengunjung Pantai Ancol)
    is no part of it."""
    text = (
        "Air di Waduk Karanglor dan Situ Pelangsari terus naik.\n"
        "Warga memadati Pantai Rebonda saat libur panjang.\n"
        "Pengunjung Pantai Rebonda diminta waspada.\n"
    )
    found = mine_text(text, min_count=1)
    assert {"Waduk Karanglor", "Situ Pelangsari"} <= {c.term for c in found}
    assert not [c for c in found for form in (c.term, *c.variants) if " dan " in form]
    beach = find(found, "Pantai Rebonda")
    assert beach is not None and beach.kind == "place" and beach.count == 2
    assert find(found, "Pengunjung Pantai Rebonda") is None


def test_the_abbreviation_of_nomor_ends_a_name():
    """Perda No 8 (regional regulation number 8): No before a number ends the run, so no
    person Perda No; Jalan Kenari No 5 is the street."""
    text = (
        "Mereka melanggar Perda No 8 tahun 2007 tentang Ketertiban Umum.\n"
        "Kantor itu pindah ke Jalan Kenari No 5. Hal ini diatur dalam Perda No 11.\n"
    )
    found = mine_text(text, text, min_count=1)
    assert not [c for c in found if "No" in c.term.split()]
    assert find(found, "Jalan Kenari") is not None


@pytest.mark.usefixtures("implementation")
def test_a_company_s_legal_form_makes_it_an_organisation_and_ends_it():
    """PT Bank Amanah Persero Tbk: both legal suffixes end the company, and the ticker
    after them is no part of it; Sentosa Makmur Tbk, the company without its PT, is an
    organisation, never a person; the office before a PT is no person either."""
    text = (
        "Saham PT Bank Amanah Persero Tbk BAMN naik. Laba PT Bank Amanah Persero Tbk naik.\n"
        "Laba PT Sentosa Makmur Tbk SMKR naik. Saham Sentosa Makmur Tbk turun.\n"
        "Kata Harun Wijaya, Manajer Pemasaran Ritel PT Sentosa Makmur.\n"
        "Menurut Manajer Pemasaran Ritel PT Sentosa Makmur, laba naik.\n"
    )
    found = mine_text(text, text)
    assert find(found, "PT Bank Amanah Persero Tbk").kind == "organisation"
    assert find(found, "Sentosa Makmur Tbk").kind == "organisation"
    assert find(found, "PT Sentosa Makmur") is find(found, "PT Sentosa Makmur Tbk")
    assert find(found, "BAMN").term == "BAMN"
    assert not [c for c in found if c.kind == "person" and "Ritel" in c.term]
    assert not [c for c in found if c.term in ("Tbk BAMN", "Tbk SMKR", "Tbk")]


def test_the_words_between_a_lowercase_title_and_a_company_are_no_name():
    """sekretaris Perusahaan PT Sentosa Makmur: Perusahaan ends the title (corporate
    secretary), written in lower case before the run; it is no organisation of its own."""
    text = (
        "Hal itu dikatakan sekretaris Perusahaan PT Sentosa Makmur di Jakarta.\n"
        "Menurut sekretaris Perusahaan PT Sentosa Makmur, laba naik.\n"
    )
    found = mine_text(text, text)
    assert find(found, "PT Sentosa Makmur") is not None
    assert find(found, "Perusahaan") is None


@pytest.mark.usefixtures("implementation")
def test_a_head_noun_the_text_writes_in_lower_case_is_no_short_name():
    """Topan of Topan Marvela is the storm (topan), no short name of it; Hartono of Rizal
    Hartono is."""
    text = (
        "Topan Marvela menghantam pesisir Luzon pada Senin.\n"
        "Sedikitnya 40 orang tewas akibat Topan Marvela.\n"
        "Warga Luzon masih trauma oleh Topan yang datang tiba-tiba.\n"
        "Kerusakan akibat topan itu belum dihitung.\n"
        "Gubernur Rizal Hartono meminta bantuan. Hartono meninjau lokasi. Hartono pulang.\n"
    )
    found = mine_text(text)
    storm = find(found, "Topan Marvela")
    assert storm is not None and "Topan" not in storm.variants
    assert "Hartono" in find(found, "Rizal Hartono").variants


@pytest.mark.usefixtures("implementation")
def test_a_body_s_head_word_opening_a_sentence_keeps_the_words_after_it():
    """Kepolisian Daerah Sentani Raya: words after a body's head word that merely look
    like a person's name are the body's, though the sentence alone capitalises it."""
    text = (
        "Kepolisian Daerah Sentani Raya menangkap tiga tersangka.\n"
        "Dua mobil disita penyidik Polda Sentani Raya.\n"
    )
    found = mine_text(text, text)
    assert "Kepolisian Daerah Sentani Raya" in find(found, "Polda Sentani Raya").variants
    assert not [c for c in found if c.term.startswith("Daerah")]


def test_nomor_before_a_number_ends_a_name():
    """Undang-Undang Nomor 19 Tahun 2003: the number names the law, Nomor no name."""
    text = (
        "Undang-Undang Nomor 19 Tahun 2003 mengatur privatisasi.\n"
        "Menurut Peraturan Nomor 8 Tahun 2004, saham dijual bertahap.\n"
    )
    assert not [c for c in mine_text(text, text) if "Nomor" in c.term.split()]


@pytest.mark.usefixtures("implementation")
def test_the_given_names_a_person_is_written_by_join_the_full_name():
    """Komisaris Besar Wira Adi Santosa Pranata, then Wira Adi: one person, the full
    name heading; not a city the text names with di (Los Angeles), nor a name written
    before the longer one (Werder Bremen is not Werder Bremen Amateurs)."""
    text = (
        "Komisaris Besar Wira Adi Santosa Pranata mengatakan pelaku ditangkap.\n"
        "Menurut Wira Adi, pelaku berusia 30 tahun.\n"
        "Wira Adi mengatakan barang bukti disita.\n"
    )
    wira = find(mine_text(text, text), "Wira Adi")
    assert wira.term == "Wira Adi Santosa Pranata"
    clubs = (
        "Tim Valoria Riders kalah. Pemain Valoria Riders cedera.\n"
        "Pelatih Valoria Riders kecewa.\n"
        "Valoria Riders Amateurs menang.\n"
    )
    assert find(mine_text(clubs, clubs), "Valoria Riders").term == "Valoria Riders"
    city = (
        "Port Valoria Kingsmen kalah.\nPemain Port Valoria Kingsmen cedera.\n"
        "Hujan turun di Port Valoria.\nWarga Port Valoria senang.\n"
    )
    assert find(mine_text(city, city), "Port Valoria").term == "Port Valoria"


@pytest.mark.usefixtures("implementation")
def test_a_doer_noun_is_no_word_of_a_person_s_name():
    """Penerbit Lumora is the publisher Lumora (penerbit, pe(N)-terbit), no person."""
    text = "Buku itu diterbitkan oleh Penerbit Lumora tahun lalu.\nPenerbit Lumora berdiri 1990.\n"
    assert find(mine_text(text, text), "Penerbit Lumora").kind != "person"
