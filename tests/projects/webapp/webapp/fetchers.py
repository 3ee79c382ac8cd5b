"""A client assembled from mixins of another module, one of them a typing protocol."""

from webapp.fetch_parts import ReportsMixin, SearchMixin


class Fetcher(SearchMixin, ReportsMixin):
    """The protocol's stub comes through SearchMixin first; ReportsMixin implements it."""


async def get_fetcher() -> Fetcher:
    return Fetcher("https://reports.example")
