"""The transport the fetcher mixins derive from."""

import requests


class Transport:
    def __init__(self, url: str) -> None:
        self.url = url
        self.http = requests.Session()
