"""The HTTP side of the core object."""

import os
import time


class HttpServer:
    def __init__(self) -> None:
        self.routes: dict[str, str] = {}

    def register_static_path(self, url: str, path: str) -> None:
        if os.path.isdir(path):
            self.routes[url] = path

    def add_route(self, url: str, target: str) -> None:
        self.routes[url] = target

    def wait_ready(self) -> None:
        while not self.routes:
            time.sleep(0.1)


class ClientRequest:
    def __init__(self, url: str) -> None:
        self.url = url
        self.auth = _netrc_auth()


class PlainRequest:
    def __init__(self, url: str) -> None:
        self.url = url


def _netrc_auth() -> str:
    with open(os.path.expanduser("~/.netrc")) as handle:
        return handle.read()
