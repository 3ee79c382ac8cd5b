"""Handlers that use values the settings module builds at import time."""

from webapp import settings
from webapp.settings import (
    DATA_DIR,
    SITE_NAME,
    STATIC_DIR,
    TIMEOUT,
    api,
    cache_dir,
    setting,
    backend,
    http,
    repository,
)
from webapp.settings import BASE_DIR as ROOT
from webapp.settings import AsyncSessionLocal, SessionLocal, engine


async def page(name: str) -> str:
    if not (STATIC_DIR / name).exists():  # error: ABL402
        DATA_DIR.mkdir(exist_ok=True)  # error: ABL402
    index = ROOT / "templates" / name  # ok: path arithmetic does no I/O
    title = SITE_NAME.upper()  # ok: a str method
    cache_dir(name).mkdir()  # error: ABL402
    setting(name).mkdir()  # ok: returns a value of no known type
    return f"{index.name} {title} {TIMEOUT}"


async def proxy(url: str) -> str:
    response = http.get(url, timeout=TIMEOUT)  # error: ABL201
    answer = await api.get(url)  # ok: httpx.AsyncClient is awaited
    other = backend.get(url)  # ok: rebound to another type, not guessed
    return response.text + answer.text + str(other)


async def rows() -> str:
    return repository.rows()  # error: ABL602


async def through_module(name: str) -> bool:
    settings.DATA_DIR.mkdir(exist_ok=True)  # error: ABL402
    settings.http.get(name)  # error: ABL201
    return (settings.STATIC_DIR / name).is_file()  # error: ABL402


async def users() -> list:
    with engine.connect() as connection:  # error: ABL302
        connection.exec_driver_sql("select 1")  # error: ABL302
    db = SessionLocal()
    rows = db.execute("select name from users").all()  # error: ABL302
    async with AsyncSessionLocal() as session:
        await session.execute("select 1")  # ok: an AsyncSession, awaited
    return list(rows)


async def shadowed(DATA_DIR: object, http: object) -> None:
    DATA_DIR.mkdir()  # ok: a parameter of unknown type
    http.get("/")  # ok: a parameter of unknown type
