"""Settings of the service: module-level values other modules import."""

from pathlib import Path

import httpx
import requests
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import sessionmaker

from webapp.core import Repository


def data_dir(name: str) -> Path:
    return Path("/var/lib/webapp") / name


def cache_dir(name: str):
    return BASE_DIR / "cache" / name


def setting(name: str):
    return globals().get(name)


BASE_DIR = Path(__file__).parent
STATIC_DIR = BASE_DIR / "static"
DATA_DIR = data_dir("uploads")
SITE_NAME = "webapp"
TIMEOUT = 10.0

http = requests.Session()
api = httpx.AsyncClient()
repository = Repository(DATA_DIR / "rows.txt")

engine = create_engine("sqlite:///webapp.db")
SessionLocal = sessionmaker(bind=engine)
AsyncSessionLocal = async_sessionmaker(create_async_engine("sqlite+aiosqlite:///webapp.db"))

# Rebound to another type below: no one type, so no guess.
backend = requests.Session()
backend = httpx.AsyncClient()
