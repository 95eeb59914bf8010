"""The child's stdout and stderr: drained while it runs, kept up to a cap, never parsed."""
from __future__ import annotations

import os
import select
import threading


class CapturedOutput:
    """Drains the child's stdout+stderr, keeping the first `cap` bytes and counting the rest.

    Each read and its bookkeeping happen under one lock, so `settle()` can tell for sure
    that everything already in the pipe has been accounted for.
    """

    def __init__(self, fd: int, cap: int) -> None:
        self.cap = cap
        self.kept = bytearray()
        self.total = 0
        self._fd = fd
        self._closed = False
        self._lock = threading.Lock()
        os.set_blocking(fd, False)
        self._thread = threading.Thread(target=self._drain, daemon=True)
        self._thread.start()

    def _read_available(self) -> bool:
        """Under the lock: take what the pipe holds; False once the writer has closed it."""
        while True:
            try:
                chunk = os.read(self._fd, 65536)
            except BlockingIOError:
                return True
            except OSError:
                return False
            if not chunk:
                return False
            self.total += len(chunk)
            room = self.cap - len(self.kept)
            if room > 0:
                self.kept += chunk[:room]

    def _drain(self) -> None:
        while True:
            try:
                select.select([self._fd], [], [])
            except (OSError, ValueError):
                break
            with self._lock:
                if not self._read_available():
                    self._closed = True
                    os.close(self._fd)
                    return

    def settle(self) -> None:
        """Account for everything the child has written so far (it flushes before each reply)."""
        with self._lock:
            if not self._closed:
                self._read_available()  # at EOF the drain thread notices and closes the fd

    def mark(self) -> int:
        self.settle()
        with self._lock:
            return self.total

    def text_since(self, mark: int, limit: int = 4000) -> str:
        self.settle()
        with self._lock:
            total, kept = self.total, bytes(self.kept)
        piece = kept[mark:mark + limit].decode("utf-8", errors="replace")
        shown = min(len(kept), mark + limit) - mark
        if total - mark > max(shown, 0):
            piece += f"\n[... {total - mark - max(shown, 0)} more bytes of output not shown]"
        return piece

    def join(self, timeout: float = 2.0) -> None:
        self._thread.join(timeout)
