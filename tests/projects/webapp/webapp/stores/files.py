"""A store in files, and caches."""

import os

from webapp.stores import base


class FileStore(base.Store):
    def __init__(self, folder: str) -> None:
        self.folder = folder

    def save(self, key: str, value: str) -> None:
        with open(os.path.join(self.folder, key), "w") as handle:
            handle.write(value)

    def keys(self) -> list:
        return os.listdir(self.folder)


class DiskCache(base.Cache):
    def get(self, key: str) -> str:
        with open(key) as handle:
            return handle.read()

    def clear(self) -> None:
        raise NotImplementedError("a disk cache is cleared by hand")


class MemoryCache(base.Cache):
    def __init__(self) -> None:
        self.items: dict = {}

    def get(self, key: str) -> str:
        return self.items[key]


class SlowWatchdog(base.Watchdog):
    def feed(self) -> None:
        os.fsync(0)


class QuietWatchdog(base.Watchdog):
    pass
