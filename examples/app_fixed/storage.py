"""Avatar storage: a local directory in development, an NFS mount in production."""

import os

import anyio

MEDIA = anyio.Path(os.environ.get("SHOP_MEDIA", "/srv/media/avatars"))


async def save_avatar(user_id: int, data: bytes) -> str:
    await MEDIA.mkdir(parents=True, exist_ok=True)
    target = MEDIA / f"{user_id}.png"
    await target.write_bytes(data)
    return str(target)
