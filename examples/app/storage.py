"""Avatar storage: a local directory in development, an NFS mount in production."""

import os
from pathlib import Path

MEDIA = Path(os.environ.get("SHOP_MEDIA", "/srv/media/avatars"))


def write_file(path: Path, data: bytes) -> None:
    path.write_bytes(data)


async def save_avatar(user_id: int, data: bytes) -> str:
    os.makedirs(MEDIA, exist_ok=True)
    target = MEDIA / f"{user_id}.png"
    write_file(target, data)
    return str(target)
