"""Helpers of the service: some touch the disk, some do not."""

import asyncio
import functools
import importlib
import json
import zoneinfo
from typing import Any


def load_json(path: str) -> Any:
    with open(path) as handle:
        return json.load(handle)


def slugify(text: str) -> str:
    return text.lower().replace(" ", "-")


def local_zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)  # a time zone load: start-up work (ABL803)


@functools.lru_cache(maxsize=None)
def locale_table(locale: str) -> Any:
    with open(f"locales/{locale}.json") as handle:  # memoised: once per locale
        return json.load(handle)


@functools.cache
def _currency_table(code: str) -> Any:
    with open(f"currencies/{code}.json") as handle:
        return json.load(handle)


def currency_table(code: str = "EUR") -> Any:
    return _currency_table(code)


# Warmed at import: the first call, the one that reads, happens here.
DEFAULT_CURRENCY = currency_table()


@functools.lru_cache(maxsize=None)
def settings() -> Any:
    with open("settings.json") as handle:  # memoised, no parameters: read once
        return json.load(handle)


def load_plugin(name: str) -> Any:
    return importlib.import_module(f"webapp.plugins.{name}")


def load_codec() -> Any:
    return importlib.import_module("json")


def in_background(path: str) -> "asyncio.Future[Any]":
    loop = asyncio.get_running_loop()
    return loop.run_in_executor(None, load_json, path)


async def fetch_remote(url: str) -> str:
    await asyncio.sleep(0)
    return url


import sqlite3  # noqa: E402  (re-exported for the routes, as some projects do)
