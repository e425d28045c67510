"""Seeded generators for the deep and large serialize_deserialize cases, and the property-search
hooks (stdlib only, plus hypothesis for STRATEGY)."""
import random

from hypothesis import strategies as st

OPS = ["Codec", "serialize", "deserialize"]


def _case(level):
    return {"ops": list(OPS), "args": [[], [level], [{"$result": 1}]]}


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


def _chain(n, rng, shape):
    """Node i + 1 is a child of node i: always left, always right, or a random side ("random")."""
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        side = shape if shape != "random" else rng.choice(("left", "right"))
        (left if side == "left" else right)[i] = i + 1
    return left, right


def _random_shape(n, rng):
    """A random binary tree shape: each new node hangs from a random free child slot (depth ~ log n)."""
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        (left if side == 0 else right)[parent] = i
        slots.append((i, 0))
        slots.append((i, 1))
    return left, right


def _complete_shape(n):
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return left, right


def _values(n, rng, kind):
    """kind "distinct": distinct ints in [-10^9, 10^9]; "distinct_nonneg": distinct ints in
    [10, 10^9] (every value has 2+ digits, none negative); "digits": ints in 0..9 (repeats)."""
    if kind == "distinct":
        return rng.sample(range(-10**9, 10**9 + 1), n)
    if kind == "distinct_nonneg":
        return rng.sample(range(10, 10**9 + 1), n)
    if kind == "digits":
        return [rng.randint(0, 9) for _ in range(n)]
    raise ValueError(f"unknown values kind {kind!r}")


def chain(seed: int, n: int = 5000, shape: str = "left", values: str = "distinct") -> dict:
    """A chain of n nodes (depth n - 1)."""
    rng = random.Random(seed)
    left, right = _chain(n, rng, shape)
    return _case(_level_order(_values(n, rng, values), left, right))


def large_random(seed: int, n: int = 100_000, values: str = "distinct") -> dict:
    """A random, shallow tree of n nodes."""
    rng = random.Random(seed)
    left, right = _random_shape(n, rng)
    return _case(_level_order(_values(n, rng, values), left, right))


def large_complete(seed: int, n: int = 100_000, values: str = "digits") -> dict:
    """A complete tree of n nodes (every level full but the last)."""
    rng = random.Random(seed)
    left, right = _complete_shape(n)
    return _case(_level_order(_values(n, rng, values), left, right))


GENERATORS = {"chain": chain, "large_random": large_random, "large_complete": large_complete}

# ---------------------------------------------------------------- property search


def _normalise(level):
    """Any level-order list -> the tree it describes, in normal form (as the judge builds it)."""
    vals, left, right = _shape(level)
    return _level_order(vals, left, right)


# A root value, then up to 11 level-order entries (None = no child there); sometimes the empty tree.
STRATEGY = st.one_of(
    st.just(_case([])),
    st.builds(
        lambda root, rest: _case(_normalise([root, *rest])),
        st.integers(-12, 12),
        st.lists(st.one_of(st.none(), st.integers(-12, 12)), max_size=11),
    ),
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


def _height(level):
    """Edges on the longest root-to-node path (0 for one node, 0 for the empty tree)."""
    vals, left, right = _shape(level)
    if not vals:
        return 0
    depth = [0] * len(vals)
    best = 0
    for i in range(len(vals)):  # children always have larger ids than their parent
        for child in (left[i], right[i]):
            if child != -1:
                depth[child] = depth[i] + 1
                best = max(best, depth[child])
    return best


def _values_of(case):
    return [v for v in case["args"][1][0] if v is not None]


PREDICATES = {
    "empty_tree": lambda case: not _values_of(case),
    "negative_values": lambda case: any(v < 0 for v in _values_of(case)),
    "multi_digit_values": lambda case: any(abs(v) >= 10 for v in _values_of(case)),
    "duplicate_values": lambda case: len(set(_values_of(case))) < len(_values_of(case)),
    "degenerate_depth": lambda case: _height(case["args"][1][0]) >= 1000,
    "large_tree": lambda case: len(_values_of(case)) >= 100_000,
}
