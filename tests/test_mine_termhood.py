"""Short names with conflicting titles, and termhood rules that keep everyday words out."""

from __future__ import annotations

from glossary import mine as miner
from glossary.text import Document


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
