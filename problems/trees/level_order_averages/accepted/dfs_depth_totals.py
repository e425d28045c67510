from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def level_averages(root: Optional[TreeNode]) -> list[float]:
    # Depth-first with an explicit stack of (node, depth): keep an exact integer total and a count
    # per depth, and divide at the end. The order of the visit does not matter for sums.
    totals: list[int] = []
    counts: list[int] = []
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if depth == len(totals):
            totals.append(0)
            counts.append(0)
        totals[depth] += node.val
        counts[depth] += 1
        if node.right is not None:
            stack.append((node.right, depth + 1))
        if node.left is not None:
            stack.append((node.left, depth + 1))
    return [total / count for total, count in zip(totals, counts)]
