"""Aligned lines weighed by how close each is to the text's own uses of a term."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from glossary.store import Entry
from glossary.suggest import ParallelCorpus, Settings, Suggestion
from glossary.suggest.contexts import CONTEXT_FLOOR, closeness, context_words
from glossary.suggest.rescore import rescore

# libur in football reports: the close season; in travel news: a holiday.
FOOTBALL = [
    (
        "Klub itu membeli pemain saat libur kompetisi.",
        "The club bought players in the close season.",
    ),
    ("Pelatih klub itu berlibur saat libur liga.", "The club coach travelled in the close season."),
    ("Libur liga membuat klub itu sepi.", "The close season left the club quiet."),
    ("Klub itu berlatih lagi setelah libur.", "The club trained again after the close season."),
]
TRAVEL = [
    ("Pemudik memadati jalan saat libur Lebaran.", "Travellers packed the roads in the holiday."),
    ("Sekolah tutup selama libur Lebaran.", "Schools closed during the holiday."),
    ("Kereta penuh pemudik pada libur sekolah.", "Trains were full of travellers in the holiday."),
]
# The text curated: libur beside Lebaran, sekolah, pemudik.
TEXT = [
    "Jalan tol padat pemudik menjelang libur Lebaran.",
    "Anak sekolah menikmati libur panjang.",
    "Pemudik pulang setelah libur Lebaran usai.",
]


def write_pair(folder, name, pairs):
    source, target = folder / f"{name}.id", folder / f"{name}.en"
    source.write_text("".join(f"{s}\n" for s, _ in pairs), encoding="utf-8")
    target.write_text("".join(f"{t}\n" for _, t in pairs), encoding="utf-8")
    return str(source), str(target)


def libur_in_the_text(tmp_path) -> Entry:
    text = tmp_path / "berita.id"
    text.write_text("".join(f"{line}\n" for line in TEXT), encoding="utf-8")
    return Entry("libur", references=[f"{text}:{n}" for n in range(1, len(TEXT) + 1)], count=3)


def test_the_context_is_the_texts_own_lines_without_the_term_and_small_words(tmp_path):
    words = context_words(libur_in_the_text(tmp_path))
    assert {"lebaran", "pemudik", "sekolah", "panjang"} <= words
    assert "libur" not in words and "setelah" not in words  # the term; a function word
    unread = Entry("libur", references=["nowhere.id:3"], example="Libur sekolah dimulai.")
    assert context_words(unread) == {"sekolah", "dimulai"}


def test_lines_sharing_the_texts_context_are_the_closest(tmp_path):
    corpus = ParallelCorpus(
        [write_pair(tmp_path, "spo", FOOTBALL), write_pair(tmp_path, "tra", TRAVEL)]
    )
    (lines,) = corpus.occurrences([Entry("libur")])
    near = closeness(corpus, lines, context_words(libur_in_the_text(tmp_path)))
    football, travel = lines[: len(FOOTBALL)], lines[len(FOOTBALL) :]
    assert max(near[n] for n in football) < min(near[n] for n in travel)
    assert max(near.values()) == 1.0
    assert closeness(corpus, lines, frozenset({"saham"})) == dict.fromkeys(lines, 1.0)


@given(
    st.lists(st.sampled_from(["lebaran", "sekolah", "pemudik", "klub", "liga", "x"]), max_size=4)
)
def test_closeness_stays_between_the_floor_and_one(words):
    corpus = football_and_travel()
    (lines,) = corpus.occurrences([Entry("libur")])
    near = closeness(corpus, lines, frozenset(words))
    assert set(near) == set(lines)
    assert all(CONTEXT_FLOOR <= v <= 1.0 for v in near.values())


def test_a_rendering_of_lines_far_from_the_texts_uses_loses_to_one_of_close_lines(tmp_path):
    """More aligned lines say "close season"; the lines that use libur as the text does
    (Lebaran, sekolah) say "holiday"."""
    corpus = ParallelCorpus(
        [write_pair(tmp_path, "spo", FOOTBALL), write_pair(tmp_path, "tra", TRAVEL)]
    )
    (lines,) = corpus.occurrences([Entry("libur")])
    proposed = [
        Suggestion("close season", "parallel", 0.5),
        Suggestion("holiday", "parallel", 0.4),
    ]
    plain = rescore(corpus, lines, proposed, term="libur")
    assert plain[0].english == "close season"
    near = closeness(corpus, lines, context_words(libur_in_the_text(tmp_path)))
    weighed = rescore(corpus, lines, proposed, term="libur", near=near)
    assert weighed[0].english == "holiday"
    before = {s.english: s.confidence for s in plain}
    assert all(s.confidence <= before[s.english] for s in weighed)  # a check, no evidence
    assert weighed[1].confidence < before["close season"]


def test_suggest_weighs_the_lines_by_the_texts_uses_of_each_term(tmp_path):
    """The run measures the parallel renderings on the lines near the entry's own (its
    references), not on all its aligned lines alike."""
    from glossary.suggest.run import _rescore

    pairs = [write_pair(tmp_path, "spo", FOOTBALL), write_pair(tmp_path, "tra", TRAVEL)]
    proposed = [Suggestion("close season", "parallel", 0.5), Suggestion("holiday", "parallel", 0.4)]
    found = [list(proposed)]
    _rescore([libur_in_the_text(tmp_path)], found, Settings(parallel=pairs))
    assert found[0][0].english == "holiday"
    unread = [list(proposed)]  # no reference to read, no example: all lines alike
    _rescore([Entry("libur")], unread, Settings(parallel=pairs))
    assert unread[0][0].english == "close season"


@cache
def football_and_travel() -> ParallelCorpus:
    """The two aligned texts, written once for the property test's many examples."""
    folder = Path(tempfile.mkdtemp())
    return ParallelCorpus([write_pair(folder, "spo", FOOTBALL), write_pair(folder, "tra", TRAVEL)])


def test_a_rendering_none_of_the_nearest_lines_writes_is_shown_not_filled(tmp_path):
    """However many lines write it, "close season" is in none of the three aligned lines
    nearest the text's uses of libur: not the text's sense, below what is filled in."""
    from glossary.suggest.rescore import REFUTED_CONFIDENCE
    from glossary.suggest.run import MIN_FILL_CONFIDENCE

    corpus = ParallelCorpus(
        [write_pair(tmp_path, "spo", FOOTBALL * 3), write_pair(tmp_path, "tra", TRAVEL)]
    )
    (lines,) = corpus.occurrences([Entry("libur")])
    near = closeness(corpus, lines, context_words(libur_in_the_text(tmp_path)))
    proposed = [Suggestion("close season", "parallel", 0.8)]
    (plain,) = rescore(corpus, lines, proposed, term="libur")
    assert plain.confidence >= MIN_FILL_CONFIDENCE
    (weighed,) = rescore(corpus, lines, proposed, term="libur", near=near)
    assert weighed.confidence <= REFUTED_CONFIDENCE < MIN_FILL_CONFIDENCE
    unknown = dict.fromkeys(lines, 1.0)  # no context: no line is nearer than another
    assert rescore(corpus, lines, proposed, term="libur", near=unknown) == [plain]


def test_a_lower_case_terms_capitalised_lines_are_a_names_never_the_nearest(tmp_path):
    """``Lembaga Ilmu Pengetahuan`` shares the text's words (riset, energi) but is a name;
    the lower-case ``lembaga`` of a line with fewer of them is nearer the text's uses."""
    pairs = [
        (
            "Lembaga Ilmu Pengetahuan menyiapkan riset energi baru.",
            "The institute prepared energy research.",
        ),
        (
            "Dana riset itu dikelola lembaga keuangan.",
            "The research fund is run by a financial institution.",
        ),
    ]
    others = [(f"Kalimat lain {n}.", f"Another sentence {n}.") for n in range(6)]
    corpus = ParallelCorpus([write_pair(tmp_path, "sci", pairs + others)])
    lines = [0, 1]
    words = frozenset({"riset", "energi", "baru", "dana"})
    assert closeness(corpus, lines, words)[0] == 1.0  # as words alone, the name's line is nearest
    near = closeness(corpus, lines, words, "lembaga")
    assert near[1] == 1.0 and near[0] == CONTEXT_FLOOR
