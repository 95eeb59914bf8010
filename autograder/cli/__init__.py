"""The command line, the top layer: main.py parses, commands.py calls the package that does the work.
Nothing in autograder/ imports it."""
