"""Handlers given services through a registry class, typed by their interfaces."""

from webapp.stores.base import Cache, Loader, Store, Watchdog


class Services:
    store: Store
    cache: Cache
    watchdog: Watchdog
    loader: Loader


def get_store() -> Store:
    return Services.store


async def remember(key: str, value: str) -> None:
    get_store().save(key, value)  # error: ABL602
    Services.store.save(key, value)  # error: ABL602
    Services.store.describe()  # ok: implemented in the interface, does not block


async def listing() -> list:
    return Services.store.keys()  # ok: one implementation (SqlStore) does not block


async def cached(key: str) -> str:
    Services.cache.clear()  # ok: nothing implements it
    return Services.cache.get(key)  # ok: MemoryCache does not block


async def tick() -> None:
    Services.watchdog.feed()  # ok: a default that does nothing, which QuietWatchdog keeps


async def blob(key: str) -> bytes:
    found = Services.loader.load(key)  # ok: RemoteLoader's is a coroutine: the call may not block
    return await found if not isinstance(found, bytes) else found
