"""Where the student's code raised, as the child describes it (sandbox/raised_values.py), read as checked data.

The child is not trusted: each frame is read with bounds on every field, and one that does not fit is dropped. A
forged description can only mislead its own submission's feedback (and the diagnosis says nothing of it for a
hidden test).
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Span = tuple[int, int, int, int]  # (line, column, end line, end column), as Python's code positions give them


DOTTED = r"^[A-Za-z_<>][\w.<>]*$"  # a Python name, qualified (numpy.maximum, Net.forward, f.<locals>.g)


class ItemSeen(BaseModel):
    """An item of a list or tuple: its kind and shape (nothing nested further; a function's name and the like
    are left out)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    kind: Literal["array", "tensor", "none", "number", "text", "list", "tuple", "dict", "function", "class",
                  "module", "object"]
    shape: tuple[int, ...] | None = Field(default=None, max_length=8)
    dtype: str = Field(default="", max_length=20, pattern=r"^[\w<>|]*$")
    type: str = Field(default="", max_length=60, pattern=r"^[\w.<>]*$")
    value: float | None = None
    length: int | None = Field(default=None, ge=0)
    items: tuple[()] = ()


class ValueSeen(ItemSeen):
    """What a value was, never what it held (a number's value excepted): its kind, shape and type."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    items: tuple[ItemSeen, ...] = Field(default=(), max_length=6)  # type: ignore[assignment]
    keys: tuple[str, ...] = Field(default=(), max_length=8)
    name: str = Field(default="", max_length=100, pattern=r"^([A-Za-z_<>][\w.<>]*)?$")
    inputs: int | None = Field(default=None, ge=0, le=64)
    own: bool = False
    library: bool = False
    # torch's words for a layer's settings (in_features=4, out_features=10, bias=True)
    text: str = Field(default="", max_length=200, pattern=r"^[\w=(), .'\-\[\]]*$")
    # (class: a module's class; kept apart from `type` as the child names it)
    class_: str = Field(default="", max_length=100, alias="class", pattern=r"^[\w.<>]*$")


class RaisedFrame(BaseModel):
    """One frame of the student's code the exception passed through: its function, its line, the failing
    instruction's span, what the expressions there held (by span) and what the names its statement reads held."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    function: str = Field(max_length=100, pattern=DOTTED)
    line: int = Field(ge=1, le=1_000_000)
    at: Span | None = None
    values: tuple[tuple[Span, ValueSeen], ...] = Field(default=(), max_length=24)
    names: tuple[tuple[Annotated[str, Field(max_length=60, pattern=r"^[A-Za-z_]\w*$")], ValueSeen], ...] = Field(
        default=(), max_length=12)


def raised_frames(data: Any) -> tuple[RaisedFrame, ...]:
    """The child's "raised_in" list, innermost frame first; () where it is missing or does not fit."""
    if not isinstance(data, list) or len(data) > 3:
        return ()
    frames = []
    for item in data:
        try:
            frames.append(RaisedFrame.model_validate(item))
        except (ValidationError, TypeError, ValueError):
            return ()
    return tuple(frames)
