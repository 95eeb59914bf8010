"""Running untrusted student code: the child process, its confinement and the wire between them."""
