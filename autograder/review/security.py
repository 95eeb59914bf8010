"""Who may use the review app, and how a page cannot be turned against its user.

- Access: a random token (256 bits) printed with the app's URL, as Jupyter does. The first request
  carries it (`?token=`, or `Authorization: token ...`); the app then keeps the TA signed in with a
  session cookie (HttpOnly, SameSite=Strict, signed with a key made at start) and redirects to the
  URL without the token, so it stays out of the history and of any Referer. Anything else: 403.
- Host: only the names the server was bound to (localhost, 127.0.0.1, [::1] by default): a page on
  another site cannot reach the app through DNS rebinding.
- Forms: every POST carries the session's CSRF token (compared in constant time); a POST whose
  Origin is another (or an opaque, "null") origin, or that the browser marks cross-site or same-site
  (another port of this host), is refused before that. (The Referrer-Policy is same-origin, not
  no-referrer, because under no-referrer Chromium sends the app's own forms with Origin: null.)
- Pages: Jinja2 escapes every value (student ids, code, output and messages are the student's); the
  Content-Security-Policy allows no script at all, no frames, forms only to the app itself.
"""
from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "same-origin", "Cache-Control": "no-store", "Cross-Origin-Opener-Policy": "same-origin",
           "Cross-Origin-Resource-Policy": "same-origin"}


class AccessSettings(BaseModel):
    """How the app is reached: the token, the host names it answers to, the session key."""

    token: str = Field(default_factory=lambda: secrets.token_urlsafe(32))
    hosts: list[str] = Field(default_factory=lambda: list(LOCAL_HOSTS))
    session_key: str = Field(default_factory=lambda: secrets.token_hex(32))


def same_token(given: str | None, token: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode("utf-8", "replace"), token.encode())


def host_name(host_header: str) -> str:
    """The host of a Host header, without port or IPv6 brackets."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_host(host_header: str, hosts: list[str]) -> bool:
    return host_name(host_header) in {h.lower().strip("[]") for h in hosts}


def cross_site(origin: str | None, fetch_site: str | None, host_header: str) -> bool:
    """Whether a request comes from another site: the browser says so (Sec-Fetch-Site), or its Origin
    is not this app's."""
    if fetch_site and fetch_site.lower() in ("cross-site", "same-site"):  # same-site: another port, say
        return True
    if origin:
        if origin == "null":
            return True
        return urlsplit(origin).netloc.lower() != host_header.strip().lower()
    return False


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)
