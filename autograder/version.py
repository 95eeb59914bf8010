"""The framework's version, recorded with every grade."""
__version__ = "0.1.0"
