"""The gateway's runners: each mixes in the slash commands."""

from webapp.clients import ReportClient

from .commands import CommandsMixin
from .history import History


class Runner(CommandsMixin):
    def __init__(self) -> None:
        self._history = History()
        self._reports = ReportClient("https://reports.example.com")


class QuietRunner(CommandsMixin):
    def __init__(self) -> None:
        self._history = History("quiet.db")
        self._reports = {}
