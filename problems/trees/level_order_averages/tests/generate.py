"""Seeded generators, the property-search strategy and the edge predicates for level_order_averages.

Generators and predicates use the standard library only; hypothesis is imported for STRATEGY.
"""
import random

from hypothesis import strategies as st


def _level_order(vals, left, right):
    """Serialise a tree given as parallel arrays (node 0 is the root, -1 = no child)
    into a LeetCode level-order list with nulls, trailing nulls trimmed."""
    if not vals:
        return []
    out = [vals[0]]
    queue = [0]
    head = 0
    while head < len(queue):
        i = queue[head]
        head += 1
        for child in (left[i], right[i]):
            if child == -1:
                out.append(None)
            else:
                out.append(vals[child])
                queue.append(child)
    while out and out[-1] is None:
        out.pop()
    return out


def _levels(values):
    """Level-order list -> list of levels, each a list of (value, position), built the way the
    judge builds trees (iteratively). Positions count the slots of a full level, shifted so that
    the level's leftmost node is at 0 (so they stay small on a deep chain)."""
    if not values or values[0] is None:
        return []
    levels = []
    frontier = [(values[0], 0)]
    index = 1
    while frontier:
        levels.append(frontier)
        nxt = []
        first = frontier[0][1]
        for _, pos in frontier:
            for side in (0, 1):
                if index < len(values):
                    if values[index] is not None:
                        nxt.append((values[index], 2 * (pos - first) + side))
                    index += 1
        frontier = nxt
    return levels


def chain(seed: int, n: int = 100_000, shape: str = "right") -> dict:
    """A chain of n nodes (depth n): every node the right child of its parent ("right"), or
    alternately right and left ("zigzag"). One node per level, values in [-10^9, 10^9]."""
    rng = random.Random(seed)
    vals = [rng.randint(-10**9, 10**9) for _ in range(n)]
    left = [-1] * n
    right = [-1] * n
    for i in range(n - 1):
        if shape == "right" or (shape == "zigzag" and i % 2 == 0):
            right[i] = i + 1
        elif shape == "zigzag":
            left[i] = i + 1
        else:
            raise ValueError(f"unknown shape {shape!r}")
    return {"args": {"root": _level_order(vals, left, right)}}


def bushy_with_gaps(seed: int, n: int = 100_000, keep: float = 0.9) -> dict:
    """A wide tree of n nodes grown level by level, each child present with probability `keep`,
    so levels have holes; height about 20. Values in [1, 10^9] (positive: no running total of a
    level is ever 0, and every level sum stays far below 2^53)."""
    rng = random.Random(seed)
    while True:
        vals = [rng.randint(1, 10**9)]
        left = [-1]
        right = [-1]
        level = [0]
        while level and len(vals) < n:
            nxt = []
            for i in level:
                for side in (left, right):
                    if len(vals) < n and rng.random() < keep:
                        side[i] = len(vals)
                        vals.append(rng.randint(1, 10**9))
                        left.append(-1)
                        right.append(-1)
                        nxt.append(side[i])
            level = nxt
        if len(vals) == n:
            return {"args": {"root": _level_order(vals, left, right)}}


GENERATORS = {"chain": chain, "bushy_with_gaps": bushy_with_gaps}


# ---- property search ----------------------------------------------------------------------

@st.composite
def _small_tree(draw):
    """A random shape of at most 12 nodes; values from a small range (zeros and cancelling
    values are common), or, now and then, from around +-2^60."""
    n = draw(st.integers(0, 12))
    if n == 0:
        return []
    if draw(st.integers(0, 4)) == 0:
        value = st.sampled_from([2**60, -(2**60), 2**60 + 1, -(2**60) + 3, 1, -1, 3, 0])
    else:
        value = st.integers(-3, 3)
    vals = [draw(value)]
    left = [-1]
    right = [-1]
    slots = [(0, 0), (0, 1)]
    for _ in range(n - 1):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        child = len(vals)
        vals.append(draw(value))
        left.append(-1)
        right.append(-1)
        (left if side == 0 else right)[parent] = child
        slots += [(child, 0), (child, 1)]
    return _level_order(vals, left, right)


STRATEGY = _small_tree().map(lambda root: {"args": {"root": root}})


def _zero_running_total(case):
    for level in _levels(case["args"]["root"]):
        total = 0
        for value, _ in level[:-1]:
            total += value
            if total == 0:
                return True
    return False


def _sparse(case):
    return any(level[-1][1] - level[0][1] + 1 > len(level) for level in _levels(case["args"]["root"]))


PREDICATES = {
    "empty_tree": lambda case: _levels(case["args"]["root"]) == [],
    "zero_running_total": _zero_running_total,
    "sparse_levels": _sparse,
    "huge_values": lambda case: any(v is not None and abs(v) > 2**53 for v in case["args"]["root"]),
    "degenerate_depth": lambda case: len(_levels(case["args"]["root"])) >= 50_000,
}
