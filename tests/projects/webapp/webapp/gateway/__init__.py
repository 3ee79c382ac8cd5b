"""A chat gateway: one runner class split into mixins by topic."""
