"""Storage behind an interface: the handlers see only the abstract classes."""
