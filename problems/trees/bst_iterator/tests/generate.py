"""Seeded generators for the large bst_iterator cases, and the property-search hooks (stdlib only,
plus hypothesis for STRATEGY)."""
import random

from hypothesis import strategies as st

# ---------------------------------------------------------------- building trees as parallel arrays


def _level_order(vals, left, right, root=0):
    """Parallel arrays (-1 = no child) -> LeetCode level-order list, trailing nulls trimmed."""
    if not vals:
        return []
    out = [vals[root]]
    queue = [root]
    for i in queue:
        for child in (left[i], right[i]):
            if child == -1:
                out.append(None)
            else:
                out.append(vals[child])
                queue.append(child)
    while out and out[-1] is None:
        out.pop()
    return out


def _assign_inorder(n, left, right, root, rng):
    """Distinct, increasing, non-zero values in [-10^9, 10^9] in in-order position (a valid BST)."""
    vals = [0] * n
    gap = max(1, min(14_000, 1_400_000_000 // max(n, 1)))
    v = -700_000_000 + rng.randint(0, 1000)
    stack, node = [], root
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        v += rng.randint(1, gap)
        if v == 0:
            v = 1
        vals[node] = v
        node = right[node]
    return vals


def _chain(n, side):
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (left if side == "left" else right)[i] = i + 1
    return left, right


def _comb(spine, tooth):
    """A left spine of `spine` nodes, each with a right chain of `tooth` nodes hanging from it.

    No right child has a left child, and no path has more than max(spine, tooth) edges of one kind.
    """
    n = spine * (tooth + 1)
    left, right = [-1] * n, [-1] * n
    nxt = spine
    for s in range(spine):
        if s + 1 < spine:
            left[s] = s + 1
        prev = s
        for _ in range(tooth):
            right[prev] = nxt
            prev = nxt
            nxt += 1
    return left, right


def _random_bst_shape(n, rng):
    """A random BST shape (Cartesian tree of random priorities over positions 0..n-1): depth ~ 2 ln n.
    Returns (left, right, root) with node ids = in-order positions."""
    left, right = [-1] * n, [-1] * n
    prio = [rng.random() for _ in range(n)]
    stack = []
    for i in range(n):
        last = -1
        while stack and prio[stack[-1]] > prio[i]:
            last = stack.pop()
        left[i] = last
        if stack:
            right[stack[-1]] = i
        stack.append(i)
    return left, right, stack[0]


# ---------------------------------------------------------------- operations


def _ops(n, rng, style, count=None):
    """Operations for a tree of n values; never two has_next() in a row (no has_next_repeated).

    style "alternate": has_next, next, ..., has_next (to the end).
    style "mixed": each next() is preceded by a has_next() with probability 1/2; a final has_next().
    style "partial": `count` next() calls, some preceded by has_next(); a final has_next().
    """
    ops, args = ["BSTIterator"], [None]
    total = n if count is None else min(count, n)
    for _ in range(total):
        if style == "alternate" or rng.random() < 0.5:
            ops.append("has_next")
            args.append([])
        ops.append("next")
        args.append([])
    ops.append("has_next")
    args.append([])
    return ops, args


def deep_chain(seed: int, n: int = 100_000, side: str = "left", nexts: int = 4) -> dict:
    """A chain of n nodes (every node its parent's `side` child), with only a few next() calls."""
    rng = random.Random(seed)
    left, right = _chain(n, side)
    vals = _assign_inorder(n, left, right, 0, rng)
    ops, args = _ops(n, rng, "partial", nexts)
    args[0] = [_level_order(vals, left, right)]
    return {"ops": ops, "args": args}


def full_chain(seed: int, n: int = 99_999, side: str = "right") -> dict:
    """A chain of n nodes iterated to the end: has_next(), next(), ..., has_next() (2n + 1 calls)."""
    rng = random.Random(seed)
    left, right = _chain(n, side)
    vals = _assign_inorder(n, left, right, 0, rng)
    ops, args = _ops(n, rng, "alternate")
    args[0] = [_level_order(vals, left, right)]
    return {"ops": ops, "args": args}


def large_random(seed: int, n: int = 100_000) -> dict:
    """A random BST of n nodes (shallow), iterated to the end, mixed calls."""
    rng = random.Random(seed)
    left, right, root = _random_bst_shape(n, rng)
    vals = _assign_inorder(n, left, right, root, rng)
    ops, args = _ops(n, rng, "mixed")
    args[0] = [_level_order(vals, left, right, root)]
    return {"ops": ops, "args": args}


def large_comb(seed: int, spine: int = 250, tooth: int = 399) -> dict:
    """A comb of spine * (tooth + 1) nodes (10^5 by default), iterated to the end, mixed calls."""
    rng = random.Random(seed)
    left, right = _comb(spine, tooth)
    vals = _assign_inorder(len(left), left, right, 0, rng)
    ops, args = _ops(len(left), rng, "mixed")
    args[0] = [_level_order(vals, left, right)]
    return {"ops": ops, "args": args}


GENERATORS = {
    "deep_chain": deep_chain,
    "full_chain": full_chain,
    "large_random": large_random,
    "large_comb": large_comb,
}

# ---------------------------------------------------------------- property search


def _small_case(insert_order, choices):
    """A BST from inserting distinct values in order; each choice True = next() if a value remains,
    else has_next()."""
    vals, left, right = [], [], []
    for v in insert_order:
        vals.append(v)
        left.append(-1)
        right.append(-1)
        new = len(vals) - 1
        if new == 0:
            continue
        node = 0
        while True:
            side = left if v < vals[node] else right
            if side[node] == -1:
                side[node] = new
                break
            node = side[node]
    ops, args = ["BSTIterator"], [[_level_order(vals, left, right)]]
    remaining = len(vals)
    for want_next in choices:
        if want_next and remaining:
            ops.append("next")
            remaining -= 1
        else:
            ops.append("has_next")
        args.append([])
    return {"ops": ops, "args": args}


STRATEGY = st.builds(
    _small_case,
    st.lists(st.integers(-6, 6), unique=True, max_size=8),
    st.lists(st.booleans(), max_size=11),
)


def _shape(level):
    """Level-order list -> (vals, left, right), node 0 the root; built iteratively like the judge."""
    vals, left, right = [], [], []
    if not level or level[0] is None:
        return vals, left, right
    vals.append(level[0])
    left.append(-1)
    right.append(-1)
    node, index = 0, 1
    while node < len(vals) and index < len(level):
        for side in (left, right):
            if index >= len(level):
                break
            value = level[index]
            index += 1
            if value is not None:
                vals.append(value)
                left.append(-1)
                right.append(-1)
                side[node] = len(vals) - 1
        node += 1
    return vals, left, right


def _max_edges(level, which):
    """The largest number of `which` ("left"/"right") edges on one root-to-node path."""
    vals, left, right = _shape(level)
    if not vals:
        return 0
    best, stack = 0, [(0, 0)]
    while stack:
        node, count = stack.pop()
        best = max(best, count)
        if left[node] != -1:
            stack.append((left[node], count + (which == "left")))
        if right[node] != -1:
            stack.append((right[node], count + (which == "right")))
    return best


def _right_child_with_left(level):
    vals, left, right = _shape(level)
    return any(r != -1 and left[r] != -1 for r in right)


def _tree(case):
    return case["args"][0][0]


def _repeated_has_next(case):
    ops = case["ops"]
    return any(a == b == "has_next" for a, b in zip(ops, ops[1:]))


PREDICATES = {
    "empty_tree": lambda case: not _tree(case),
    "zero_value": lambda case: 0 in [v for v in _tree(case) if v is not None],
    "left_chain": lambda case: _max_edges(_tree(case), "left") >= 1000,
    "right_chain": lambda case: _max_edges(_tree(case), "right") >= 1000,
    "has_next_repeated": _repeated_has_next,
    "right_subtree_left_spine": lambda case: _right_child_with_left(_tree(case)),
    "large_tree": lambda case: len(case["ops"]) >= 100_000,
}
