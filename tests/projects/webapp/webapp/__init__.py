"""A small service: the package re-exports its helpers."""

from .utils import load_json, slugify

__all__ = ["load_json", "slugify"]
