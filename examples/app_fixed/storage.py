"""Avatar storage: a local directory in development, an NFS mount in production."""

import asyncio
import io

import anyio
from PIL import Image

MEDIA = anyio.Path("/srv/media/avatars")


def make_thumbnail(data: bytes) -> bytes:
    image = Image.open(io.BytesIO(data))
    image.thumbnail((256, 256))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


async def save_avatar(user_id: int, data: bytes) -> str:
    await MEDIA.mkdir(parents=True, exist_ok=True)
    # The callable and its argument go separately: the work runs in the thread.
    thumbnail = await asyncio.to_thread(make_thumbnail, data)
    target = MEDIA / f"{user_id}.png"
    await target.write_bytes(thumbnail)
    return str(target)
