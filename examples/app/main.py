"""The routes of a small shop API: they work on a laptop and stall the service under load.

Run ``flake8 --select=ABL examples/`` from the repository root to see why, and
compare with ``examples/app_fixed/main.py``.  ``python -m examples.overlap``
measures the difference.
"""

import hashlib
import os
import secrets
import shlex
import subprocess
import time
from typing import Annotated

import requests
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import Order, User, get_db
from .storage import save_avatar

app = FastAPI()

MAINTENANCE_FLAG = os.environ.get("SHOP_MAINTENANCE_FLAG", "/run/shop/maintenance")
PAYMENTS_URL = os.environ.get("SHOP_PAYMENTS_URL", "https://payments.example.com/v1")
RETRY_BACKOFF = float(os.environ.get("SHOP_RETRY_BACKOFF", "0.5"))
PBKDF2_ITERATIONS = int(os.environ.get("SHOP_PBKDF2_ITERATIONS", "600000"))
REPORTS = os.environ.get("SHOP_REPORTS", "/srv/reports")
RENDERER = shlex.split(os.environ.get("SHOP_RENDERER", "wkhtmltopdf"))


class NewPassword(BaseModel):
    password: str


@app.middleware("http")
async def maintenance_mode(request: Request, call_next):
    # Runs before every route: a stat, and when the flag is set an open and a read.
    if os.path.exists(MAINTENANCE_FLAG):
        with open(MAINTENANCE_FLAG) as flag:
            reason = flag.read().strip()
        return JSONResponse({"detail": reason}, status_code=503)
    return await call_next(request)


@app.get("/health")
async def health() -> dict:
    return {"status": "ok"}


@app.get("/users/{user_id}")
async def read_user(user_id: int, db: Annotated[Session, Depends(get_db)]) -> dict:
    user = db.get(User, user_id)
    if user is None:
        raise HTTPException(status_code=404)
    return {"id": user.id, "email": user.email}


@app.post("/orders/{order_id}/retry-payment")
async def retry_payment(order_id: int, db: Annotated[Session, Depends(get_db)]) -> dict:
    order = db.get(Order, order_id)
    if order is None:
        raise HTTPException(status_code=404)
    charge = {"order": order.id, "amount": order.total_cents}
    for attempt in range(3):
        response = requests.post(f"{PAYMENTS_URL}/charges", json=charge, timeout=10)
        if response.status_code < 500:
            break
        time.sleep(RETRY_BACKOFF * 2**attempt)
    order.payment_status = response.json()["status"]
    db.commit()
    return {"status": order.payment_status}


@app.get("/orders/{order_id}/risk")
async def order_risk(order_id: int) -> dict:
    score = order_id
    for n in range(200_000):
        score = (score * 31 + n) % 1_000_003
    return {"order": order_id, "risk": score}


@app.post("/users/{user_id}/password")
async def set_password(user_id: int, body: NewPassword) -> dict:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", body.password.encode(), salt, PBKDF2_ITERATIONS)
    return {"user": user_id, "hash": f"{salt.hex()}${digest.hex()}"}


@app.post("/users/{user_id}/avatar")
async def upload_avatar(user_id: int, request: Request) -> dict:
    data = await request.body()
    return {"avatar": await save_avatar(user_id, data)}


@app.post("/reports/{report_id}/pdf")
async def render_report(report_id: int) -> dict:
    source, target = f"{REPORTS}/{report_id}.html", f"{REPORTS}/{report_id}.pdf"
    subprocess.run([*RENDERER, source, target], check=True)
    return {"pdf": target}
