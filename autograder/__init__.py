"""nn-autograder: sandboxed, pytest-based graders for neural-network assignments."""
__version__ = "0.1.0"
