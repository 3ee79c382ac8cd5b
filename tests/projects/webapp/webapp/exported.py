"""A module that limits what a star import brings with __all__."""

import time

__all__ = ["wait_a_bit"]


def wait_a_bit() -> None:
    time.sleep(1)
