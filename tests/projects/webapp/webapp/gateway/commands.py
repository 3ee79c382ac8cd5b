"""Slash commands of the gateway, as a mixin: the runner gives it its attributes."""


class CommandsMixin:
    async def handle_title(self, chat_id: str) -> str:
        return self._history.title_for(chat_id)  # error: ABL602

    async def handle_report(self, chat_id: str) -> dict:
        return self._reports.fetch()  # ok: the runners give _reports different types

    async def handle_unknown(self, chat_id: str) -> None:
        self._plugins.reload(chat_id)  # ok: no runner sets _plugins
