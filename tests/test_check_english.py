"""Common English words for check, read back from the user cache without wordfreq."""

import json
import os
import subprocess
import sys

import pytest
import wordfreq

from glossary.check.english import COMMON_ZIPF, FREQUENT_ZIPF, is_common


def _run_with(env: dict, script: str) -> list:
    """What ``script`` prints (JSON), run in a fresh Python with ``env``."""
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("word", ["presidency", "ministerial", "presidnet", "it's", "g20"])
def test_is_common_agrees_with_wordfreq(word):
    assert is_common(word) == (wordfreq.zipf_frequency(word, "en") >= COMMON_ZIPF)


def test_common_words_come_back_from_the_cache_without_wordfreq(tmp_path):
    """The first run builds the list from wordfreq; a later one reads it back without
    importing wordfreq; a cache file others may write is not read."""
    env = {**os.environ, "GLOSSARY_CACHE_DIR": str(tmp_path / "cache")}
    script = (
        "import json, sys\n"
        "from glossary.check.english import is_common\n"
        "print(json.dumps([is_common('presidency'), is_common('presidnet'),"
        " 'wordfreq' in sys.modules]))\n"
    )

    def run():
        return _run_with(env, script)

    assert run() == [True, False, True]
    assert run() == [True, False, False]
    (cached,) = (tmp_path / "cache").rglob("en-common.marshal")
    cached.chmod(0o666)
    assert run() == [True, False, True]


def test_a_word_wordfreq_tokenizes_is_answered_from_the_cache_the_second_time(tmp_path):
    """``state-owned`` is no plain word of the cached list: wordfreq answers it once, and
    the answer is kept, so a later check does not import wordfreq for it."""
    env = {**os.environ, "GLOSSARY_CACHE_DIR": str(tmp_path / "cache")}
    script = (
        "import json, sys\n"
        "from glossary.check.english import is_common, is_frequent\n"
        "print(json.dumps([is_common('presidency'), is_common('state-owned'),"
        " is_frequent('city-state'), 'wordfreq' in sys.modules]))\n"
    )

    def run():
        return _run_with(env, script)

    expected = [
        True,
        wordfreq.zipf_frequency("state-owned", "en") >= COMMON_ZIPF,
        wordfreq.zipf_frequency("city-state", "en") >= FREQUENT_ZIPF,
    ]
    assert run() == [*expected, True]
    assert run() == [*expected, False]
