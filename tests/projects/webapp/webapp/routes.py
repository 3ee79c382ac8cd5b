"""Request handlers: every call below goes into another module or a library."""

import asyncio
from pathlib import Path
from typing import Optional, Type

import vendorlib
from vendorlib import VendorClient, country_holidays
from vendorlib.aio import AsyncVendor, ConfigSession, IdleSession, Station
from vendorlib.assistant import AsyncTextAssistant, TextAssistant

from . import utils
from .core import CachedRepository, Core, Repository, Store
from .http import ClientRequest, PlainRequest
from .uploads import process_upload
from .util.json import load_session
from webapp import load_json, slugify
from webapp.utils import sqlite3 as db
from webapp.utils import (
    fetch_remote,
    in_background,
    load_codec,
    load_plugin,
    currency_table,
    locale_table,
    settings,
)


class Integration:
    def __init__(self, hass: Core) -> None:
        self.hass = hass

    async def async_setup(self) -> None:
        self.hass.http.register_static_path("/static", "www")  # error: ABL602
        self.hass.http.add_route("/", "index")
        await asyncio.to_thread(self.hass.http.wait_ready)


async def index(name: str) -> dict:
    data = load_json("data.json")  # error: ABL602
    session = load_session(name)  # error: ABL602
    utils.load_json("other.json")  # error: ABL602
    return {"slug": slugify(name), "data": data, "session": session}


async def offloaded(name: str) -> object:
    data = await asyncio.to_thread(load_json, name)  # ok: offloaded
    future = in_background(name)  # ok: the helper offloads its work
    config = settings()  # ok: memoised without parameters, reads once
    table = locale_table(name)  # error: ABL602
    money = currency_table("USD")  # ok: memoised and warmed at import
    codec = load_codec()  # ok: a constant-name import is a one-off
    plugin = load_plugin(name)  # ok: an import costs once per module, then sys.modules
    remote = await fetch_remote(name)  # ok: an async def is awaited, not followed
    return data, future, config, table, money, codec, plugin, remote


async def objects(path: Path) -> str:
    repo = Repository(path)
    text = repo.rows()  # error: ABL602
    short = repo.name()
    cached = CachedRepository(path)
    total = cached.count()  # error: ABL602
    later = await repo.arows()
    Store(path)  # error: ABL602
    return text + short + later + str(total)


async def upload(upload_id: str) -> str:
    with process_upload(upload_id) as path:
        return path.read_text()  # error: ABL402


async def library(host: str) -> bool:
    client = VendorClient(host)  # error: ABL603
    other = vendorlib.VendorClient(host)  # error: ABL603
    vendorlib.LegacyClient(host)  # error: ABL603
    vendorlib.compat.LegacyClient(host)  # error: ABL603
    vendorlib.compat.open_context(host, cafile="ca.pem")  # error: ABL603
    vendorlib.compat.open_context(host)  # ok: certificates are read only when cafile is given
    port = vendorlib.compat.DEFAULT_PORT + 1  # ok: a constant, not a call
    plain = vendorlib.make_id(host)
    free = country_holidays("DE")  # error: ABL603
    wrapper = AsyncVendor()
    await wrapper.fetch()
    await wrapper.fetch_config("vendor.json")  # error: ABL603
    await wrapper.fetch_offloaded("vendor.json")  # ok: the library offloads its read
    await wrapper.fetch_station(7)  # error: ABL603
    await wrapper.fetch_twice()  # ok: the coroutines it awaits do not block
    pending = wrapper.schedule("feed")  # ok: makes a coroutine, runs nothing
    async with ConfigSession("vendor.json") as session:  # error: ABL603
        await pending
    async with IdleSession():  # ok: its __aenter__ only awaits
        pass
    station = Station(host)
    calibration = station.calibration  # error: ABL603
    label = station.label  # ok: a property that reads no file
    reload = station.reload  # ok: a method read, not called
    vendorlib.connect(host)  # ok: certificates are read only when cafile is given
    vendorlib.connect(host, timeout=2.0)  # ok: likewise
    vendorlib.connect(host, "ca.pem")  # error: ABL603
    vendorlib.connect(host, cafile="ca.pem")  # error: ABL603
    for make in (vendorlib.VendorClient, vendorlib.LegacyClient):  # the first pass: VendorClient
        make(host)  # error: ABL603
    return bool(client and other and plain and free and port and session and calibration and label and reload)


async def reexported(path: str) -> None:
    connection = db.connect(path)  # error: ABL301
    connection.execute("select 1")  # error: ABL301


async def shadowed(load_json: object, requests: object) -> None:
    load_json("data.json")  # ok: a parameter, not the helper
    requests.get("https://example.com")  # ok: a parameter named like a module


class ClientSession:
    """Builds its requests through the classes it is given."""

    def __init__(
        self,
        request_class: Type[ClientRequest] = ClientRequest,
        plain_class: Optional[type[PlainRequest]] = None,
        factory=ClientRequest,
    ) -> None:
        self._request_class = request_class
        self._plain_class = plain_class
        self._factory = factory

    async def request(self, url: str) -> str:
        req = self._request_class(url)  # error: ABL602
        plain = self._plain_class(url) if self._plain_class else None  # ok: does not block
        self._factory(url)  # ok: an unannotated parameter may be given any callable
        return req.url + (plain.url if plain is not None else "")


async def meeting_time(when, zone: str):
    local = utils.local_zone(zone)  # error: ABL803
    there = vendorlib.localize(when, zone)  # error: ABL803
    return when.astimezone(local), there


from vendorlib.mqtt import MqttLink  # noqa: E402
from vendorlib.sdk import AsyncVendorApi, StatusApi  # noqa: E402


class Portal(VendorClient):
    """The vendor client with a default host: VendorClient.__init__ runs."""

    default_host = "portal.vendor.example"


class QuietPortal(VendorClient):
    def __init__(self, host: str) -> None:
        self.host = host  # ok: builds no TLS context, VendorClient.__init__ is not called


async def sdk_clients(key: str, host: str) -> tuple:
    api = AsyncVendorApi(key)  # error: ABL803
    portal = Portal(host)  # error: ABL603
    quiet = QuietPortal(host)
    status = StatusApi()  # ok: its base builds no client
    return api, portal, quiet, status


ASSISTANT = TextAssistant("assistant.vendor.example:443")
AIO_ASSISTANT = AsyncTextAssistant("assistant.vendor.example:443")


async def vendor_link(broker_url: str) -> MqttLink:
    link = MqttLink(broker_url)  # error: ABL603
    link.subscribe_all()  # ok: paho's subscribe() queues a packet
    return link


async def ask_assistant(text: str) -> list:
    answer = ASSISTANT.ask(text)  # error: ABL603
    replies = ASSISTANT.converse([text])  # error: ABL603
    offloaded = await asyncio.to_thread(ASSISTANT.ask, text)  # ok: offloaded
    awaited = await AIO_ASSISTANT.ask(text)  # ok: a grpc.aio stub, awaited
    later = await AIO_ASSISTANT.ask_later(text)  # ok: a grpc.aio call gives an awaitable
    return [answer, offloaded, awaited, later, *replies]
