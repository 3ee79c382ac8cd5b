"""Handlers that use star-imported helpers and unpack what helpers give."""

from webapp.actions import *
from webapp.bundle import *
from webapp.clients import Storage, connect, connect_plain
from webapp.exported import *
from webapp.fetchers import ReportsMixin, get_fetcher
from vendorlib.calendars import calendar_for, label_for, plain_for


async def scrape(urls: list) -> list:
    return scrape_all(urls)  # error: ABL602


async def report(path: str) -> str:
    data = load_report(path)  # error: ABL602
    return summary(data)  # ok: builds a string


async def private(path: str) -> dict:
    return _private_load(path)  # ok: a star import does not bring a private name


async def settle_down() -> str:
    settle()  # error: ABL602
    return describe("x")  # ok: does not block


async def limited() -> None:
    wait_a_bit()  # ok: the module sets __all__, which is not read


async def validate(url: str) -> dict:
    client, errors = connect(url)
    if errors:
        return errors
    return client.fetch()  # error: ABL602


async def unannotated(url: str) -> str:
    errors, client = connect_plain(url)
    client.fetch()  # error: ABL602
    return client.label()  # ok: does not block


async def upload(storage: Storage, path: str) -> None:
    storage.client.upload_file(path, "bucket", "key")  # error: ABL203



async def calendar(country: str) -> object:
    return calendar_for(country)  # error: ABL603


async def other_calendars(country: str) -> list:
    return [
        plain_for(country),  # ok: the factory does not say what it builds
        label_for(country),  # ok: not followed: what it builds is not what it returns
    ]


async def report_for(key: str) -> dict:
    fetcher = await get_fetcher()
    return fetcher.fetch_report(key)  # error: ABL602


async def search_for(text: str, mixin: ReportsMixin) -> list:
    fetcher = await get_fetcher()
    pending = get_fetcher()
    return [
        fetcher.search(text),  # ok: does not block
        pending.fetch_report(text),  # ok: a coroutine object, not a fetcher
        mixin.http.get("/health"),  # error: ABL201
    ]
