"""The routes of ``examples/app/main.py``, with nothing left that blocks the event loop.

Each change is the one the finding's message suggests: awaited file checks,
an async HTTP client created once, ``asyncio.sleep``, an ``AsyncSession``, a
process pool for pure-Python CPU work, a thread for the hash (it releases the
GIL) and an asyncio subprocess.
"""

import asyncio
import hashlib
import os
import secrets
import shlex
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager
from typing import Annotated

import anyio
import httpx
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from .db import Order, User, get_db
from .scoring import risk_score
from .storage import save_avatar

MAINTENANCE_FLAG = anyio.Path(os.environ.get("SHOP_MAINTENANCE_FLAG", "/run/shop/maintenance"))
PAYMENTS_URL = os.environ.get("SHOP_PAYMENTS_URL", "https://payments.example.com/v1")
RETRY_BACKOFF = float(os.environ.get("SHOP_RETRY_BACKOFF", "0.5"))
PBKDF2_ITERATIONS = int(os.environ.get("SHOP_PBKDF2_ITERATIONS", "600000"))
REPORTS = os.environ.get("SHOP_REPORTS", "/srv/reports")
RENDERER = shlex.split(os.environ.get("SHOP_RENDERER", "wkhtmltopdf"))

# One client for the whole process: it keeps connections alive between requests.
payments = httpx.AsyncClient(base_url=PAYMENTS_URL, timeout=10)


@asynccontextmanager
async def lifespan(app: FastAPI):
    # Worker processes for CPU-bound Python, started once and shut down with the app.
    with ProcessPoolExecutor() as pool:
        app.state.cpu_pool = pool
        yield
    await payments.aclose()


app = FastAPI(lifespan=lifespan)


class NewPassword(BaseModel):
    password: str


@app.middleware("http")
async def maintenance_mode(request: Request, call_next):
    if await MAINTENANCE_FLAG.exists():
        reason = (await MAINTENANCE_FLAG.read_text()).strip()
        return JSONResponse({"detail": reason}, status_code=503)
    return await call_next(request)


@app.get("/health")
async def health() -> dict:
    return {"status": "ok"}


@app.get("/users/{user_id}")
async def read_user(user_id: int, db: Annotated[AsyncSession, Depends(get_db)]) -> dict:
    user = await db.get(User, user_id)
    if user is None:
        raise HTTPException(status_code=404)
    return {"id": user.id, "email": user.email}


@app.post("/orders/{order_id}/retry-payment")
async def retry_payment(order_id: int, db: Annotated[AsyncSession, Depends(get_db)]) -> dict:
    order = await db.get(Order, order_id)
    if order is None:
        raise HTTPException(status_code=404)
    charge = {"order": order.id, "amount": order.total_cents}
    for attempt in range(3):
        response = await payments.post("/charges", json=charge)
        if response.status_code < 500:
            break
        await asyncio.sleep(RETRY_BACKOFF * 2**attempt)
    order.payment_status = response.json()["status"]
    await db.commit()
    return {"status": order.payment_status}


@app.get("/orders/{order_id}/risk")
async def order_risk(order_id: int, request: Request) -> dict:
    loop = asyncio.get_running_loop()
    score = await loop.run_in_executor(request.app.state.cpu_pool, risk_score, order_id)
    return {"order": order_id, "risk": score}


@app.post("/users/{user_id}/password")
async def set_password(user_id: int, body: NewPassword) -> dict:
    salt = secrets.token_bytes(16)
    digest = await asyncio.to_thread(
        hashlib.pbkdf2_hmac, "sha256", body.password.encode(), salt, PBKDF2_ITERATIONS
    )
    return {"user": user_id, "hash": f"{salt.hex()}${digest.hex()}"}


@app.post("/users/{user_id}/avatar")
async def upload_avatar(user_id: int, request: Request) -> dict:
    data = await request.body()
    return {"avatar": await save_avatar(user_id, data)}


@app.post("/reports/{report_id}/pdf")
async def render_report(report_id: int) -> dict:
    source, target = f"{REPORTS}/{report_id}.html", f"{REPORTS}/{report_id}.pdf"
    process = await asyncio.create_subprocess_exec(
        *RENDERER, source, target, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await process.communicate()
    if process.returncode != 0:
        raise HTTPException(status_code=500, detail=stderr.decode(errors="replace"))
    return {"pdf": target}
