"""Seeded generators, the property-search strategy and the edge predicates for
lowest_common_ancestor. Generators and predicates use the standard library only; hypothesis is
imported for STRATEGY."""
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


def _bst_values(rng, left, right, lo=-10**9):
    """Values that make the shape a strict BST: increasing along the in-order, random gaps."""
    vals = [0] * len(left)
    value = lo
    for node in _inorder(left, right):
        value += rng.randint(1, 9000)
        vals[node] = value
    return vals


def deep_fork(seed: int, n: int = 100_000, shape: str = "right") -> dict:
    """A chain of n - 2 nodes whose last node has two leaf children; p and q are the two leaves,
    so the answer is the fork, about n levels down. shape "right": every chain node is its
    parent's right child; "zigzag": right, left, right, ... Values make it a valid BST."""
    rng = random.Random(seed)
    m = n - 2
    left = [-1] * n
    right = [-1] * n
    for i in range(m - 1):
        if shape == "right" or (shape == "zigzag" and i % 2 == 0):
            right[i] = i + 1
        elif shape == "zigzag":
            left[i] = i + 1
        else:
            raise ValueError(f"unknown shape {shape!r}")
    left[m - 1] = m
    right[m - 1] = m + 1
    vals = _bst_values(rng, left, right)
    p, q = vals[m], vals[m + 1]
    if rng.random() < 0.5:
        p, q = q, p
    return {"args": {"root": _level_order(vals, left, right), "p": p, "q": q}}


def shuffled_complete(seed: int, n: int = 100_000) -> dict:
    """A complete tree of n nodes (node i has children 2i+1 and 2i+2) with distinct random
    values in no particular order, so it is not a BST. p and q lie deep in the left and right
    subtrees of a node at depth 3 to 8, so the answer is that node (not the root, and neither
    target is an ancestor of the other)."""
    rng = random.Random(seed)
    vals = rng.sample(range(-10**9, 10**9), n)
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    depth = rng.randint(3, 8)
    anchor = rng.randint(2**depth - 1, 2**(depth + 1) - 2)

    def deep_descendant(start):
        node = start
        while True:
            kids = [c for c in (left[node], right[node]) if c != -1]
            if not kids or rng.random() < 0.05:
                return node
            node = rng.choice(kids)

    p = vals[deep_descendant(left[anchor])]
    q = vals[deep_descendant(right[anchor])]
    return {"args": {"root": _level_order(vals, left, right), "p": p, "q": q}}


GENERATORS = {"deep_fork": deep_fork, "shuffled_complete": shuffled_complete}


# ---- property search ----------------------------------------------------------------------

@st.composite
def _small_case(draw):
    """A random shape of 1 to 12 nodes with distinct values from a small range, as a BST
    (values follow the in-order) or in any order; p and q are values of the tree."""
    n = draw(st.integers(1, 12))
    left = [-1]
    right = [-1]
    slots = [(0, 0), (0, 1)]
    for _ in range(n - 1):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        child = len(left)
        left.append(-1)
        right.append(-1)
        (left if side == 0 else right)[parent] = child
        slots += [(child, 0), (child, 1)]
    if draw(st.booleans()):
        vals = [0] * n
        for rank, node in enumerate(_inorder(left, right)):
            vals[node] = rank * 2 - n
    else:
        vals = draw(st.lists(st.integers(-6, 9), min_size=n, max_size=n, unique=True))
    p = draw(st.sampled_from(vals))
    others = [v for v in vals if v != p]
    q = p if not others or draw(st.integers(0, 3)) == 3 else draw(st.sampled_from(others))
    return {"args": {"root": _level_order(vals, left, right), "p": p, "q": q}}


STRATEGY = _small_case()


def _facts(case):
    """(parent index list, index of p, index of q, index of the lowest common ancestor)."""
    vals, left, right = _parse(case["args"]["root"])
    parent = [-1] * len(vals)
    for i in range(len(vals)):
        for child in (left[i], right[i]):
            if child != -1:
                parent[child] = i
    where = {v: i for i, v in enumerate(vals)}
    ip, iq = where[case["args"]["p"]], where[case["args"]["q"]]
    ancestors = set()
    node = ip
    while node != -1:
        ancestors.add(node)
        node = parent[node]
    node = iq
    while node not in ancestors:
        node = parent[node]
    return parent, ip, iq, node


def _is_bst(case):
    vals, left, right = _parse(case["args"]["root"])
    order = [vals[i] for i in _inorder(left, right)] if vals else []
    return all(a < b for a, b in zip(order, order[1:]))


def _depth(case):
    vals, left, right = _parse(case["args"]["root"])
    best, stack = 0, [(0, 1)] if vals else []
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        for child in (left[node], right[node]):
            if child != -1:
                stack.append((child, d + 1))
    return best


def _one_is_ancestor(case):
    _, ip, iq, lca = _facts(case)
    return ip != iq and lca in (ip, iq)


PREDICATES = {
    "one_is_ancestor": _one_is_ancestor,
    "same_node": lambda case: case["args"]["p"] == case["args"]["q"],
    "root_is_answer": lambda case: _facts(case)[3] == 0,
    "not_a_bst": lambda case: not _is_bst(case),
    "degenerate_depth": lambda case: _depth(case) >= 50_000,
}
