from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def level_averages(root: Optional[TreeNode]) -> list[float]:
    # Misconception: recursion is fine for a tree. Correct, but a chain-shaped tree 10^5 deep
    # exceeds Python's default recursion limit.
    totals = []
    counts = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(totals):
            totals.append(0)
            counts.append(0)
        totals[depth] += node.val
        counts[depth] += 1
        visit(node.left, depth + 1)
        visit(node.right, depth + 1)

    visit(root, 0)
    return [t / c for t, c in zip(totals, counts)]
