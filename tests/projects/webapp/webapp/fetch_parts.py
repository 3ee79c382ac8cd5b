"""The mixins of fetchers.Fetcher: a transport, a typing protocol and two operations."""

from typing import Protocol

from webapp.transport import Transport


class ReportOperations(Protocol):
    def fetch_report(self, key: str) -> dict: ...


class SearchMixin(Transport, ReportOperations):
    def search(self, text: str) -> list:
        return [text]


class ReportsMixin(Transport, ReportOperations):
    def fetch_report(self, key: str) -> dict:
        return self.http.get(f"{self.url}/reports/{key}").json()
