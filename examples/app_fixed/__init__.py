"""The shop API of ``examples/app`` with every blocking call fixed."""
