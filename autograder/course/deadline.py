"""An assignment's deadline, what lateness costs, and which of a student's attempts counts.

Declared per assignment under [deadline] in assignment.toml; the course's time zone comes from
course.toml (see CourseSettings) unless the assignment names its own.

Times: a deadline written as a local date-time (TOML's `2026-12-05T23:59:00`) means that time in
the course's zone, daylight saving included; a time with an offset (`2026-12-06T10:00:00+01:00`,
`...Z`) is an instant; a submission time without an offset is read in the course's zone and the
student's report says so. Lateness is elapsed time between instants, so a daylight-saving change
between the deadline and the submission neither adds nor removes an hour.

The policy, in order: an extension (a later due date for one student) replaces the due date and
moves the cutoff by as much; a submission within the grace period (minutes) after that due date is
on time; later than the cutoff it earns zero; otherwise each started day (or hour) late deducts a
fraction, up to a cap. `mode = "flag"` deducts nothing and only marks the submission late.
"""
from __future__ import annotations

import datetime as dt
import difflib
import math
import tomllib
import zoneinfo
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

AttemptRule = Literal["latest", "best", "latest_on_time", "best_after_penalty"]
ATTEMPT_RULES: dict[str, str] = {
    "latest": "the latest submission",
    "best": "the submission with the highest score before any late penalty (its penalty still applies)",
    "latest_on_time": "the latest submission made on time (within the grace period); the latest one if none was",
    "best_after_penalty": "the submission with the highest score after its late penalty",
}
COURSE_FILE = "course.toml"


class DeadlineError(ValueError):
    """A deadline, time zone, submission time or extension the instructor wrote cannot be used: one
    line saying where and what to write instead."""


# ------------------------------------------------------------------ time zones and times
@lru_cache(maxsize=64)
def time_zone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone `name` ("Europe/Brussels"); DeadlineError naming close matches if unknown."""
    try:
        if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
            raise ValueError(name)
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        close = difflib.get_close_matches(name, sorted(zoneinfo.available_timezones()), n=3, cutoff=0.6)
        hint = f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
        raise DeadlineError(f"unknown time zone {name!r}{hint}: use an IANA name such as 'Europe/Brussels', "
                            "'America/New_York' or 'UTC'") from None


def localize(when: dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """A wall-clock time without an offset as the instant it names in `zone`. DeadlineError for a time
    that does not exist there (clocks jump forward) or that happens twice (clocks go back)."""
    if when.tzinfo is not None:
        return when
    first, second = when.replace(tzinfo=zone, fold=0), when.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    text = when.isoformat(sep=" ", timespec="minutes")
    # the round trip through UTC lands elsewhere for a time in the gap of a forward jump
    if first.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None) != when:
        raise DeadlineError(f"{text} does not exist in {zone.key} (the clocks jump forward then): write a time "
                            "before or after the jump, or give the offset")
    raise DeadlineError(f"{text} happens twice in {zone.key} (the clocks go back then): give the offset, e.g. "
                        f"{first.isoformat(timespec='minutes')} or {second.isoformat(timespec='minutes')}")


def parse_time(text: str) -> dt.datetime:
    """An ISO 8601 date-time as LMS exports write it: `2026-12-06T10:00:00+01:00`, `...Z`, a space for
    the T, `+0100`, ` UTC`; without an offset it stays a wall-clock time. A date alone means the end
    of that day (23:59:59). ValueError if it is none of these."""
    text = " ".join(text.split())
    if text.upper().endswith(" UTC") or text.upper().endswith(" GMT"):
        text = text[:-4] + "+00:00"
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    if len(text) > 6 and text[-6] == " " and text[-5] in "+-":  # "10:00:00 +01:00", "10:00:00 +0100"
        text = text[:-6] + text[-5:]
    elif len(text) > 7 and text[-7] == " " and text[-6] in "+-":
        text = text[:-7] + text[-6:]
    if len(text) == 10:
        return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(23, 59, 59))
    return dt.datetime.fromisoformat(text)


def as_instant(when: dt.datetime, zone: zoneinfo.ZoneInfo | None, strict: bool = True) -> dt.datetime:
    """An aware datetime: `when` itself if it has an offset, else read in `zone` (UTC when no zone).
    strict: a wall-clock time the clocks skip or repeat there is a DeadlineError (for what the instructor
    declares); otherwise it is read with the offset in force before the change (for submission times)."""
    if when.tzinfo is not None:
        return when
    if zone is None:
        return when.replace(tzinfo=dt.timezone.utc)
    return localize(when, zone) if strict else when.replace(tzinfo=zone, fold=0)


def shown(when: dt.datetime, zone: zoneinfo.ZoneInfo | None = None) -> str:
    """A time as people read it, in the course's zone: "2026-12-05 23:59 CET"."""
    if zone is not None and when.tzinfo is not None:
        when = when.astimezone(zone)
    text = when.strftime("%Y-%m-%d %H:%M") + (f":{when.second:02d}" if when.second else "")
    name = when.tzname() if when.tzinfo is not None else None
    return f"{text} {name}" if name else text


def duration_text(minutes: float) -> str:
    """Minutes as people say them: "1 h 10 min", "2 days 3 h", "40 s" (rounded down to what is shown)."""
    seconds = int(max(0.0, minutes) * 60)
    if seconds < 60:
        return f"{seconds} s"
    days, rest = divmod(seconds // 60, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [f"{days} day{'s' if days != 1 else ''}"] if days else []
    parts += [f"{hours} h"] if hours else []
    parts += [f"{mins} min"] if mins and days < 2 else []
    return " ".join(parts)


def percent(fraction: float) -> str:
    return f"{round(fraction * 100, 4):g}%"


# ------------------------------------------------------------------ course.toml
class CourseSettings(BaseModel):
    """course.toml's deadline settings, which apply to every assignment of the course. The file is
    the nearest course.toml at or above the assignment's folder (the course folder); other settings
    in it belong to other parts of the course and are not read here."""

    model_config = ConfigDict(extra="ignore")
    timezone: str = ""  # IANA name; deadlines and submission times without an offset are read in it
    extensions: str = ""  # a CSV of per-student extensions, relative to course.toml (see course/extensions.py)
    path: Path | None = Field(default=None, exclude=True)  # the course.toml read, if any

    @property
    def extensions_file(self) -> Path | None:
        if not self.extensions:
            return None
        path = Path(self.extensions).expanduser()
        return path if path.is_absolute() or self.path is None else self.path.parent / path


def load_course_settings(assignment_dir: Path) -> CourseSettings:
    """The deadline settings of the nearest course.toml at or above `assignment_dir`; defaults when
    there is none. DeadlineError for one that cannot be read, holds an unknown zone, or names a
    setting that looks like a misspelt one of these."""
    start = Path(assignment_dir).resolve()
    path = next((f / COURSE_FILE for f in (start, *start.parents) if (f / COURSE_FILE).is_file()), None)
    if path is None:
        return CourseSettings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for key in data:
            close = difflib.get_close_matches(key.lower(), ["timezone", "time_zone", "tz", "extensions"], n=1,
                                              cutoff=0.75)
            if key not in CourseSettings.model_fields and close:
                raise DeadlineError(f"{path}: unknown setting {key!r}; did you mean "
                                    f"{'timezone' if close[0] in ('time_zone', 'tz') else close[0]!r}?")
        settings = CourseSettings(**{k: v for k, v in data.items() if k in ("timezone", "extensions")}, path=path)
    except tomllib.TOMLDecodeError as e:
        raise DeadlineError(f"{path} is not valid TOML: {e}") from None
    except ValidationError as e:
        raise DeadlineError(f"{path}: {_first_error(e)} (timezone is an IANA name such as \"Europe/Brussels\", "
                            "extensions a file name)") from None
    except OSError as e:
        raise DeadlineError(f"{path} cannot be read: {e.strerror or e}") from None
    if settings.timezone:
        try:
            time_zone(settings.timezone)
        except DeadlineError as e:
            raise DeadlineError(f"{path}: {e}") from None
    return settings


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    if first.get("type") == "extra_forbidden":
        return f"unknown setting {where!r}"
    return f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid"))


# ------------------------------------------------------------------ extensions
class Extension(BaseModel):
    """A later due date for one student (an accommodation), applied before the late policy: a new
    due date-time, or extra days or hours. The cutoff moves by as much as the due date."""

    student: str
    assignment: str = ""  # "" applies to every assignment it is used with
    due: dt.datetime | None = None  # the new due date-time (without an offset: the course's zone)
    extra_days: float = 0.0  # days added to the assignment's due date
    extra_hours: float = 0.0  # hours added to the assignment's due date
    reason: str = ""  # for the teaching staff only
    source: str = ""  # where it was declared, e.g. "extensions.csv:4"

    def applied_to(self, due: dt.datetime, zone: zoneinfo.ZoneInfo | None) -> dt.datetime:
        """The student's due date (aware) given the assignment's (aware). Extra days are calendar days
        in the course's zone (the same wall-clock time, across a daylight-saving change); extra hours
        are elapsed hours."""
        if self.due is not None:
            return as_instant(self.due, zone)
        local = due.astimezone(zone) if zone is not None else due
        moved = local + dt.timedelta(days=self.extra_days)  # wall-clock arithmetic within the zone
        return (moved.astimezone(dt.timezone.utc) + dt.timedelta(hours=self.extra_hours)).astimezone(moved.tzinfo)

    def describe(self) -> str:
        """"by 2 days", "by 36 h", "by 1 day 12 h", or "new due date"."""
        if self.due is not None:
            return "new due date"
        parts = [f"{self.extra_days:g} day{'s' if self.extra_days != 1 else ''}"] if self.extra_days else []
        parts += [f"{self.extra_hours:g} h"] if self.extra_hours else []
        return "by " + (" ".join(parts) or "0 days")


def parse_extension(text: str) -> tuple[dt.datetime | None, float, float]:
    """An extension as written in a roster or extensions file: a new due date-time
    (`2026-12-08T23:59`), or extra days (`3`, `3d`, `3 days`) or hours (`36h`, `36 hours`).
    Returns (due, extra_days, extra_hours); ValueError if it is none of these."""
    raw = " ".join(text.lower().split())
    for suffixes, unit in (((" days", " day", "days", "day", "d"), "days"), ((" hours", " hour", "hours", "hour",
                                                                              " h", "h"), "hours")):
        for suffix in suffixes:
            if raw.endswith(suffix):
                number = raw[: -len(suffix)].strip()
                try:
                    value = float(number)
                except ValueError:
                    break
                if not math.isfinite(value) or value < 0:
                    raise ValueError(text)
                return (None, value, 0.0) if unit == "days" else (None, 0.0, value)
    try:
        value = float(raw)
    except ValueError:
        return parse_time(text), 0.0, 0.0
    if not math.isfinite(value) or value < 0:
        raise ValueError(text)
    return None, value, 0.0


# ------------------------------------------------------------------ the assessment
class Lateness(BaseModel):
    """What the late policy made of one submission, stored with it in the gradebook.

    Minutes are elapsed time between instants; `fraction` is the share of the maximum score (or of
    the score, see LatePolicy.penalty_of) deducted; `penalty` is in points."""

    submitted_at: str | None = None  # as received (ISO 8601), None when unknown
    time_source: str = ""  # where the time came from: "roster", "Gradescope export", ...
    zone_assumed: str = ""  # the zone a time without an offset was read in
    due: str = ""  # the due date that applied, as shown to people ("2026-12-05 23:59 CET")
    extension: str = ""  # what the extension did ("by 2 days, to 2026-12-07 23:59 CET"), "" without one
    extension_reason: str = ""  # for the teaching staff
    late_minutes: float = 0.0  # minutes after the due date that applied (0: on time)
    grace_minutes: float = 0.0
    in_grace: bool = False  # late by no more than the grace period: counted as on time
    unit: Literal["day", "hour"] = "day"
    units: int = 0  # started days (or hours) charged
    fraction: float = 0.0
    penalty: float = 0.0
    capped: bool = False  # the fraction reached the policy's cap
    after_cutoff: bool = False  # later than the cutoff: zero
    cutoff: str = ""
    flagged: bool = False  # late under mode = "flag": marked, nothing deducted
    lms_marked_late: bool = False  # the LMS marked it late but gave no time

    @property
    def late(self) -> bool:
        """Late beyond the grace period."""
        return self.late_minutes > 0 and not self.in_grace

    @property
    def on_time(self) -> bool:
        return not self.late

    def summary(self) -> str:
        """One line for the student and the TAs: "submitted 1 h 10 min late: -10%"."""
        if self.submitted_at is None:
            if self.lms_marked_late:
                return ("the LMS marked this submission late but gave no submission time, so no late "
                        "penalty was applied")
            return ""
        if self.late_minutes <= 0:
            return "submitted on time"
        late = f"submitted {duration_text(self.late_minutes)} late"
        if self.in_grace:
            return f"{late}, within the {self.grace_minutes:g}-minute grace period: no penalty"
        if self.after_cutoff:
            return f"{late}, after the cutoff ({self.cutoff}): no credit"
        if self.flagged:
            return f"{late} (marked late; no points deducted)"
        if not self.fraction:
            return f"{late}: no penalty"
        cap = " (the maximum)" if self.capped else ""
        return f"{late}: -{percent(self.fraction)}{cap}"

    def details(self) -> list[str]:
        """Further sentences: the due date that applied, the extension, a time read in the course's zone."""
        lines = [f"Due {self.due}" + (f" (extended {self.extension})" if self.extension else "")] if self.due else []
        if self.submitted_at and self.zone_assumed:
            lines.append(f"The submission time {self.submitted_at} has no UTC offset; it was read as "
                         f"{self.zone_assumed} time")
        return lines


class Attempt(BaseModel):
    """One of a student's graded submissions, as the attempt rule sees it."""

    key: int  # the gradebook's row id
    submitted_at: dt.datetime | None  # aware
    graded_at: str
    raw_score: float
    score: float  # after the late penalty
    on_time: bool


def latest_first(attempt: Attempt) -> tuple:
    """Sort key: the latest attempt last (by submission time, undated ones first, then grading time)."""
    stamp = attempt.submitted_at.timestamp() if attempt.submitted_at else float("-inf")
    return (attempt.submitted_at is not None, stamp, attempt.graded_at, attempt.key)


def choose_attempt(attempts: list[Attempt], rule: AttemptRule = "latest") -> Attempt:
    """The attempt that counts under `rule` (see ATTEMPT_RULES); ties go to the latest."""
    ordered = sorted(attempts, key=latest_first)
    if rule == "best":
        return max(reversed(ordered), key=lambda a: a.raw_score)
    if rule == "best_after_penalty":
        return max(reversed(ordered), key=lambda a: a.score)
    if rule == "latest_on_time":
        on_time = [a for a in ordered if a.on_time]
        return (on_time or ordered)[-1]
    return ordered[-1]


class LatePolicy(BaseModel):
    """[deadline] in assignment.toml. Fractions are of the maximum score (or of the earned score with
    penalty_of = "score"); a day is 24 hours of elapsed time."""

    model_config = ConfigDict(extra="forbid")
    due: dt.datetime  # with an offset, or a local date-time in `timezone`
    timezone: str = ""  # IANA name; "" takes course.toml's
    grace_minutes: float = 0.0  # a submission this many minutes after the due date is on time
    penalty_per_day: float | None = None  # fraction per started day late (default 0.1 unless per hour is set)
    penalty_per_hour: float | None = None  # fraction per started hour late, instead of per day
    max_penalty: float = 1.0  # the most a late submission loses, as a fraction
    penalty_of: Literal["max_score", "score"] = "max_score"
    max_late_days: float = 5  # later than this many days after the due date: zero (inf: no cutoff)
    cutoff: dt.datetime | None = None  # or the cutoff as a date-time (replaces max_late_days)
    mode: Literal["deduct", "flag"] = "deduct"  # flag: late submissions are marked, nothing deducted
    attempt: AttemptRule = "latest"  # which of a student's submissions counts (ATTEMPT_RULES)

    @model_validator(mode="after")
    def _consistent(self) -> LatePolicy:
        zone = time_zone(self.timezone) if self.timezone else None
        if self.due.tzinfo is None and zone is None:
            raise DeadlineError(f"due = {self.due.isoformat()} has no UTC offset and the course has no time zone: "
                                "set timezone = \"Europe/Brussels\" (your zone) in course.toml or under [deadline], "
                                "or write the offset (2026-12-05T23:59:00+01:00)")
        if zone is not None:
            localize(self.due, zone)  # a time the clocks skip or repeat is an error
        if self.cutoff is not None:
            if self.cutoff.tzinfo is None and zone is None:
                raise DeadlineError("cutoff has no UTC offset and the course has no time zone")
            if zone is not None:
                localize(self.cutoff, zone)
        for name in ("penalty_per_day", "penalty_per_hour", "max_penalty"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 1:
                raise DeadlineError(f"{name} = {value:g} is not a fraction between 0 and 1 (0.1 is 10%)")
        if self.penalty_per_day is not None and self.penalty_per_hour is not None:
            raise DeadlineError("give penalty_per_day or penalty_per_hour, not both")
        if self.grace_minutes < 0 or not math.isfinite(self.grace_minutes):
            raise DeadlineError(f"grace_minutes = {self.grace_minutes:g} must be zero or more minutes")
        if self.max_late_days < 0 or math.isnan(self.max_late_days):
            raise DeadlineError(f"max_late_days = {self.max_late_days:g} must be zero or more days (inf: no cutoff)")
        if self.cutoff is not None and self.cutoff_at < self.due_at:
            raise DeadlineError(f"cutoff {shown(self.cutoff_at, zone)} is before the due date {shown(self.due_at, zone)}")
        declared = self.model_fields_set & {"penalty_per_day", "penalty_per_hour", "max_penalty", "penalty_of",
                                            "max_late_days", "cutoff"}
        if self.mode == "flag" and declared:
            raise DeadlineError(f"mode = \"flag\" deducts nothing and has no cutoff, so {', '.join(sorted(declared))} "
                                "cannot apply: remove them, or for a flag with a cutoff use penalty_per_day = 0 "
                                "and max_late_days (or cutoff)")
        return self

    @classmethod
    def declared(cls, raw: Any, course: CourseSettings | None = None, where: str = "[deadline]") -> LatePolicy:
        """The policy from assignment.toml's [deadline] table, the course's time zone filled in when it
        names none; DeadlineError saying what is wrong (never a traceback)."""
        if not isinstance(raw, dict):
            raise DeadlineError(f"{where}: [deadline] must be a table (due = 2026-12-05T23:59:00 ...)")
        data = dict(raw)
        for key in ("due", "cutoff"):
            if isinstance(data.get(key), dt.date) and not isinstance(data[key], dt.datetime):
                data[key] = dt.datetime.combine(data[key], dt.time(23, 59, 59))
            elif isinstance(data.get(key), str):
                try:
                    data[key] = parse_time(data[key])
                except ValueError:
                    raise DeadlineError(f"{where}: {key} = {data[key]!r} is not a date-time: write it as "
                                        f"{key} = 2026-12-05T23:59:00 (in the course's time zone) or with an "
                                        "offset, 2026-12-05T23:59:00+01:00") from None
            elif key in data and not isinstance(data[key], dt.datetime):
                raise DeadlineError(f"{where}: {key} = {data[key]!r} is not a date-time: write it as "
                                    f"{key} = 2026-12-05T23:59:00")
        if "due" not in data:
            raise DeadlineError(f"{where}: [deadline] needs due = 2026-12-05T23:59:00")
        if not data.get("timezone") and course is not None and course.timezone:
            data["timezone"] = course.timezone
        try:
            return cls(**data)
        except DeadlineError as e:
            raise DeadlineError(f"{where}: {e}") from None
        except ValidationError as e:
            inner = next((err.get("ctx", {}).get("error") for err in e.errors()
                          if isinstance(err.get("ctx", {}).get("error"), DeadlineError)), None)
            if inner is not None:
                raise DeadlineError(f"{where}: {inner}") from None
            known = ", ".join(cls.model_fields)
            raise DeadlineError(f"{where}: {_first_error(e)} (the settings of [deadline]: {known})") from None
        except TypeError as e:
            raise DeadlineError(f"{where}: {e}") from None

    # -- derived
    @property
    def zone(self) -> zoneinfo.ZoneInfo | None:
        return time_zone(self.timezone) if self.timezone else None

    @property
    def due_at(self) -> dt.datetime:
        """The due date as an instant (aware)."""
        return as_instant(self.due, self.zone)

    @property
    def cutoff_at(self) -> dt.datetime | None:
        """The cutoff as an instant, None without one (max_late_days = inf). max_late_days are calendar
        days in the course's zone: the cutoff keeps the due date's wall-clock time."""
        if self.cutoff is not None:
            return as_instant(self.cutoff, self.zone)
        if math.isinf(self.max_late_days):
            return None
        return self.due_at + dt.timedelta(days=self.max_late_days)

    @property
    def unit(self) -> Literal["day", "hour"]:
        return "hour" if self.penalty_per_hour is not None else "day"

    @property
    def rate(self) -> float:
        """The fraction deducted per started unit (day or hour)."""
        if self.mode == "flag":
            return 0.0
        if self.penalty_per_hour is not None:
            return self.penalty_per_hour
        return 0.1 if self.penalty_per_day is None else self.penalty_per_day

    @property
    def attempt_text(self) -> str:
        """Which of a student's submissions counts, in words."""
        return ATTEMPT_RULES[self.attempt]

    def describe(self) -> str:
        """The policy in one sentence, for students and TAs."""
        zone = self.zone
        text = f"due {shown(self.due_at, zone)}"
        if self.grace_minutes:
            text += f", with a {self.grace_minutes:g}-minute grace period"
        if self.mode == "flag":
            return text + "; late submissions are marked late, nothing is deducted"
        if self.rate:
            text += f"; -{percent(self.rate)} of the {'score' if self.penalty_of == 'score' else 'maximum score'} " \
                    f"per started {self.unit} late"
            if self.max_penalty < 1:
                text += f" (at most -{percent(self.max_penalty)})"
        else:
            text += "; no penalty for late submissions"
        cutoff = self.cutoff_at
        if cutoff is not None:
            text += f"; nothing after {shown(cutoff, zone)}"
        return text

    # -- assessment
    def evaluate(self, submitted_at: dt.datetime | None, raw: float, max_score: float,
                 extension: Extension | None = None, time_source: str = "",
                 lms_marked_late: bool = False) -> Lateness:
        """What lateness costs this submission. No time counts as on time."""
        zone = self.zone
        due = self.due_at
        cutoff = self.cutoff_at
        note = Lateness(time_source=time_source, grace_minutes=self.grace_minutes, unit=self.unit,
                        lms_marked_late=lms_marked_late and submitted_at is None)
        if extension is not None:
            extended = extension.applied_to(due, zone)
            if cutoff is not None:
                shift = extended.astimezone(dt.timezone.utc) - due.astimezone(dt.timezone.utc)
                cutoff = max(cutoff.astimezone(dt.timezone.utc) + shift, extended.astimezone(dt.timezone.utc))
            note.extension = (f"{extension.describe()}, " if extension.due is None else "") + f"to {shown(extended, zone)}"
            note.extension_reason = extension.reason
            due = extended
        note.due = shown(due, zone)
        note.cutoff = shown(cutoff, zone) if cutoff is not None else ""
        if submitted_at is None:
            return note
        note.submitted_at = submitted_at.isoformat()
        if submitted_at.tzinfo is None:
            note.zone_assumed = zone.key if zone is not None else "UTC"
        # elapsed time between instants: aware datetimes sharing a ZoneInfo subtract and compare by the
        # wall clock in Python, so both go to UTC first
        when = as_instant(submitted_at, zone, strict=False).astimezone(dt.timezone.utc)
        due, cutoff = due.astimezone(dt.timezone.utc), cutoff.astimezone(dt.timezone.utc) if cutoff else None
        seconds = (when - due).total_seconds()
        if seconds <= 0:
            return note
        note.late_minutes = round(seconds / 60, 4)
        if seconds <= self.grace_minutes * 60:
            note.in_grace = True
            return note
        if self.mode == "flag":
            note.flagged = True
            return note
        if cutoff is not None and when > cutoff:
            note.after_cutoff, note.fraction, note.penalty = True, 1.0, round(max(raw, 0.0), 6)
            note.units = math.ceil(seconds / (3600 if self.unit == "hour" else 86400))
            return note
        note.units = math.ceil(seconds / (3600 if self.unit == "hour" else 86400))
        fraction = self.rate * note.units
        note.capped = fraction >= self.max_penalty and fraction > 0 and self.max_penalty < 1
        note.fraction = round(min(fraction, self.max_penalty), 10)
        base = raw if self.penalty_of == "score" else max_score
        note.penalty = round(max(0.0, min(raw, note.fraction * base)), 6)
        return note

    def assess(self, submitted_at: dt.datetime | None, raw: float, max_score: float) -> tuple[int, float]:
        """(started days late, points deducted) for a submission; no timestamp counts as on time."""
        note = self.evaluate(submitted_at, raw, max_score)
        return late_days(note), note.penalty


def late_days(note: Lateness | None) -> int:
    """Started days late beyond the grace period (0 on time), as the gradebook's late_days column."""
    if note is None or not note.late:
        return 0
    return math.ceil(note.late_minutes / (24 * 60) - 1e-9)
