try:
    from shop._fast import render
except ImportError:
    from shop._slow import render

__all__ = ["render"]
