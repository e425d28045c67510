from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def level_averages(root: Optional[TreeNode]) -> list[float]:
    # Depth-first with per-depth totals in dicts. Bug: "has this depth started?" is tested with
    # the truthiness of its running total, so a total that is 0 so far (a zero, or values that
    # cancel) looks like "not started" and the next node restarts the total and the count.
    totals = {}
    counts = {}
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if totals.get(depth):
            totals[depth] += node.val
            counts[depth] += 1
        else:
            totals[depth] = node.val
            counts[depth] = 1
        if node.right is not None:
            stack.append((node.right, depth + 1))
        if node.left is not None:
            stack.append((node.left, depth + 1))
    return [totals[d] / counts[d] for d in range(len(totals))]
