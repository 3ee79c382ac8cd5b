"""The routes of ``examples/app/main.py``, with nothing left that blocks the event loop.

Each change is the one the finding's message suggests: awaited file checks,
an async HTTP client created once, ``asyncio.sleep``, an ``AsyncSession`` and
an asyncio subprocess.
"""

import asyncio
from contextlib import asynccontextmanager
from typing import Annotated

import anyio
import httpx
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from .db import Order, User, get_db
from .storage import save_avatar

MAINTENANCE_FLAG = anyio.Path("/run/shop/maintenance")
REPORTS = "/srv/reports"

# One client for the whole process: it keeps connections alive between requests.
payments = httpx.AsyncClient(base_url="https://payments.example.com/v1", timeout=10)


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield
    await payments.aclose()


app = FastAPI(lifespan=lifespan)


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
        await asyncio.sleep(2**attempt)
    order.payment_status = response.json()["status"]
    await db.commit()
    return {"status": order.payment_status}


@app.post("/users/{user_id}/avatar")
async def upload_avatar(user_id: int, request: Request) -> dict:
    data = await request.body()
    return {"avatar": await save_avatar(user_id, data)}


@app.post("/reports/{report_id}/pdf")
async def render_report(report_id: int) -> dict:
    source, target = f"{REPORTS}/{report_id}.html", f"{REPORTS}/{report_id}.pdf"
    process = await asyncio.create_subprocess_exec(
        "wkhtmltopdf", source, target, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await process.communicate()
    if process.returncode != 0:
        raise HTTPException(status_code=500, detail=stderr.decode(errors="replace"))
    return {"pdf": target}
