"""The chat history store: a sync SQLite database."""

import sqlite3


class History:
    def __init__(self, path: str = "history.db") -> None:
        self.path = path

    def title_for(self, chat_id: str) -> str:
        with sqlite3.connect(self.path) as db:
            row = db.execute("SELECT title FROM chats WHERE id = ?", (chat_id,)).fetchone()
        return row[0] if row else ""
