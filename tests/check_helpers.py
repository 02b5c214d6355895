"""What the check tests share: a small glossary and ways to run a check on files."""

from pathlib import Path

from glossary import check
from glossary.store import Entry

ENTRIES = [
    Entry("Tiongkok", "China", kind="place", deprecated=["Cina"], alternatives=["Chinese"]),
    Entry("Kim Jong Un", "Kim Jong Un", kind="person", variants=["Kim Jong-un"]),
    Entry("kerja sama", "cooperation", variants=["kerjasama"]),
    Entry("sanksi", "sanction"),
    Entry("kebijakan", "policy"),
    Entry("Korea", "Korea", kind="place"),
    Entry("Korea Utara", "North Korea", kind="place", alternatives=["North Korean", "DPRK"]),
    Entry("Amerika Serikat", "United States", kind="place", variants=["AS"], alternatives=["US"]),
    Entry("denuklirisasi", "denuclearization", alternatives=["denuclearisation"]),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("uji coba rudal", "missile test"),
    Entry("Menteri Keuangan", "Finance Minister", kind="title", variants=["Menkeu"]),
    Entry("Soeharto", "Suharto", kind="person", variants=["Suharto"]),
    Entry("dolar AS", "US dollar", alternatives=["US$"]),
    Entry("pasar", "market"),
]


# A title or a body whose rendering holds an acronym, and the organisation that acronym
# names: English news spells the acronym out as often as it keeps it.
BODIES = [
    Entry("Gubernur BI", "BI Governor", kind="title", alternatives=["Bank Indonesia Governor"]),
    Entry("Deputi Gubernur BI", "BI deputy governor", kind="title"),
    Entry(
        "Bank Indonesia",
        "Bank Indonesia",
        kind="organisation",
        variants=["BI"],
        alternatives=["BI"],
    ),
    Entry(
        "Komisi Pemberantasan Korupsi",
        "Corruption Eradication Commission",
        kind="organisation",
        variants=["KPK"],
        alternatives=["KPK", "antigraft agency"],
    ),
    Entry("Ketua KPK", "KPK chairman", kind="title", alternatives=["chairman of the KPK"]),
    Entry(
        "Wakil Ketua DPRD",
        "DPRD deputy speaker",
        kind="title",
        alternatives=["deputy speaker of the DPRD"],
    ),
    Entry(
        "Dewan Perwakilan Rakyat Daerah",
        "Regional House of Representatives",
        kind="organisation",
        variants=["DPRD"],
        alternatives=["DPRD", "Regional Legislative Council"],
    ),
    Entry("Presiden AS", "US President", kind="title"),
    Entry("Amerika Serikat", "United States", kind="place", variants=["AS"], alternatives=["US"]),
    Entry("penyidik", "investigator"),
]


def write(path: Path, text: str, encoding: str = "utf-8") -> str:
    path.write_bytes(text.encode(encoding))
    return str(path)


def run_check(matcher, sources, translations=(), kinds=check.DEFAULT_KINDS, **options):
    """Every check on every entry unless ``options`` say otherwise (general terms strictly,
    the source side beside a translation)."""
    options = {"strict": True, "source": True, **options}
    return check.check_inputs(check.read_inputs(sources, translations), matcher, kinds, **options)


def pair(tmp_path, matcher, source, target, kinds=check.DEFAULT_KINDS, name="a", **options):
    src = write(tmp_path / f"{name}.id.txt", source)
    tgt = write(tmp_path / f"{name}.en.txt", target)
    return run_check(matcher, [src], [tgt], kinds, **options)


def default_check(tmp_path, matcher, source_lines, target_lines, **options):
    """``glossary check`` of one line-aligned pair with its default options (unless
    ``options`` say otherwise)."""
    src = write(tmp_path / "a.id.txt", "\n".join(source_lines) + "\n")
    tgt = write(tmp_path / "a.en.txt", "\n".join(target_lines) + "\n")
    return check.check_inputs(check.read_inputs([src], [tgt]), matcher, None, **options)


def check_with_error(tmp_path, matcher, source_lines, right_lines, line, right, wrong):
    """``default_check`` of a trial article's correct English with one error put in: on
    ``line`` (from 1), ``right`` written ``wrong``."""
    english = list(right_lines)
    assert right in english[line - 1]
    english[line - 1] = english[line - 1].replace(right, wrong)
    return default_check(tmp_path, matcher, source_lines, english)


def kinds_of(findings):
    return [f.kind for f in findings]
