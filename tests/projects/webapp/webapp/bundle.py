"""Helpers gathered by a star import of their own."""

from webapp.basics import *


def describe(name: str) -> str:
    return name.title()
