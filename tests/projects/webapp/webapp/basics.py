"""Small helpers that another module gathers with a star import."""

import time


def settle() -> None:
    time.sleep(0.5)
