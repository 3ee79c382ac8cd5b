"""A small shop API with the classic event-loop mistakes (see ``examples/README.md``)."""
