"""Seeded generators for the large top_k_stream cases, and the property search's strategy and predicates."""
import random
import string

from hypothesis import strategies as st


def large_stream(seed: int, adds: int = 200_000, distinct: int = 50, every: int = 10) -> dict:
    """`adds` adds over `distinct` items, a top() after every `every` adds, k = distinct.

    All items are introduced first, in ascending order, and grown so that no two
    items ever share a count: the case measures speed only (no ties, no item
    outside the top k, never fewer than k items).
    """
    rng = random.Random(seed)
    names = [f"item{i:04d}" for i in range(distinct)]
    ops = ["TopKStream"]
    args = [[distinct]]
    counts = [0] * distinct
    used = set()
    state = {"adds": 0, "since_top": 0}

    def add(i: int) -> None:
        used.discard(counts[i])
        counts[i] += 1
        used.add(counts[i])
        ops.append("add")
        args.append([names[i]])
        state["adds"] += 1
        state["since_top"] += 1

    # introduce every item once (ascending), then give item i the count i + 1
    for i in range(distinct):
        add(i)
    for i in range(distinct):
        for _ in range(i):
            add(i)
    used = set(counts)  # now counts are 1..distinct, all different
    leader = distinct - 1
    state["since_top"] = every  # first top() right after the set-up
    while state["adds"] < adds:
        if state["since_top"] >= every:
            ops.append("top")
            args.append([])
            state["since_top"] = 0
        for _ in range(8):
            i = rng.randrange(distinct)
            if counts[i] + 1 not in used:
                break
        else:
            i = leader  # the most frequent item can always grow
        add(i)
        if counts[i] > counts[leader]:
            leader = i
    ops.append("top")
    args.append([])
    return {"ops": ops, "args": args}


def large_stream_churn(seed: int, adds: int = 200_000, distinct: int = 50, k: int = 10,
                       every: int = 10, phases: int = 10, hot: int = 8) -> dict:
    """Random items whose popularity shifts between phases: many ties early on
    and items that were rare become top items later."""
    rng = random.Random(seed)
    names = set()
    while len(names) < distinct:
        names.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 8))))
    names = sorted(names)
    rng.shuffle(names)
    ops = ["TopKStream"]
    args = [[k]]
    for name in names:  # every item once, so at least k distinct before the first top()
        ops.append("add")
        args.append([name])
    done = distinct
    since_top = every
    per_phase = max(1, (adds - done) // phases)
    while done < adds:
        hot_set = set(rng.sample(range(distinct), hot))
        weights = [20 if i in hot_set else 1 for i in range(distinct)]
        batch = rng.choices(range(distinct), weights=weights, k=min(per_phase, adds - done))
        for i in batch:
            if since_top >= every:
                ops.append("top")
                args.append([])
                since_top = 0
            ops.append("add")
            args.append([names[i]])
            since_top += 1
        done += len(batch)
    ops.append("top")
    args.append([])
    return {"ops": ops, "args": args}


GENERATORS = {"large_stream": large_stream, "large_stream_churn": large_stream_churn}


# The property search: a few items, case-distinct and non-ASCII among them, so ties and risers are common.
_OPERATION = st.one_of(st.sampled_from(["a", "b", "c", "A", "é"]).map(lambda item: ("add", [item])), st.just(("top", [])))
STRATEGY = st.builds(
    lambda k, operations: {
        "ops": ["TopKStream", *(op for op, _ in operations)],
        "args": [[k], *(args for _, args in operations)],
    },
    st.integers(0, 3),
    st.lists(_OPERATION, max_size=12),
)


def _tags(case: dict) -> set[str]:
    """The edge cases a stream exhibits, replayed operation by operation."""
    k, counts, tags, outside, adds = case["args"][0][0], {}, set(), set(), 0

    def ranking():
        return sorted(counts, key=lambda item: (-counts[item], item))

    for op, args in zip(case["ops"][1:], case["args"][1:]):
        if op == "add":
            adds += 1
            item = args[0]
            counts[item] = counts.get(item, 0) + 1
            if not item.isascii() or item != item.lower():  # non-ASCII, or distinct from its lower case
                tags.add("unicode_items")
            if adds < 1000 and len(counts) > k:
                outside |= set(counts) - set(ranking()[:k])
            continue
        ranked = ranking()
        top = ranked[:k]
        if not counts:
            tags.add("empty_stream")
        if 0 < len(counts) < k:
            tags.add("fewer_than_k")
        if k > 0 and counts:
            shown = [counts[item] for item in top]
            if len(set(shown)) < len(shown) or (len(ranked) > k and counts[ranked[k]] == counts[ranked[k - 1]]):
                tags.add("ties")
        if len(counts) > k:
            if outside & set(top):
                tags.add("late_riser")
            outside |= set(ranked[k:])
    if k == 0:
        tags.add("k_zero")
    if adds >= 100_000:
        tags.add("large_stream")
    return tags


PREDICATES = {
    tag: (lambda case, tag=tag: tag in _tags(case))
    for tag in ("empty_stream", "k_zero", "fewer_than_k", "ties", "late_riser", "unicode_items", "large_stream")
}


def _plain_items(case: dict) -> dict:
    """Rename items to distinct ASCII names that sort as the originals do: no case or accent
    collisions left, and every tie still breaks the same way."""
    items = sorted({args[0] for op, args in zip(case["ops"], case["args"]) if op == "add"})
    names = {item: f"item{rank:02d}" for rank, item in enumerate(items)}
    args = [case["args"][0]]
    for op, op_args in zip(case["ops"][1:], case["args"][1:]):
        args.append([names[op_args[0]]] if op == "add" else op_args)
    return {"ops": case["ops"], "args": args}


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {"unicode_items": _plain_items}


def sized(seed: int, n: int) -> dict:
    """The growth estimate's input of size n: churn, so top() sees every kind of ranking."""
    return large_stream_churn(seed, adds=n)


GENERATORS["sized"] = sized
