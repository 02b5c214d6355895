"""A body described in lower case by words of its own rendering, or by its class noun
before its head's title: accepted only in the rendering's words and order."""

import pytest

from glossary.check.described import described_use
from glossary.store import Entry

BNPB = Entry(
    "Badan Nasional Penanggulangan Bencana",
    "National Disaster Mitigation Agency",
    kind="organisation",
    alternatives=["BNPB"],
)


@pytest.mark.parametrize(
    "text, written",
    [
        ("At least 15 died, the national disaster agency said.", "the national disaster agency"),
        ("the disaster mitigation agency said", "the disaster mitigation agency"),
        ("Rescuers searched, agency chief Suharyanto said.", "agency"),
        ("Rescuers searched, agency head Suharyanto said.", "agency"),
    ],
)
def test_a_body_described_by_its_own_words(text, written):
    used = described_use(BNPB, text)
    assert used is not None and used[1].group() == written


@pytest.mark.parametrize(
    "text",
    [
        "the regional disaster agency said",  # a word the rendering lacks
        "the disaster national agency said",  # out of its order
        "the agency said",  # nothing of the name
        "the National Disaster Agency said",  # capitalised: another name
        "the national agency for drug control said",  # the name goes on
        "the agency told reporters",  # its class noun before no head's title
    ],
)
def test_other_words_describe_another_body(text):
    assert described_use(BNPB, text) is None


def test_a_title_or_place_is_not_described():
    title = Entry("Kepala Badan", "head of the agency", kind="title")
    assert described_use(title, "agency chief Suharyanto said") is None
