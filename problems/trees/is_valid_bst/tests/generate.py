"""Seeded generators for the large, chain-shaped cases of is_valid_bst, and the property search's
strategy and predicates."""
import random

from hypothesis import strategies as st


def _level_order(vals, left, right):
    """Serialise a tree given as parallel arrays (node 0 is the root, -1 = no child)
    into a LeetCode level-order list with nulls, trailing nulls trimmed."""
    if not vals:
        return []
    out = []
    queue = [0]
    head = 0
    out.append(vals[0])
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


def degenerate(seed: int, n: int = 100_000, shape: str = "right", valid: bool = True) -> dict:
    """A chain of n nodes (depth n).

    shape = "right": every node is its parent's right child (values increase downwards).
    shape = "left":  every node is its parent's left child (values decrease downwards).
    shape = "zigzag": right, left, right, left, ... (values close in from both ends).
    valid = False breaks the tree at the very bottom only, without duplicate values:
      right/left chains: the last node is on the wrong side of its parent (a parent-child break);
      zigzag: the last node is fine against its parent but breaks its grandparent's bound.
    Values stay within 32-bit range.
    """
    rng = random.Random(seed)
    vals = [0] * n
    left = [-1] * n
    right = [-1] * n
    if shape in ("right", "left"):
        v = rng.randint(-50_000_000, -40_000_000)
        seq = []
        for _ in range(n):
            seq.append(v)
            v += rng.randint(10, 1000)
        if shape == "left":
            seq.reverse()
        vals = seq
        for i in range(n - 1):
            if shape == "right":
                right[i] = i + 1
            else:
                left[i] = i + 1
        if not valid and n >= 2:
            parent = vals[n - 2]
            # right chain: last must exceed parent -> put it just below;
            # left chain: last must be below parent -> put it just above.
            # Gaps are >= 10, so this equals no other value and respects every other ancestor.
            vals[n - 1] = parent - 1 if shape == "right" else parent + 1
    elif shape == "zigzag":
        lo = rng.randint(-50_000_000, -40_000_000)
        hi = lo + 200_000_000
        for i in range(n):
            if i % 2 == 0:
                vals[i] = lo
                lo += rng.randint(10, 1000)
            else:
                vals[i] = hi
                hi -= rng.randint(10, 1000)
            if i + 1 < n:
                if i % 2 == 0:
                    right[i] = i + 1
                else:
                    left[i] = i + 1
        if not valid and n >= 3:
            last = n - 1
            grand = vals[n - 3]
            if last % 2 == 0:
                # left child of a high node: below its parent, but at or below the
                # grandparent's value, which is its lower bound. Gaps >= 10: no duplicate.
                vals[last] = grand - 5
            else:
                # right child of a low node: above its parent, but above the grandparent.
                vals[last] = grand + 5
    else:
        raise ValueError(f"unknown shape {shape!r}")
    return {"args": {"root": _level_order(vals, left, right)}}


GENERATORS = {"degenerate": degenerate}


EXTREMES = [2**31, -(2**31) - 1, 2**63, -(2**63) - 1, 10**30]


def _bst_level_order(values: list[int], mutate_at: int, new_value: int) -> list:
    """Insert values into a BST (so valid trees are common), maybe change one value, list it level by level."""
    nodes: list[list] = []  # [value, left index, right index]
    for value in values:
        if not nodes:
            nodes.append([value, None, None])
            continue
        at = 0
        while True:
            side = 1 if value < nodes[at][0] else 2
            if nodes[at][side] is None:
                nodes[at][side] = len(nodes)
                nodes.append([value, None, None])
                break
            at = nodes[at][side]
    if mutate_at < len(nodes):
        nodes[mutate_at][0] = new_value
    order, queue = [], [0] if nodes else []
    for index in queue:
        if index is None:
            order.append(None)
            continue
        order.append(nodes[index][0])
        queue += [nodes[index][1], nodes[index][2]]
    while order and order[-1] is None:
        order.pop()
    return order


_VALUE = st.one_of(st.integers(-6, 6), st.sampled_from(EXTREMES))
STRATEGY = st.builds(
    lambda values, mutate_at, new_value: {"args": {"root": _bst_level_order(values, mutate_at, new_value)}},
    st.lists(_VALUE, max_size=9, unique=True),
    st.integers(0, 15),
    _VALUE,
)


def _nodes(case: dict) -> list[tuple[int, int | None, int]]:
    """(value, parent's value, depth) of every node, walking the level-order list as the judge builds it."""
    values = case["args"]["root"]
    if not values or values[0] is None:
        return []
    found, frontier, index = [(values[0], None, 1)], [(values[0], 1)], 1
    for value, depth in frontier:
        for _ in range(2):
            if index < len(values) and values[index] is not None:
                found.append((values[index], value, depth + 1))
                frontier.append((values[index], depth + 1))
            index += 1
    return found


def _deep_violation(case: dict) -> bool:
    """A node on the right side of its parent that breaks a bound an older ancestor set."""
    values = case["args"]["root"]
    if not values or values[0] is None:
        return False
    frontier, index = [(values[0], None, None)], 1
    for value, low, high in frontier:
        for is_right in (False, True):
            if index < len(values) and values[index] is not None:
                child = values[index]
                fine_by_parent = child > value if is_right else child < value
                child_low, child_high = (value, high) if is_right else (low, value)
                if fine_by_parent and ((low is not None and child <= low) or (high is not None and child >= high)):
                    return True
                frontier.append((child, child_low, child_high))
            index += 1
    return False


PREDICATES = {
    "empty_tree": lambda case: not _nodes(case),
    "single_node": lambda case: len(_nodes(case)) == 1,
    "duplicates": lambda case: len({v for v, _, _ in _nodes(case)}) < len(_nodes(case)),
    "deep_violation": _deep_violation,
    "extreme_values": lambda case: any(not -(2**31) <= v < 2**31 for v, _, _ in _nodes(case)),
    "degenerate_depth": lambda case: max((d for _, _, d in _nodes(case)), default=0) >= 10_000,
}


def _separate_duplicates(case: dict) -> dict:
    """Double every value and nudge each repeat up by one: order kept, no two values equal."""
    seen: set = set()
    values = []
    for value in case["args"]["root"]:
        if value is None:
            values.append(None)
            continue
        values.append(2 * value + (1 if value in seen else 0))
        seen.add(value)
    return {"args": {"root": values}}


def _small_values(case: dict) -> dict:
    """Replace every value by its rank among the values: the same order and ties, all small."""
    rank = {value: i for i, value in enumerate(sorted({v for v in case["args"]["root"] if v is not None}))}
    return {"args": {"root": [None if v is None else rank[v] for v in case["args"]["root"]]}}


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {"duplicates": _separate_duplicates, "extreme_values": _small_values}
