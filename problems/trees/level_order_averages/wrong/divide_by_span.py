from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def level_averages(root: Optional[TreeNode]) -> list[float]:
    # Tracks each node's position within its level (as for the "maximum width" problem) and
    # divides by the span from the leftmost to the rightmost node. Bug: the span counts the
    # missing positions between them as if they were nodes.
    averages = []
    level = [(root, 0)] if root is not None else []
    while level:
        first = level[0][1]
        last = level[-1][1]
        averages.append(sum(node.val for node, _ in level) / (last - first + 1))
        next_level = []
        for node, pos in level:
            rel = pos - first
            if node.left is not None:
                next_level.append((node.left, 2 * rel))
            if node.right is not None:
                next_level.append((node.right, 2 * rel + 1))
        level = next_level
    return averages
