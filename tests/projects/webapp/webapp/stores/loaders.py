"""Loaders of blobs: one reads files, the other is a coroutine."""

from .base import Loader


class FileLoader(Loader):
    def load(self, key: str) -> bytes:
        with open(key, "rb") as handle:
            return handle.read()


class RemoteLoader(Loader):
    async def load(self, key: str) -> bytes:
        return key.encode()
