"""Where a function draws at random, by the loops around each draw: a permutation drawn on every pass of the loop
over batches where the recipe draws one an epoch (or one for the whole run where it draws one an epoch) gives other
batches from the second on; the values say only that the training loop parts, the loops around the draw say why."""
from __future__ import annotations

import ast
from dataclasses import dataclass

from autograder.grading.static_slips import function_node, line_text

# a draw's kind: the method or function called (rng.permutation, np.random.shuffle, torch.randperm), those that
# draw an order taken as one kind (a shuffle of an index where the recipe permutes)
_KINDS = {"permutation": "permutation", "shuffle": "permutation", "randperm": "permutation",
          "choice": "choice", "integers": "integers", "randint": "integers", "normal": "normal",
          "standard_normal": "normal", "randn": "normal", "uniform": "uniform", "rand": "uniform",
          "random": "uniform", "binomial": "binomial", "bernoulli": "binomial"}


@dataclass(frozen=True)
class Loop:
    """A loop of the function: its first line, its header's text, and the lines of the loops around it."""

    line: int
    header: str
    around: tuple[int, ...]


@dataclass(frozen=True)
class Draw:
    """A call that draws at random: its line, its text, its kind, and the loops around it (outermost first)."""

    line: int
    text: str
    kind: str
    loops: tuple[Loop, ...]
    guarded: bool = False  # under a condition inside its innermost loop (`if start == 0:`): not on every pass
    drawn_from: str = ""  # what it is called on (`rng` for rng.permutation), "" for a function called alone


def _walk(node: ast.AST, loops: tuple[Loop, ...], guarded: bool, source: str, draws: list[Draw],
          found: list[Loop]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue  # (a helper defined inside runs where it is called, not where it is written)
        inner, under = loops, guarded or isinstance(child, (ast.If, ast.IfExp, ast.Try, ast.BoolOp))
        if isinstance(child, (ast.For, ast.While)):
            loop = Loop(child.lineno, line_text(source, child.lineno), tuple(k.line for k in loops))
            found.append(loop)
            inner, under = (*loops, loop), False
        if isinstance(child, ast.Call):
            name = child.func.attr if isinstance(child.func, ast.Attribute) else \
                child.func.id if isinstance(child.func, ast.Name) else ""
            if name in _KINDS:
                drawn_from = ast.unparse(child.func.value) if isinstance(child.func, ast.Attribute) else ""
                draws.append(Draw(child.lineno, ast.get_source_segment(source, child) or name,
                                  _KINDS[name], loops, guarded, drawn_from))
        _walk(child, inner, under, source, draws, found)


def random_draws(source: str, function: str) -> tuple[list[Draw], list[Loop]]:
    """The calls of the function that draw at random, in the order written, and its loops."""
    fn = function_node(source, function)
    draws: list[Draw] = []
    found: list[Loop] = []
    if fn is not None:
        _walk(fn, (), False, source, draws, found)
    return sorted(draws, key=lambda d: d.line), found


def draw_moved(source: str, right_source: str, function: str) -> tuple[str, str]:
    """A kind of draw made at one place in both functions, inside another number of loops in the student's (a
    permutation drawn inside the loop over batches where the correct code's is drawn inside the loop over epochs
    only), said in the student's terms: the student's line, and how often each code draws; and in words without
    lines or code. ("", "") where none."""
    mine, loops = random_draws(source, function)
    right, _ = random_draws(right_source, function)
    for kind in dict.fromkeys(d.kind for d in mine):
        ours = [d for d in mine if d.kind == kind]
        theirs = [d for d in right if d.kind == kind]
        if len(ours) != 1 or len(theirs) != 1 or len(ours[0].loops) == len(theirs[0].loops) or \
                ours[0].guarded or theirs[0].guarded:
            continue
        draw, depth = ours[0], len(theirs[0].loops)
        if depth < len(draw.loops):
            # the correct code draws once per pass of the loop that many deep around the student's draw
            said = (f"once per pass of your `{draw.loops[depth - 1].header}` (line {draw.loops[depth - 1].line})"
                    if depth else "once, before your loops")
            return (f"line {draw.line} draws `{draw.text}` anew on every pass of `{draw.loops[-1].header}` (line "
                    f"{draw.loops[-1].line}); the correct code draws its {kind} {said}, so from that loop's second "
                    "pass on your code goes on with other draws than the correct code's: the mistake is most likely "
                    "that the draw is made there"), \
                (f"your code draws its {kind} anew on every pass of a loop inside which the correct code draws "
                 "none: the mistake is most likely that the draw is made there")
        # the correct code draws inside more loops: the student's loop that deep after the draw, where it would go
        around = tuple(k.line for k in draw.loops)
        later = [k for k in loops if k.line > draw.line and k.around[:len(around)] == around and
                 len(k.around) == depth - 1]
        where = (f"anew on every pass of your `{later[0].header}` (line {later[0].line})" if later else
                 "anew on every pass of a loop yours is outside")
        often = f"on every pass of `{draw.loops[-1].header}`" if draw.loops else "once, before your loops"
        return (f"line {draw.line} draws `{draw.text}` {often}; the correct code draws its {kind} {where}, so your "
                "code reuses one draw where the correct code makes a new one: the mistake is most likely that the "
                "draw is made outside that loop"), \
            (f"your code draws its {kind} outside a loop on every pass of which the correct code draws anew: the "
             "mistake is most likely that the draw is made outside that loop")
    return "", ""


def draw_added(source: str, right_source: str, function: str) -> tuple[str, str]:
    """A kind of draw the student's function makes that the correct code's never does, where both draw (W drawn
    from the generator the recipe draws its permutations from, where the recipe starts W at zeros): that value is
    the student's own, and every later draw from the same generator comes out otherwise than the correct code's.
    Said with its line; ("", "") where none."""
    mine, _ = random_draws(source, function)
    right, _ = random_draws(right_source, function)
    kinds = {d.kind for d in right}
    added = [d for d in mine if d.kind not in kinds and not d.text.startswith("torch.")]
    # (every kind the correct code draws drawn too: the added one is no other way of making one of its draws, a
    # binomial mask where it compares uniform draws with p)
    if not right or not added or not kinds <= {d.kind for d in mine}:
        return "", ""
    draw = added[0]
    # (said where a draw of the correct code's kinds follows from the same generator: the recipe's stream moved on)
    later = [d for d in mine if d.line > draw.line and d.kind in kinds and d.drawn_from == draw.drawn_from != ""]
    if not later:
        return "", ""
    return (f"line {draw.line} draws `{draw.text}`, a draw the correct code never makes (it draws no {draw.kind} "
            f"values): what is made of it is yours alone, and every draw after it from `{draw.drawn_from}` (line "
            f"{later[0].line}: `{later[0].text}`) comes out otherwise than the correct code's, the generator having "
            "moved on. The mistake is most likely that draw (a value the recipe does not draw: zeros, or one "
            "given?)",
            "your code makes a random draw the correct code never makes: what is made of it, and every later draw "
            "from the same generator, differ from the recipe's.")
