"""Clients that helpers hand back with other values."""

from typing import Any, Optional

import boto3
import requests


class ReportClient:
    def __init__(self, url: str) -> None:
        self.url = url

    def fetch(self) -> dict:
        return requests.get(self.url, timeout=10).json()

    def label(self) -> str:
        return self.url.upper()


def connect(url: str) -> tuple[ReportClient, dict[str, str]]:
    return ReportClient(url), {}


def connect_plain(url: str):
    return {}, ReportClient(url)


class Storage:
    client: Any = None

    def __init__(self, session: Optional[Any] = None) -> None:
        if session:
            self.client = session.client("s3")
        else:
            self.client = boto3.client("s3")
