"""A src/ layout: absolute imports resolve from src/, alternatives from try/except."""

import brokenlib
import brokenlib.latin
import missing_dependency
from shop.templates import render


async def page(name: str) -> str:
    missing_dependency.setup()  # ok: not installed, so nothing to follow
    brokenlib.broken()  # ok: does not parse
    brokenlib.latin.anything()  # ok: not UTF-8
    return render(name)  # error: ABL602
