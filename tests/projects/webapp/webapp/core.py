"""The core object: its attributes are typed here, their classes live elsewhere."""

from dataclasses import dataclass
from pathlib import Path

from webapp.http import HttpServer


class Core:
    http: HttpServer

    def __init__(self) -> None:
        self.http = HttpServer()


@dataclass
class Store:
    root: Path

    def __post_init__(self) -> None:
        self.root.mkdir(exist_ok=True)


class Repository:
    def __init__(self, path: Path) -> None:
        self.path = path

    def rows(self) -> str:
        return self.path.read_text()

    def name(self) -> str:
        return self.path.name

    async def arows(self) -> str:
        return str(self.path)


class CachedRepository(Repository):
    def count(self) -> int:
        return len(self.rows())
