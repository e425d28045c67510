"""Seeded generators, the property-search strategy and the edge predicates for trim_bst.
Generators and predicates use the standard library only; hypothesis is imported for STRATEGY."""
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


def _parse(values):
    """Level-order list -> (vals, left, right) parallel arrays, built as the judge builds trees."""
    vals, left, right = [], [], []
    if not values or values[0] is None:
        return vals, left, right
    vals.append(values[0])
    left.append(-1)
    right.append(-1)
    index = 1
    head = 0
    while head < len(vals) and index < len(values):
        for side in (left, right):
            if index >= len(values):
                break
            value = values[index]
            index += 1
            if value is not None:
                side[head] = len(vals)
                vals.append(value)
                left.append(-1)
                right.append(-1)
        head += 1
    return vals, left, right


def _inorder(left, right):
    """Node indices in in-order, iteratively."""
    order, stack, node = [], [], 0 if left else -1
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        order.append(node)
        node = right[node]
    return order


def _even_bst_values(rng, left, right):
    """Even values increasing along the in-order (so the shape is a strict BST); odd bounds
    then never equal a value."""
    vals = [0] * len(left)
    value = -10**9
    for node in _inorder(left, right):
        value += 2 * rng.randint(1, 4000)
        vals[node] = value
    return vals


def chain(seed: int, n: int = 100_000, shape: str = "right", keep_from: float = 0.0,
          keep_to: float = 0.6) -> dict:
    """A chain of n nodes with BST values, and odd bounds that keep the nodes whose in-order rank
    lies in [keep_from * n, keep_to * n).

    shape "right": every node is its parent's right child (values increase downwards); with
    keep_from = 0 the root stays and the chain is cut below, so the result is a chain too.
    shape "zigzag": right, left, right, ...: the values close in from both ends, so the nodes
    with middle ranks are the deepest; keeping them removes the top of the chain, root included.
    """
    rng = random.Random(seed)
    left = [-1] * n
    right = [-1] * n
    for i in range(n - 1):
        if shape == "right" or (shape == "zigzag" and i % 2 == 0):
            right[i] = i + 1
        elif shape == "zigzag":
            left[i] = i + 1
        else:
            raise ValueError(f"unknown shape {shape!r}")
    vals = _even_bst_values(rng, left, right)
    ranked = sorted(vals)
    first, last = int(keep_from * n), int(keep_to * n) - 1
    low = ranked[first] - 1
    high = ranked[last] + 1
    return {"args": {"root": _level_order(vals, left, right), "low": low, "high": high}}


def random_bst(seed: int, n: int = 100_000, keep: float = 0.2) -> dict:
    """A random BST of n nodes (the shape of inserting the values in random order: each subtree's
    root is a uniformly random rank of its range), height about 40. The odd bounds keep a window
    of about keep * n consecutive ranks that contains the root's rank, so the root stays."""
    rng = random.Random(seed)
    left = [-1] * n
    right = [-1] * n
    rank_of = [0] * n
    count = 0
    # (lowest rank, highest rank, parent index, side) for every subtree still to build
    todo = [(0, n - 1, -1, 0)]
    while todo:
        lo, hi, parent, side = todo.pop()
        if lo > hi:
            continue
        node = count
        count += 1
        rank_of[node] = rng.randint(lo, hi)
        if parent != -1:
            (left if side == 0 else right)[parent] = node
        todo.append((rank_of[node] + 1, hi, node, 1))
        todo.append((lo, rank_of[node] - 1, node, 0))
    values_by_rank = []
    value = -10**9
    for _ in range(n):
        value += 2 * rng.randint(1, 4000)
        values_by_rank.append(value)
    vals = [values_by_rank[r] for r in rank_of]
    width = max(1, int(keep * n))
    root_rank = rank_of[0]
    first = rng.randint(max(0, root_rank - width + 1), min(root_rank, n - width))
    low = values_by_rank[first] - 1
    high = values_by_rank[first + width - 1] + 1
    return {"args": {"root": _level_order(vals, left, right), "low": low, "high": high}}


GENERATORS = {"chain": chain, "random_bst": random_bst}


# ---- property search ----------------------------------------------------------------------

@st.composite
def _small_case(draw):
    """A BST of 0 to 12 nodes with distinct values in [0, 15] (the shape of inserting them in the
    drawn order), and bounds low <= high in [-2, 17], often next to or equal to a value."""
    values = draw(st.lists(st.integers(0, 15), max_size=12, unique=True))
    vals, left, right = [], [], []
    for value in values:
        vals.append(value)
        left.append(-1)
        right.append(-1)
        child = len(vals) - 1
        node = 0
        while child != 0:
            side = left if value < vals[node] else right
            if side[node] == -1:
                side[node] = child
                break
            node = side[node]
    if values and draw(st.booleans()):
        # bounds next to values of the tree: partial trims, bounds equal to values
        a = draw(st.sampled_from(values)) + draw(st.integers(-1, 1))
        b = draw(st.sampled_from(values)) + draw(st.integers(-1, 1))
    else:
        a = draw(st.integers(-2, 17))
        b = draw(st.integers(-2, 17))
    return {"args": {"root": _level_order(vals, left, right), "low": min(a, b), "high": max(a, b)}}


STRATEGY = _small_case()


def _info(case):
    """(vals, left, right, kept flags) of the case's tree."""
    args = case["args"]
    vals, left, right = _parse(args["root"])
    kept = [args["low"] <= v <= args["high"] for v in vals]
    return vals, left, right, kept


def _splice(case):
    """Some removed node has a kept ancestor and a kept descendant."""
    vals, left, right, kept = _info(case)
    if not vals:
        return False
    has_kept_below = [False] * len(vals)
    for node in reversed(_preorder(left, right)):
        has_kept_below[node] = any(
            child != -1 and (kept[child] or has_kept_below[child]) for child in (left[node], right[node])
        )
    stack = [(0, False)]
    while stack:
        node, kept_above = stack.pop()
        if not kept[node] and kept_above and has_kept_below[node]:
            return True
        for child in (left[node], right[node]):
            if child != -1:
                stack.append((child, kept_above or kept[node]))
    return False


def _preorder(left, right):
    order, stack = [], [0] if left else []
    while stack:
        node = stack.pop()
        order.append(node)
        for child in (right[node], left[node]):
            if child != -1:
                stack.append(child)
    return order


def _depth(case):
    vals, left, right, _ = _info(case)
    best, stack = 0, [(0, 1)] if vals else []
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        for child in (left[node], right[node]):
            if child != -1:
                stack.append((child, d + 1))
    return best


PREDICATES = {
    "empty_result": lambda case: not any(_info(case)[3]),
    "root_removed": lambda case: bool(_info(case)[0]) and not _info(case)[3][0],
    "splice_subtree": _splice,
    "value_on_bound": lambda case: any(v in (case["args"]["low"], case["args"]["high"]) for v in _info(case)[0]),
    "degenerate_depth": lambda case: _depth(case) >= 50_000,
}
