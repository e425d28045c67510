from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def level_averages(root: Optional[TreeNode]) -> list[float]:
    """Breadth-first, one level at a time.

    Each level's values are summed as Python ints (exact, whatever their size) and divided once;
    int / int true division is correctly rounded. O(n) time, O(width) extra space, no recursion.
    """
    averages = []
    level = [root] if root is not None else []
    while level:
        averages.append(sum(node.val for node in level) / len(level))
        next_level = []
        for node in level:
            if node.left is not None:
                next_level.append(node.left)
            if node.right is not None:
                next_level.append(node.right)
        level = next_level
    return averages
