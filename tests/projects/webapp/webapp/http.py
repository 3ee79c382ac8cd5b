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
