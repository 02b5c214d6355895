"""Online backends through deep-translator: bounded in time, retried, answers cached."""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from glossary.store import Entry
from glossary.suggest.core import BackendUnavailable, Settings, Suggestion, _progress
from glossary.text import InputError

SOURCE_LANGUAGE = "id"
TARGET_LANGUAGE = "en"
ONLINE_CONFIDENCE = 0.6
BATCH_TERMS = 50


@dataclass(frozen=True)
class Provider:
    """An online service reached through deep-translator."""

    name: str
    url: Callable[[Settings], str]  # the endpoint asked: probed first, part of the cache key
    make: Callable[[Settings], object]  # the deep-translator translator
    batch_chars: int = 0  # > 0: several terms per request, one per line, up to this size


def _google(settings: Settings) -> object:
    from deep_translator import GoogleTranslator

    return GoogleTranslator(source=SOURCE_LANGUAGE, target=TARGET_LANGUAGE)


def _mymemory(settings: Settings) -> object:
    from deep_translator import MyMemoryTranslator

    return MyMemoryTranslator(source="id-ID", target="en-GB")


def _linguee(settings: Settings) -> object:
    from deep_translator import LingueeTranslator

    return LingueeTranslator(source="indonesian", target="english")


def _libre_url(settings: Settings) -> str:
    if settings.base_url:
        return settings.base_url.rstrip("/") + "/"  # deep-translator appends "translate"
    if os.environ.get("LIBRE_API_KEY"):
        return "https://libretranslate.com/"
    raise BackendUnavailable(
        "libre: give --base-url URL of a LibreTranslate server (or set LIBRE_API_KEY"
        " for libretranslate.com)"
    )


def _libre(settings: Settings) -> object:
    from deep_translator import LibreTranslator

    # deep-translator refuses an empty key even for servers that need none.
    key = os.environ.get("LIBRE_API_KEY") or "none"
    return LibreTranslator(
        source=SOURCE_LANGUAGE, target=TARGET_LANGUAGE, api_key=key, custom_url=_libre_url(settings)
    )


def _deepl_url(settings: Settings) -> str:
    key = os.environ.get("DEEPL_API_KEY")
    if not key:
        raise BackendUnavailable("deepl: set DEEPL_API_KEY to your DeepL API key")
    return "https://api-free.deepl.com/v2/" if key.endswith(":fx") else "https://api.deepl.com/v2/"


def _deepl(settings: Settings) -> object:
    from deep_translator import DeeplTranslator

    free = _deepl_url(settings).startswith("https://api-free")
    return DeeplTranslator(
        source=SOURCE_LANGUAGE,
        target=TARGET_LANGUAGE,
        api_key=os.environ["DEEPL_API_KEY"],
        use_free_api=free,
    )


PROVIDERS = {
    p.name: p
    for p in (
        Provider("google", lambda s: "https://translate.google.com/m", _google),
        Provider("mymemory", lambda s: "https://api.mymemory.translated.net/get", _mymemory),
        Provider("linguee", lambda s: "https://www.linguee.com/", _linguee),
        Provider("libre", _libre_url, _libre, batch_chars=2000),
        Provider("deepl", _deepl_url, _deepl, batch_chars=1000),
    )
}


class AnswerCache:
    """Answers of online services, kept in SQLite so that a rerun never asks twice.

    Keyed by service (name and endpoint) and text; an empty answer (the service had
    nothing to say) is kept too.
    """

    def __init__(self, path: Path):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30)
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS answers"
                " (service TEXT, text TEXT, answer TEXT, PRIMARY KEY (service, text))"
            )
        except (OSError, sqlite3.Error) as err:
            raise InputError(f"{path}: cannot open the answer cache ({err})") from None

    def get(self, service: str, text: str) -> str | None:
        row = self.db.execute(
            "SELECT answer FROM answers WHERE service = ? AND text = ?", (service, text)
        ).fetchone()
        return row[0] if row else None

    def put(self, service: str, text: str, answer: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (service, text, answer)
            )

    def close(self) -> None:
        self.db.close()


def _bounded(func: Callable[[], object], seconds: float) -> object:
    """``func()``, but give up after ``seconds``.

    deep-translator passes no timeout to requests, so a stalled server would hang
    the caller forever; the call runs in a daemon thread that is abandoned on timeout.
    """
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = func()
        except BaseException as err:  # handed to the caller below
            outcome["error"] = err

    worker = threading.Thread(target=run, name="glossary-online", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeoutError(f"no answer within {seconds:g} s")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]


def _probe(name: str, url: str, seconds: float) -> None:
    """Fail within ``seconds`` when the service (or the proxy to it) cannot be reached."""
    from requests.utils import get_environ_proxies

    parts = urlsplit(url)
    proxy = get_environ_proxies(url).get(parts.scheme)
    if proxy:
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        _bounded(lambda: socket.create_connection((parts.hostname, port), seconds).close(), seconds)
    except OSError as err:  # refused, unreachable, no DNS, timed out
        raise BackendUnavailable(f"{name}: cannot reach {url} ({_reason(err)}); skipped") from None


def _reason(err: BaseException) -> str:
    return str(err).split("\n")[0][:120] or type(err).__name__


def _is_rate_limit(err: BaseException) -> bool:
    from deep_translator.exceptions import ServerException, TooManyRequests

    return isinstance(err, TooManyRequests) or (
        isinstance(err, ServerException) and ServerException.errors[429] in err.args
    )


def _ask(name: str, url: str, translate: Callable[[], object], settings: Settings) -> list[str]:
    """One request, bounded in time, retried with exponential backoff when rate-limited.

    Returns the answer's lines, stripped; an empty list when the service found nothing. Raises
    BackendUnavailable when the service cannot be used any further in this run.
    """
    import requests
    from deep_translator.exceptions import (
        AuthorizationException,
        ElementNotFoundInGetRequest,
        NotValidLength,
        NotValidPayload,
        TranslationNotFound,
    )

    attempt = 0
    while True:
        try:
            answer = _bounded(translate, settings.timeout)
        except (TranslationNotFound, ElementNotFoundInGetRequest, NotValidLength, NotValidPayload):
            return []
        except Exception as err:
            if _is_rate_limit(err) and attempt < settings.retries:
                time.sleep(settings.backoff * 2**attempt)
                attempt += 1
                continue
            if _is_rate_limit(err):
                problem = f"still rate-limited after {settings.retries} retries"
            elif isinstance(err, TimeoutError):
                problem = f"{url} gave no answer within {settings.timeout:g} s"
            elif isinstance(err, (requests.exceptions.ConnectionError, ConnectionError)):
                problem = f"cannot reach {url} ({_reason(err)})"
            elif isinstance(err, AuthorizationException):
                problem = "the service refused the API key"
            else:
                problem = f"{type(err).__name__}: {_reason(err)}"
            raise BackendUnavailable(f"{name}: {problem}; skipped from here on") from None
        return [line.strip() for line in str(answer or "").split("\n")]


def _batches(terms: list[str], max_chars: int) -> Iterable[list[str]]:
    """Terms grouped for one request each: one term per line, up to ``max_chars``."""
    if max_chars <= 0:
        yield from ([t] for t in terms)
        return
    batch: list[str] = []
    size = 0
    for term in terms:
        if batch and (size + len(term) + 1 > max_chars or len(batch) == BATCH_TERMS):
            yield batch
            batch, size = [], 0
        batch.append(term)
        size += len(term) + 1
    if batch:
        yield batch


def _fetch(provider: Provider, url: str, terms: list[str], settings: Settings, cache: AnswerCache):
    """Ask the service for every term not in the cache, storing each answer as it comes."""
    service = f"{provider.name} {url}"
    todo = [t for t in terms if cache.get(service, t) is None]
    if not todo:
        return
    try:
        translator: Any = provider.make(settings)  # deep-translator has no type hints
    except BackendUnavailable:
        raise
    except Exception as err:  # deep-translator refuses the language pair or the key
        raise BackendUnavailable(f"{provider.name}: {_reason(err)}; skipped") from None
    _probe(provider.name, url, settings.connect_timeout)
    done = 0
    for batch in _batches(todo, provider.batch_chars):
        answers = _ask(
            provider.name, url, partial(translator.translate, "\n".join(batch)), settings
        )
        if len(batch) == 1:
            answers = [" ".join(answers)]
        elif len(answers) != len(batch):  # the service merged or split lines: ask one by one
            answers = [
                " ".join(_ask(provider.name, url, partial(translator.translate, term), settings))
                for term in batch
            ]
        for term, answer in zip(batch, answers, strict=True):
            cache.put(service, term, answer)
        done += len(batch)
        _progress(settings, provider.name, done, len(todo))


def online(
    provider: Provider, entries: Sequence[Entry], settings: Settings
) -> list[list[Suggestion]]:
    """Suggestions from an online service, through the answer cache.

    When the service becomes unusable mid-run (offline, stalled, rate-limited for
    good) one warning is given and the answers already received are still used.
    """
    url = provider.url(settings)
    service = f"{provider.name} {url}"
    source = f"online:{provider.name}"
    terms = list(dict.fromkeys(e.term for e in entries))
    cache = AnswerCache(settings.cache_dir / "online.sqlite")
    try:
        try:
            _fetch(provider, url, terms, settings, cache)
        except BackendUnavailable as err:
            settings.warn(str(err))
        results = []
        for entry in entries:
            answer = cache.get(service, entry.term)
            # An answer that is the term itself says little (untranslated, or a name).
            confidence = ONLINE_CONFIDENCE / 2 if answer == entry.term else ONLINE_CONFIDENCE
            evidence = f"{provider.name} translation of {entry.term}"
            results.append([Suggestion(answer, source, confidence, evidence)] if answer else [])
        return results
    finally:
        cache.close()
