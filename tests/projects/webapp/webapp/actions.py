"""Helpers that handlers take with a star import."""

import json
from concurrent.futures import ThreadPoolExecutor

import requests


def fetch_page(url: str) -> str:
    return requests.get(url, timeout=10).text


def scrape_all(urls: list) -> list:
    with ThreadPoolExecutor(max_workers=8) as pool:
        pages = pool.map(fetch_page, urls)
    return [page for page in pages if page]


def load_report(path: str) -> dict:
    with open(path) as handle:
        return json.load(handle)


def summary(report: dict) -> str:
    return ", ".join(sorted(report))


def _private_load(path: str) -> dict:
    with open(path) as handle:
        return json.load(handle)
