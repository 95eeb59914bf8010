"""The review app (Flask): pages over one gradebook, forms that write the staff's records into it.

Every request passes security.py's checks first (host, token or session, CSRF on POST); every page
is a Jinja2 template with autoescaping on. After a change the files derived from the gradebook are
written again (outputs.refresh_outputs), so the CSV, the JSON and the reports agree with the app.
"""
from __future__ import annotations

import math
import threading
from pathlib import Path
from typing import Any

from flask import Flask, abort, flash, redirect, render_template, request, session, url_for
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from werkzeug.wrappers import Response

from autograder.course.assignment import AssignmentNotFound
from autograder.gradebook.staff import StaffError
from autograder.gradebook.store import Gradebook
from autograder.results import MANUAL_GROUP
from autograder.review import security, views
from autograder.review.outputs import RegradeError, refresh_outputs, regrade_student, spec_for
from autograder.submissions.folder import safe_file_stem

PACKAGE = Path(__file__).parent


class ReviewSettings(BaseModel):
    """What `autograder review` serves and as whom."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    gradebook: Path
    author: str  # who the staff's records name (the TA at this app)
    course_dir: Path | None = None
    access: security.AccessSettings = Field(default_factory=security.AccessSettings)
    cookie_name: str = "autograder-review"


def create_app(settings: ReviewSettings) -> Flask:
    app = Flask("autograder.review", template_folder=str(PACKAGE / "templates"),
                static_folder=str(PACKAGE / "static"), static_url_path="/static")
    app.jinja_env.autoescape = True  # every template, whatever its name: the data is the students'
    app.jinja_env.filters["num"] = lambda v: "" if v is None else f"{v:.6g}"
    app.jinja_env.globals.update(stem=safe_file_stem, MANUAL_GROUP=MANUAL_GROUP)
    app.config.update(SECRET_KEY=settings.access.session_key, SESSION_COOKIE_NAME=settings.cookie_name,
                      SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict",
                      MAX_CONTENT_LENGTH=256 * 1024)
    write_lock = threading.Lock()  # one change (and its files) at a time

    def open_gradebook() -> Gradebook:
        return Gradebook(settings.gradebook)

    @app.before_request
    def guard() -> Response | None:
        if not security.allowed_host(request.host, settings.access.hosts):
            abort(403, "this host name is not served (the app answers only to the name it was started on)")
        given = request.args.get("token") or _header_token(request.headers.get("Authorization", ""))
        if security.same_token(given, settings.access.token):
            if not session.get("signed_in"):
                session.clear()
                session["signed_in"] = True
                session["csrf"] = security.new_csrf_token()
            if request.method == "GET" and "token" in request.args:  # the token leaves the address bar
                rest = {k: v for k, v in request.args.items(multi=False) if k != "token"}
                return redirect(url_for(request.endpoint, **(request.view_args or {}), **rest)
                                if request.endpoint else "/", code=303)
        elif not session.get("signed_in"):
            abort(403, "open the address with the token that `autograder review` printed")
        if request.method == "POST":
            if security.cross_site(request.headers.get("Origin"), request.headers.get("Sec-Fetch-Site"), request.host):
                abort(403, "refused: a form sent from another site")
            if not security.same_token(request.form.get("csrf_token"), session.get("csrf", "")):
                abort(403, "refused: the form's CSRF token is missing or wrong (reload the page and send it again)")
        return None

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers.update(security.HEADERS)
        return response

    @app.errorhandler(403)
    @app.errorhandler(404)
    @app.errorhandler(400)
    @app.errorhandler(413)
    def error_page(e: Any) -> tuple[str, int]:
        return render_template("error.html", code=e.code, message=e.description), e.code

    @app.errorhandler(500)
    def broken(e: Any) -> tuple[str, int]:
        return render_template("error.html", code=500, message="the app failed on this request; the gradebook is "
                               "unchanged unless a message said otherwise (see the terminal)"), 500

    @app.context_processor
    def common() -> dict[str, Any]:
        return {"csrf_token": session.get("csrf", ""), "author": settings.author}

    @app.get("/")
    def index() -> str:
        with open_gradebook() as gb:
            rows = gb.current()
        counts: dict[str, int] = {}
        for r in rows:
            counts[r.assignment] = counts.get(r.assignment, 0) + 1
        return render_template("index.html", assignments=counts, gradebook=settings.gradebook)

    @app.get("/a/<assignment>")
    def assignment_page(assignment: str) -> str:
        f = _filters()
        with open_gradebook() as gb:
            rows, results = views.class_rows(gb, assignment)
            if not rows:
                abort(404, "no such assignment in this gradebook")
        test_ids = list(dict.fromkeys(t for r in rows for t in r.tests))
        groups = list(dict.fromkeys(g for r in rows for g in r.groups))
        shown = views.filtered(rows, f)
        mistakes = sorted({m for r in rows for m in r.mistakes})
        statuses = sorted({s for r in rows for s in r.status.values()})
        return render_template("class.html", assignment=assignment, rows=shown, total=len(rows), f=f,
                               tests=test_ids, groups=groups if len(groups) < len(test_ids) else [],
                               mistakes=mistakes, statuses=statuses, distributions=views.distributions(results),
                               qs=lambda **c: views.query_string(f, **c), flag=views.FLAG_SIMILARITY)

    @app.get("/a/<assignment>/s/<key>")
    def student_page(assignment: str, key: str) -> str:
        with open_gradebook() as gb:
            student = _student(gb, assignment, key)
            result = gb.result(student, assignment)
            row = next(r for r in gb.current(assignment) if r.student == student)
            records = gb.staff_records(student, assignment)
            items = gb.manual_items(assignment)
            source = gb.source_of(assignment)
            try:
                spec = spec_for(gb, assignment, settings.course_dir)
            except AssignmentNotFound:
                spec = None
        if result is None:
            abort(404, "this student's result cannot be read")
        module, functions = (spec.module, spec.functions) if spec else ("", [])
        code, note = views.submitted_code(source.submissions if source else None, result, module, functions) \
            if spec is not None and result.submission_file != "exam answer sheet" else (None, "")
        automatic_tests = [t for t in result.tests if t.group != MANUAL_GROUP]
        return render_template("student.html", assignment=assignment, key=key, r=result, row=row, records=records,
                               items=items, manual={t.id: t for t in result.tests if t.group == MANUAL_GROUP},
                               tests=automatic_tests, code=views.code_view(
                                   result, code, functions, note,
                                   views.mistake_functions(spec.mistakes_file) if code is not None else None),
                               can_regrade=source is not None, spec=spec)

    @app.post("/a/<assignment>/s/<key>/adjust")
    def adjust(assignment: str, key: str) -> Response:
        form = _form(AdjustForm)
        return _change(assignment, key, lambda gb, s: gb.add_adjustment(
            s, assignment, form.points, form.reason, settings.author, form.test or None),
            f"adjustment of {form.points:+g} recorded")

    @app.post("/a/<assignment>/s/<key>/comment")
    def comment(assignment: str, key: str) -> Response:
        form = _form(CommentForm)
        return _change(assignment, key, lambda gb, s: gb.add_comment(s, assignment, form.text, settings.author,
                                                                     form.test or None), "comment recorded")

    @app.post("/a/<assignment>/s/<key>/manual")
    def manual(assignment: str, key: str) -> Response:
        form = _form(ManualForm)
        return _change(assignment, key, lambda gb, s: gb.score_manual(s, assignment, form.item, form.points,
                                                                      settings.author, form.note),
                       f"{form.item}: {form.points:g} points recorded")

    @app.post("/a/<assignment>/s/<key>/withdraw")
    def withdraw(assignment: str, key: str) -> Response:
        form = _form(WithdrawForm)
        return _change(assignment, key, lambda gb, s: gb.withdraw(form.kind, form.record, s, assignment,
                                                                  settings.author), f"{form.kind} withdrawn")

    @app.post("/a/<assignment>/s/<key>/regrade")
    def regrade(assignment: str, key: str) -> Response:
        with open_gradebook() as gb:
            student = _student(gb, assignment, key)
        with write_lock:
            try:
                flash(regrade_student(settings.gradebook, assignment, student, settings.course_dir), "ok")
            except RegradeError as e:
                flash(f"not regraded: {e}", "error")
        return redirect(url_for("student_page", assignment=assignment, key=key), code=303)

    def _change(assignment: str, key: str, do: Any, done: str) -> Response:
        """Run one change against the gradebook, write the derived files again, say what happened."""
        with write_lock, open_gradebook() as gb:
            student = _student(gb, assignment, key)
            try:
                do(gb, student)
            except StaffError as e:
                flash(f"not recorded: {e}", "error")
            else:
                refreshed = refresh_outputs(gb, assignment, settings.course_dir)
                flash(done + (f"; files written again: {len(refreshed.written)}" if refreshed.written else ""), "ok")
                for what, why in refreshed.problems.items():
                    flash(f"{what}: {why}", "error")
        return redirect(url_for("student_page", assignment=assignment, key=key), code=303)

    return app


def _header_token(value: str) -> str | None:
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() in ("token", "bearer") else None


def _student(gb: Gradebook, assignment: str, key: str) -> str:
    """The student whose URL key this is (their safe file stem); 404 when none."""
    for row in gb.current(assignment):
        if safe_file_stem(row.student) == key:
            return row.student
    abort(404, "no such student for this assignment")


def _filters() -> views.Filters:
    args = request.args
    try:
        below = float(args["below"]) if args.get("below") else None
    except ValueError:
        below = None
    late = args.get("late", "")
    return views.Filters(sort=args.get("sort", "student")[:200], desc=args.get("desc") == "1", q=args.get("q", "")[:200],
                         test=args.get("test", "")[:200], status=args.get("status", "")[:40],
                         mistake=args.get("mistake", "")[:200], late=late if late in ("late", "on_time") else "",
                         flagged=args.get("flagged") == "1", below=below)


class AdjustForm(BaseModel):
    points: float
    reason: str = Field(max_length=4000)
    test: str = ""


class CommentForm(BaseModel):
    text: str = Field(max_length=40_000)
    test: str = ""


class ManualForm(BaseModel):
    item: str
    points: float
    note: str = Field(default="", max_length=40_000)


class WithdrawForm(BaseModel):
    kind: str = Field(pattern="^(adjustment|comment)$")
    record: int


def _form(model: type[BaseModel]) -> Any:
    """The POSTed form as `model`; a 400 page saying what is wrong otherwise."""
    data = {k: v for k, v in request.form.items() if k in model.model_fields}
    for name in ("points",):
        if name in data:
            data[name] = data[name].strip().replace("\u2212", "-").replace(",", ".") or "nan"
    try:
        form = model.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        abort(400, f"the form's {'.'.join(str(p) for p in first['loc'])}: {first['msg']}")
    points = getattr(form, "points", None)
    if isinstance(points, float) and not math.isfinite(points):
        abort(400, "the points must be a number")
    return form


def serve(settings: ReviewSettings, host: str, port: int, ready: Any = None) -> None:
    """Serve until interrupted (werkzeug's threaded server: a tool for one TA on their machine).
    `ready(url)` is called with the address to open, token included, once the port is bound."""
    from werkzeug.serving import make_server

    server = make_server(host, port, create_app(settings), threaded=True)
    bound = server.server_port
    # a cookie of its own per port: two apps on one machine (cookies ignore ports) do not sign each other out
    server.app = create_app(settings.model_copy(update={"cookie_name": f"autograder-review-{bound}"}))
    shown = f"[{host}]" if ":" in host else host
    if ready is not None:
        ready(f"http://{shown}:{bound}/?token={settings.access.token}")
    try:
        server.serve_forever()
    finally:
        server.server_close()
