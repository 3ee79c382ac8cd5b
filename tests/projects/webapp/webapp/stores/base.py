"""The interfaces the handlers are given."""

from abc import ABC, abstractmethod


class Store(ABC):
    @abstractmethod
    def save(self, key: str, value: str) -> None:
        """Keep a value."""

    @abstractmethod
    def keys(self) -> list:
        """List what is kept."""

    def describe(self) -> str:
        return type(self).__name__


class Cache:
    def get(self, key: str) -> str:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError()


class Watchdog:
    def feed(self) -> None:
        pass


class Loader(ABC):
    @abstractmethod
    def load(self, key: str) -> bytes:
        """Read a blob: a sync or an async loader (``await ensure_async(loader.load(k))``)."""
