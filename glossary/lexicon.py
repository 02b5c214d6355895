"""Curated Indonesian word lists for news text: the knowledge the miner cannot learn from counts.

Each list is general Indonesian news vocabulary (politics, economy, sport, science,
regions), written as whitespace-separated text so that it reads and edits like data.
Multiword items use ``_`` for the space. Everything is lower case; lookups lower-case
their input.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ") for w in text.split())


def _pairs(text: str) -> dict[str, str]:
    """``short=long_form`` items, one per whitespace-separated field."""
    pairs = {}
    for item in text.split():
        short, long_form = item.split("=")
        pairs[short.replace("_", " ")] = long_form.replace("_", " ")
    return pairs


# Function words: never the first or last word of a term, never a term themselves.
FUNCTION_WORDS = _words(
    """
    yang dan di ke dari pada untuk dengan dalam oleh itu ini adalah ialah yaitu yakni akan
    telah sudah belum tidak tak bukan juga atau tetapi tapi namun karena sebab jika kalau bila
    apabila agar supaya sehingga maka lalu kemudian setelah sebelum sesudah ketika saat sejak
    hingga sampai antara terhadap tentang mengenai kepada bagi atas para sang si sebuah seorang
    suatu beberapa banyak semua seluruh setiap tiap masing-masing berbagai sejumlah lain lainnya
    sendiri bahwa sebagai seperti secara serta pun lah kah ia dia mereka kami kita saya aku anda
    engkau kamu beliau nya ada bisa dapat boleh harus perlu mungkin masih sedang lagi pernah
    hanya saja sangat amat lebih paling kurang cukup terlalu makin semakin sekali agak pula
    bahkan merupakan menjadi jadi demikian begitu begini apa siapa mana kapan mengapa kenapa
    bagaimana berapa dimana sini situ sana tersebut kini sekarang nanti tadi dulu dahulu
    sementara selama tanpa melalui menurut sekitar hampir tetap selalu sering jarang segera
    tengah usai seusai selain kecuali meski meskipun walau walaupun padahal sedangkan melainkan
    justru malah toh kok dong sih deh ya enggak nggak jangan mau ingin hendak bakal guna demi
    sebagaimana seringkali sekira sekiranya misalnya contohnya terutama
    via per antar dll dsb dst dkk tsb yg dgn utk sbg spt pd dr tdk jg kpd pihak hal cara
    kali apakah bagaimanapun apapun siapapun manapun kapanpun ataupun maupun baik entah
    terus terutama khususnya termasuk yakni misalnya contohnya antaranya diantaranya di_antaranya
    dirinya sendirinya miliknya sebagainya lagipula pula serta-merta sekadar sekedar
    sepanjang sempat saling
    hingga_kini sejauh seberapa sebanyak sebesar setinggi senilai setara seluas sesuai
    berdasarkan terkait
    tentunya tentu memang sudah_tentu pasti barangkali kiranya rupanya ternyata
    sebenarnya sesungguhnya bahwasanya selanjutnya sebelumnya sesudahnya setelahnya
    akhirnya awalnya biasanya umumnya adanya tersendiri bersama-sama
    belakangan seiring sekalipun sedikit sedikitnya setidaknya sekurang-kurangnya paling_tidak
    lebih_dari kurang_dari sebagian sebagian_besar insya insyaallah alhamdulillah masya
    masyaallah subhanallah kendati sedemikian
    the of and in on for to a an is are was by with as at from
    """
)

# Number words and ordinals: numbers, never terms.
NUMBER_WORDS = _words(
    """
    nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh
    ratus ribu juta miliar milyar triliun seratus seribu sejuta semiliar separuh setengah
    sepertiga seperempat pertama kedua ketiga keempat kelima keenam ketujuh kedelapan
    kesembilan kesepuluh kesatu kedua-duanya keduanya ketiganya belasan puluhan ratusan
    ribuan jutaan miliaran persen seekor sebatang sehelai selembar sebutir sepucuk sebiji
    sepasang segelintir sekelompok serangkaian sekian
    """
)

# Aspect words that are also adjectives (tengah menyelidiki, pemain tengah; sedang
# menunggu, ukuran sedang): as adjectives they may end a term, never start one.
ASPECT_ADJECTIVES = _words("tengah sedang")

# Ordinals: like numbers no term, but one may end a term (babak kedua, tahap pertama).
ORDINALS = _words(
    """
    pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh
    """
)

# Dates and times: weekdays, months and time words, never terms.
DATE_WORDS = _words(
    """
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad
    januari februari pebruari maret april mei juni juli agustus september oktober november
    desember jan feb mar apr jun jul agu agt ags sep sept okt nov des
    hari tanggal bulan tahun pekan pagi siang sore petang malam kemarin besok lusa pukul jam
    detik menit wib wita wit gmt utc dini_hari
    """
)
WEEKDAYS_MONTHS = _words(
    """
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad
    januari februari pebruari maret april mei juni juli agustus september oktober november
    desember
    """
)

# Base verbs that news uses without an affix (tiba, gagal, tewas): never terms.
BASE_VERBS = _words(
    """
    tiba pergi datang pulang masuk keluar naik turun tinggal mati hidup lahir tewas hilang
    ikut bangun duduk tidur makan minum kembali mulai selesai pindah jatuh tumbuh lolos menang
    kalah gagal tahu lihat dengar bilang kenal pakai bawa beri kasih ambil buat cari tolak
    terima minta pilih jual beli bayar tunggu bantu suka setuju sepakat tiba-tiba berhasil
    muncul terjadi tampak tampil hadir absen mundur maju lari jalan singgah tembus capai
    """
)

# Common adjectives: they may end a term (senjata canggih, kunjungan resmi) but not start
# one or stand alone.
ADJECTIVES = _words(
    """
    baik buruk besar kecil baru lama tinggi rendah penting jelas sulit mudah kuat lemah cepat
    lambat panjang pendek jauh dekat luas sempit berat ringan murah mahal aktif positif
    negatif serius khusus utama resmi langsung tertentu erat keras lunak tegas bebas terbuka
    tertutup sah ilegal legal nyata benar salah sama beda berbeda lanjut biasa luar_biasa
    sendiri tepat cukup layak wajar adil aman bahaya berbahaya rawan sehat sakit kaya miskin
    muda tua awal akhir terakhir pertama lalu mendatang depan belakang atas bawah kiri kanan
    tengah penuh kosong global lokal regional nasional internasional setempat terkait
    signifikan substansial drastis pesat singkat sedikit banyak tradisional strategis taktis
    komprehensif reguler simbolis historis politis praktis agresif efektif intensif formal
    informal senior junior potensial optimal maksimal minimal total ideal normal ekstrem
    radikal kritis teknis ideologis geografis domestik modern canggih rumit sederhana stabil
    optimis pesimis serupa mirip unik parah
    """
)

# ter- words that are nouns: the parties of a legal proceeding, the person the verb is done
# to (terdakwa 'the accused', tergugat 'the defendant'; Sneddon, Indonesian Reference
# Grammar). A closed class: every other ter- word is a verb or an adjective (terbakar,
# terbesar) that may end a term but not start one.
TER_NOUNS = _words(
    """
    tersangka terdakwa terpidana tergugat tertuduh terlapor terhukum termohon tertanggung
    terperiksa terbanding
    """
)

# Compass words: a name ending in one is a place (Jawa Barat, Nusa Tenggara Timur).
COMPASS = _words("utara selatan timur barat tengah tenggara laut daya")

# Currencies and units written before or after numbers (Rp 19.000, 5 km).
# Units of measure, abbreviated and spelled out (sentimeter, meter persegi): converted,
# never looked up.
UNITS = _words(
    """
    rp idr usd us us$ eur km kg cm mm ha mw kwh ton gram liter ml meter sentimeter milimeter
    kilometer mikrometer nanometer kilogram miligram mikrogram hektare hektar mililiter
    watt kilowatt megawatt gigawatt volt persegi kubik inci mil knot
    """
)

# Verbs of saying (and their -nya forms) that report speech in news.
SAYING_VERBS = _words(
    """
    kata katanya ujar ujarnya tutur tuturnya ucap ucapnya jelas jelasnya tambah tambahnya
    imbuh imbuhnya lanjut lanjutnya ungkap ungkapnya terang terangnya sebut sebutnya papar
    paparnya tegas tegasnya tandas tandasnya pungkas pungkasnya sambung sambungnya cetus
    cetusnya kilah kilahnya tulis tulisnya lapor ucapkan sebutkan tukas tukasnya sergah
    sergahnya katakan
    mengatakan menyatakan menjelaskan mengungkapkan menegaskan menambahkan menyebutkan
    menyebut menuturkan memaparkan menerangkan mengakui melaporkan mengumumkan berkata
    bertanya bertutur berujar mengklaim menulis mengutip dikutip mengimbuhkan menandaskan
    """
)

# Words that may join the capitalised words of one name (Pusat Studi Strategis dan
# Internasional, Institut Korea untuk Penyatuan Nasional, Bank of America).
# The particles of a person's name, written in lower case inside it (Osama bin Laden,
# Ursula von der Leyen, Luiz Inacio Lula da Silva): no connector between two names.
NAME_PARTICLES = frozenset(
    "de da del della der den van von bin binti al el la le du dos das".split()
)
NAME_CONNECTORS = _words(
    """
    dan untuk atas bagi serta & of for the and on de da del della der den van von bin binti
    al el la le du dos das di_bawah
    """
)

# Military and police ranks: a person's own, before their name, never a word of an
# office's or a body's name (Kapolda Metro Jaya Irjen Karyoto: the Jakarta police chief,
# Inspector General Karyoto).
RANKS = _words(
    """
    jenderal letnan_jenderal letjen mayor_jenderal mayjen brigadir_jenderal brigjen kolonel
    letnan_kolonel letkol mayor kapten letnan laksamana laksamana_madya laksamana_muda
    marsekal marsekal_madya marsekal_muda komisaris_jenderal komjen inspektur_jenderal irjen
    brigadir_jenderal_polisi ajun_komisaris_besar akbp komisaris_besar kombes komisaris_polisi
    kompol ajun_komisaris_polisi akp inspektur_polisi ipda iptu sersan kopral brigadir bripka
    briptu bripda
    """
)

# Royal and religious honorifics: a person's own, before their name (Pangeran Faisal,
# Sir Owen Jenkins, KH Yahya Cholil Staquf), never a word of a place's or an office's name.
HONORIFICS = _words(
    """
    raja ratu pangeran putri putra_mahkota sultan sri_sultan syekh syaikh emir ayatollah sir
    haji hajah kh kiai kyai habib raden ustaz ustad
    """
)
# A person's own titles, after the office they hold (Menteri Luar Negeri Arab Saudi
# Pangeran Faisal bin Farhan: the Saudi foreign minister, Prince Faisal).
PERSONAL_TITLES = RANKS | HONORIFICS

# A person's kin and entourage: nouns that open a sentence about someone else's people,
# never a name's first word (Istri Presiden Joko Widodo, Iriana: the President's wife, with
# the title glossed whole). Not putra/putri, ibu, bapak: honorifics and given names too.
RELATIONS = _words(
    """
    istri suami anak ayah adik kakak cucu menantu mertua keponakan keluarga kerabat ajudan
    pengawal sopir rombongan pengacara
    """
)

# Nouns a country's name after them qualifies, as its adjective (petenis Prancis: a French
# tennis player; pemerintah Jerman: the German government), in the order the shipped
# glossary's senses list them. Where one opens a sentence it is no name's first word (Kapal
# China masuk: a Chinese vessel), unless it heads names (ORGANISATION_WORDS: Kepolisian ...;
# media: Media Indonesia, a newspaper).
QUALIFIED_NOUNS = tuple(
    """
    asal petenis pegolf petinju pembalap perenang atlet juara klub liga pemerintah pemerintahan
    kepolisian militer tentara pasukan pejabat diplomat media rakyat warga masyarakat bangsa
    orang pengusaha perusahaan investor turis wisatawan perekonomian perbankan uang parlemen
    kapal produk nelayan maskapai pesawat
    """.split()
)

# Titles and honorifics that go before a name. Multiword titles are listed whole;
# TITLE_HEADS may take a portfolio (Menteri Pertahanan, Direktur Jenderal Pajak).
TITLES = RANKS | _words(
    """
    presiden wakil_presiden wapres perdana_menteri pm menteri wakil_menteri wamen menko
    menteri_koordinator menlu menhan menkeu mendagri menkes menag mendikbud menpora menhub
    mensos mentan menaker mendag menperin menkominfo menkumham menpar deputi sekretaris
    sekretaris_jenderal sekjen sekretaris_negara mensesneg ketua wakil_ketua ketua_umum ketum
    direktur direktur_jenderal dirjen direktur_utama dirut direktur_eksekutif gubernur
    wakil_gubernur wagub bupati wakil_bupati wali_kota walikota wakil_wali_kota camat lurah
    kepala kepala_staf kasad kasal kasau juru_bicara jubir panglima kapolri kapolda kapolres
    kapolsek jaksa jaksa_agung hakim hakim_agung duta_besar dubes konsul konsul_jenderal raja
    ratu pangeran putri putra_mahkota sultan kaisar paus kanselir senator gubernur_jenderal
    profesor prof dokter dr pelatih manajer presdir ceo pemimpin pimpinan komandan imam syekh
    ustaz ustad kiai kyai habib uskup pendeta pastor biksu utusan_khusus staf_khusus staf_ahli
    penasihat asisten bapak ibu pak bu tuan nyonya nona saudara mr mrs ms sir haji hajah kh
    raden mantan
    anggota_parlemen pemimpin_tertinggi ayatollah emir perdana gubernur_bank_sentral
    deputi_gubernur pelaksana_tugas plt penjabat pj ketua_dewan anggota_dewan wakil
    deputi_menteri kasudin kadis kadiv
    """
)
TITLE_HEADS = _words(
    """
    menteri wakil_menteri menko menteri_koordinator deputi_menteri sekretaris direktur
    direktur_jenderal dirjen direktur_eksekutif kepala kepala_staf ketua wakil_ketua deputi
    juru_bicara jubir panglima duta_besar dubes komandan asisten penasihat pelatih ketua_dewan
    """
)
# Words that make a bigger title from the title after them (Wakil Presiden, Deputi Menlu).
TITLE_MODIFIERS = _words("wakil deputi mantan calon plt pelaksana_tugas penjabat pj asisten")

# Portfolio words that continue a title (Menteri Luar Negeri, Menteri Dalam Negeri) even
# though they do not look like derived nouns.
PORTFOLIO_WORDS = _words(
    """
    luar negeri dalam agama sosial energi hukum umum pertanian perdagangan keuangan
    pendidikan kebudayaan riset teknologi tinggi pemuda olahraga pariwisata kesehatan
    koordinator bidang politik ekonomi maritim investasi perhubungan pertahanan keamanan
    informatika komunikasi lingkungan hidup kehutanan kelautan perikanan desa tenaga kerja
    perindustrian industri sumber daya mineral pekerjaan rakyat perumahan negara badan usaha
    milik aparatur sipil reformasi birokrasi sekretaris kabinet staf angkatan darat laut udara
    pajak bea cukai anggaran intelijen militer nasional operasi
    """
)

# The country's administrative units and regional offices: provinces down to villages,
# the Jakarta structure (kota administrasi, kecamatan, kelurahan) and an agency's office
# (dinas) with its city branch (suku dinas, sudin) or regional one (kantor wilayah). A
# translator needs each however a text writes it, also when only capitalised (Kelurahan
# Cawang, Sudin Pertamanan Jakarta Utara).
TERRITORIAL_UNITS = _words(
    """
    provinsi kabupaten kota kotamadya kota_administrasi kecamatan kelurahan desa dusun nagari
    gampong distrik
    """
)
ADMINISTRATIVE_UNITS = TERRITORIAL_UNITS | _words("dinas suku_dinas sudin kanwil kantor_wilayah")

# Head words that make a name an organisation, a place or an event.
ORGANISATION_WORDS = _words(
    """
    kementerian kemenlu kemenhan kemenkeu kemendagri kemenkes kemenag badan dewan komisi
    lembaga majelis mahkamah pengadilan kejaksaan kepolisian polisi polda polres partai
    universitas institut sekolah akademi politeknik bank bursa perusahaan pt persero
    korporasi kantor kedutaan konsulat organisasi perhimpunan persatuan asosiasi federasi
    ikatan serikat yayasan pusat forum komite komando markas pasukan angkatan tentara
    sekretariat direktorat dinas sudin kanwil biro otoritas agensi koalisi aliansi front gerakan
    liga klub kelompok grup group kabinet parlemen kongres senat pemerintah rezim istana
    foundation institution institute center centre council university college company
    corporation agency committee association organization organisation party bank group
    ministry department office news times post journal service club international watch
    airlines airways network television
    """
)
# A company's legal form, before its name (PT Semen Gresik, CV Maju Jaya) and after it
# (PT Telkom Tbk, PT Pertamina (Persero)): where a company's name starts and where it ends.
LEGAL_FORMS = _words("pt cv")
LEGAL_SUFFIXES = _words("tbk persero")
# Words that open or end the names of sports clubs (Real Betis, Racing Santander, Sporting
# Braga, Leeds United, Ajax FC): a name with one is a club, no person, though the rest of
# it is a city the text writes alone.
CLUB_WORDS = _words(
    """
    real racing sporting athletic atletico atlético olympique olympiacos deportivo borussia
    dinamo dynamo lokomotiv spartak fc afc cf sc united hotspur rovers wanderers
    """
)
PLACE_WORDS = _words(
    """
    kota kabupaten provinsi negara_bagian pulau kepulauan semenanjung laut selat teluk samudra
    samudera sungai danau gunung pegunungan lembah jalan jl bandara pelabuhan stasiun lapangan
    alun-alun gedung istana pangkalan kawasan wilayah distrik desa kecamatan kelurahan kampung
    dusun benua tanjung camp city island street square river mount bay terminal stadion
    bendung bendungan waduk situ muara kanal terowongan jembatan bukit pantai kebun taman
    candi masjid gereja pura klenteng monumen tugu museum
    """
)
# Head words of the names of laws and other instruments (Undang-Undang Informasi dan
# Transaksi Elektronik, Peraturan Pemerintah, Kitab Undang-Undang Hukum Pidana, Piagam PBB):
# the words after them, dan included, are the instrument's, no names of their own.
LAW_WORDS = _words(
    """
    undang-undang peraturan keputusan instruksi ketetapan maklumat kitab konvensi piagam
    protokol statuta amendemen amandemen rancangan surat_edaran
    """
)
EVENT_WORDS = _words(
    """
    perang pertempuran konferensi ktt muktamar olimpiade piala kejuaraan turnamen
    festival pameran pemilu pemilihan pilpres pilkada sidang rapat forum dialog perjanjian
    kesepakatan pakta traktat deklarasi revolusi krisis tragedi bencana gempa operasi pekan
    hari_raya idulfitri natal imlek asian_games sea_games world_cup summit war games
    championship cup olympics conference treaty
    """
)

# Places that stand on their own: countries, regions, capitals and big cities as Indonesian
# news spells them. A place before a person's name is never part of that name.
PLACES = _words(
    """
    indonesia malaysia singapura brunei brunei_darussalam filipina thailand vietnam laos
    kamboja myanmar burma timor_leste timor_lorosae papua_nugini australia selandia_baru
    jepang korea korea_utara korea_selatan korut korsel china cina tiongkok taiwan hong_kong
    hongkong makau mongolia india pakistan bangladesh sri_lanka nepal bhutan maladewa
    afganistan afghanistan iran irak suriah lebanon yordania israel palestina arab_saudi
    saudi yaman oman uni_emirat_arab uea qatar bahrain kuwait turki turkiye mesir libya tunisia
    aljazair maroko sudan sudan_selatan etiopia somalia kenya tanzania uganda rwanda nigeria
    ghana senegal mali niger chad kamerun kongo angola zambia zimbabwe mozambik madagaskar
    afrika_selatan namibia botswana rusia ukraina belarus belarusia moldova georgia armenia
    azerbaijan kazakhstan uzbekistan turkmenistan kirgistan tajikistan inggris britania_raya
    skotlandia wales irlandia prancis perancis jerman belanda belgia luksemburg swiss austria
    italia spanyol portugal yunani siprus malta polandia ceko slowakia hongaria rumania
    bulgaria serbia kroasia slovenia bosnia montenegro albania makedonia kosovo denmark
    norwegia swedia finlandia islandia estonia latvia lituania vatikan monako amerika
    amerika_serikat as kanada meksiko kuba haiti jamaika guatemala honduras nikaragua
    kosta_rika panama kolombia venezuela ekuador peru bolivia brasil brazil chili cile
    argentina uruguay paraguay fiji samoa tonga vanuatu uni_soviet
    asia eropa afrika oseania antartika amerika_latin amerika_utara amerika_selatan
    timur_tengah asia_tenggara asia_timur asia_selatan asia_tengah asia_pasifik asia_barat
    asia_timur_laut eropa_barat eropa_timur afrika_utara indo-pasifik semenanjung_korea
    laut_china_selatan laut_cina_selatan laut_tiongkok_selatan laut_jepang selat_taiwan
    jalur_gaza gaza tepi_barat krimea donbas kashmir xinjiang tibet
    jakarta bandung surabaya medan semarang yogyakarta jogja makassar denpasar palembang
    pekanbaru padang banda_aceh aceh batam pontianak banjarmasin balikpapan samarinda manado
    kupang mataram jayapura ambon bogor depok tangerang bekasi solo malang bali jawa sumatera
    sumatra kalimantan sulawesi papua maluku nusa_tenggara banten lampung riau jambi bengkulu
    gorontalo
    washington new_york moskow moscow beijing peking pyongyang seoul tokyo london paris berlin
    roma madrid brussel jenewa wina den_haag amsterdam canberra sydney melbourne kuala_lumpur
    bangkok manila hanoi phnom_penh yangon naypyidaw new_delhi islamabad kabul teheran baghdad
    damaskus beirut amman riyadh doha dubai abu_dhabi kairo yerusalem tel_aviv ankara istanbul
    kiev kyiv kiyv minsk taipei shanghai ottawa mexico_city havana brasilia buenos_aires
    vladivostok st_petersburg hiroshima osaka busan dili port_moresby wellington
    """
)

# Exonyms and old names: each word maps to the one form variants are grouped under.
EXONYMS = _pairs(
    """
    cina=china tiongkok=china peking=beijing burma=myanmar muangthai=thailand
    turkiye=turki türkiye=turki perancis=prancis moscow=moskow kiev=kyiv kiyv=kyiv
    belarusia=belarus brazil=brasil cile=chili sumatra=sumatera holland=belanda
    timor_lorosae=timor_leste hongkong=hong_kong
    """
)

# Indonesian syllabic short forms and clipped titles, with the full form they stand for: the
# ministries' (kemen-, and dep- for their names before 2009), regional agencies' (dis-) and
# Jakarta's cities' (Jakut).
SHORT_FORMS = _pairs(
    """
    korut=korea_utara korsel=korea_selatan menlu=menteri_luar_negeri
    kemenlu=kementerian_luar_negeri kemlu=kementerian_luar_negeri menhan=menteri_pertahanan
    kemenhan=kementerian_pertahanan mendagri=menteri_dalam_negeri
    kemendagri=kementerian_dalam_negeri menkeu=menteri_keuangan
    kemenkeu=kementerian_keuangan menkes=menteri_kesehatan kemenkes=kementerian_kesehatan
    menag=menteri_agama kemenag=kementerian_agama mentan=menteri_pertanian
    kementan=kementerian_pertanian mendag=menteri_perdagangan
    kemendag=kementerian_perdagangan menperin=menteri_perindustrian
    kemenperin=kementerian_perindustrian menhub=menteri_perhubungan
    kemenhub=kementerian_perhubungan mensos=menteri_sosial kemensos=kementerian_sosial
    menpora=menteri_pemuda_dan_olahraga kemenpora=kementerian_pemuda_dan_olahraga
    menpar=menteri_pariwisata kemenpar=kementerian_pariwisata
    menaker=menteri_ketenagakerjaan kemnaker=kementerian_ketenagakerjaan
    menko=menteri_koordinator kemenko=kementerian_koordinator wapres=wakil_presiden
    sekjen=sekretaris_jenderal dirjen=direktur_jenderal ditjen=direktorat_jenderal
    dirut=direktur_utama jubir=juru_bicara dubes=duta_besar kedubes=kedutaan_besar
    wagub=wakil_gubernur pemda=pemerintah_daerah pemprov=pemerintah_provinsi
    pemkot=pemerintah_kota pemkab=pemerintah_kabupaten parpol=partai_politik
    ormas=organisasi_kemasyarakatan pilpres=pemilihan_presiden pilkada=pemilihan_kepala_daerah
    pileg=pemilihan_legislatif pemilu=pemilihan_umum satgas=satuan_tugas rakor=rapat_koordinasi
    alutsista=alat_utama_sistem_persenjataan lapas=lembaga_pemasyarakatan
    puskesmas=pusat_kesehatan_masyarakat hankam=pertahanan_dan_keamanan
    kodam=komando_daerah_militer pangdam=panglima_daerah_militer mabes=markas_besar
    polri=kepolisian_negara_republik_indonesia polda=kepolisian_daerah polres=kepolisian_resor
    kapolri=kepala_kepolisian_negara_republik_indonesia kapolda=kepala_kepolisian_daerah
    kejagung=kejaksaan_agung kejati=kejaksaan_tinggi kejari=kejaksaan_negeri
    bappenas=badan_perencanaan_pembangunan_nasional bulog=badan_urusan_logistik
    basarnas=badan_nasional_pencarian_dan_pertolongan kominfo=kementerian_komunikasi_dan_informatika
    balita=bawah_lima_tahun migas=minyak_dan_gas humas=hubungan_masyarakat
    litbang=penelitian_dan_pengembangan iptek=ilmu_pengetahuan_dan_teknologi
    sudin=suku_dinas kasudin=kepala_suku_dinas kanwil=kantor_wilayah kadis=kepala_dinas
    kadiv=kepala_divisi
    deplu=departemen_luar_negeri depdagri=departemen_dalam_negeri dephan=departemen_pertahanan
    depkeu=departemen_keuangan depkes=departemen_kesehatan depag=departemen_agama
    deptan=departemen_pertanian depdag=departemen_perdagangan
    depperin=departemen_perindustrian dephub=departemen_perhubungan depsos=departemen_sosial
    depdiknas=departemen_pendidikan_nasional dephut=departemen_kehutanan
    depnakertrans=departemen_tenaga_kerja_dan_transmigrasi
    depkominfo=departemen_komunikasi_dan_informatika
    dishub=dinas_perhubungan dinkes=dinas_kesehatan disdik=dinas_pendidikan
    disnaker=dinas_tenaga_kerja dispenda=dinas_pendapatan_daerah damkar=pemadam_kebakaran
    jakut=jakarta_utara jaksel=jakarta_selatan jakbar=jakarta_barat jaktim=jakarta_timur
    jakpus=jakarta_pusat
    """
)

# Initialisms with the Indonesian name that news pairs them with (English-derived ones
# included: WHO is Organisasi Kesehatan Dunia in Indonesian text).
ACRONYMS = _pairs(
    """
    as=amerika_serikat pbb=perserikatan_bangsa-bangsa ktt=konferensi_tingkat_tinggi
    ue=uni_eropa dpr=dewan_perwakilan_rakyat mpr=majelis_permusyawaratan_rakyat
    dpd=dewan_perwakilan_daerah dprd=dewan_perwakilan_rakyat_daerah
    kpk=komisi_pemberantasan_korupsi kpu=komisi_pemilihan_umum mk=mahkamah_konstitusi
    ma=mahkamah_agung tni=tentara_nasional_indonesia bi=bank_indonesia
    ojk=otoritas_jasa_keuangan bps=badan_pusat_statistik bumn=badan_usaha_milik_negara
    apbn=anggaran_pendapatan_dan_belanja_negara apbd=anggaran_pendapatan_dan_belanja_daerah
    pdb=produk_domestik_bruto bbm=bahan_bakar_minyak lsm=lembaga_swadaya_masyarakat
    phk=pemutusan_hubungan_kerja ri=republik_indonesia
    nkri=negara_kesatuan_republik_indonesia rrt=republik_rakyat_tiongkok
    rrc=republik_rakyat_china wni=warga_negara_indonesia wna=warga_negara_asing
    tki=tenaga_kerja_indonesia bnpb=badan_nasional_penanggulangan_bencana
    bmkg=badan_meteorologi,_klimatologi,_dan_geofisika bpk=badan_pemeriksa_keuangan
    asean=perhimpunan_bangsa-bangsa_asia_tenggara nato=pakta_pertahanan_atlantik_utara
    who=organisasi_kesehatan_dunia imf=dana_moneter_internasional
    wto=organisasi_perdagangan_dunia iaea=badan_energi_atom_internasional
    oki=organisasi_kerja_sama_islam kcna=kantor_berita_pusat_korea
    dprk=republik_demokratik_rakyat_korea npt=perjanjian_non-proliferasi_nuklir
    icbm=rudal_balistik_antarbenua ham=hak_asasi_manusia uu=undang-undang
    ruu=rancangan_undang-undang pp=peraturan_pemerintah perpres=peraturan_presiden
    perppu=peraturan_pemerintah_pengganti_undang-undang pn=pengadilan_negeri
    kuhp=kitab_undang-undang_hukum_pidana ihsg=indeks_harga_saham_gabungan
    bei=bursa_efek_indonesia umkm=usaha_mikro,_kecil,_dan_menengah
    koi=komite_olimpiade_indonesia ioc=komite_olimpiade_internasional
    pssi=persatuan_sepak_bola_seluruh_indonesia bnn=badan_narkotika_nasional
    bnpt=badan_nasional_penanggulangan_terorisme bin=badan_intelijen_negara
    lipi=lembaga_ilmu_pengetahuan_indonesia brin=badan_riset_dan_inovasi_nasional
    bpom=badan_pengawas_obat_dan_makanan kemenristek=kementerian_riset_dan_teknologi
    opec=organisasi_negara-negara_pengekspor_minyak adb=bank_pembangunan_asia
    pm=perdana_menteri ut=universitas_terbuka ui=universitas_indonesia
    itb=institut_teknologi_bandung ugm=universitas_gadjah_mada dki=daerah_khusus_ibukota
    """
)

# Short forms whose expansion is a common noun phrase, written in lower case.
COMMON_EXPANSIONS = _words(
    """
    ham uu ruu pp perpres perppu icbm phk bbm pdb lsm wni wna tki umkm balita migas humas
    litbang iptek parpol ormas satgas alutsista lapas puskesmas hankam rakor pilpres pilkada
    pileg pemda pemprov pemkot pemkab dirut dirjen sekjen jubir dubes wapres menlu menhan
    mendagri menkeu menkes menag mentan mendag menperin menhub mensos menpora menpar menaker
    menko wagub kedubes
    """
)

_LOWER_IN_NAMES = NAME_CONNECTORS | {"di", "ke", "dari", "pada"}


def display_case(short: str, phrase: str) -> str:
    """The expansion of ``short`` as news writes it: Amerika Serikat, but hak asasi manusia."""
    if short.lower() in COMMON_EXPANSIONS:
        return phrase
    words = []
    for word in phrase.split(" "):
        if word in _LOWER_IN_NAMES:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)
