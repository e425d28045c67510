"""Seeded generators for the large, chain-shaped cases of is_valid_bst (stdlib only)."""
import random


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
