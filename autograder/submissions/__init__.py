"""What students hand in: a file (.py, .zip, .ipynb) made into the folder the sandbox imports, and
a class's folder of submissions matched to the roster."""
