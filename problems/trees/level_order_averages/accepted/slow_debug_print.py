from collections import deque


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def level_averages(root):
    # A queue of small dicts, a dict per level and a helper per step: exact and linear, just
    # slower by constant factors. Prints a debug line on every call and returns a tuple.
    print("level_averages: start, root =", None if root is None else root.val)
    if root is None:
        print("level_averages: empty tree -> ()")
        return ()

    def children_of(entry):
        node = entry["node"]
        found = []
        for child in (node.left, node.right):
            if child is not None:
                found.append({"node": child, "depth": entry["depth"] + 1})
        return found

    queue = deque([{"node": root, "depth": 0}])
    levels = {}
    while len(queue) > 0:
        entry = queue.popleft()
        depth = entry["depth"]
        if depth not in levels:
            levels[depth] = {"total": 0, "count": 0}
        levels[depth]["total"] = levels[depth]["total"] + entry["node"].val
        levels[depth]["count"] = levels[depth]["count"] + 1
        for child in children_of(entry):
            queue.append(child)
    averages = []
    for depth in sorted(levels):
        averages.append(levels[depth]["total"] / levels[depth]["count"])
    print("level_averages: levels =", len(averages))
    return tuple(averages)
