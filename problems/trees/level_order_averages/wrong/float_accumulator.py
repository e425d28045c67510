from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def level_averages(root: Optional[TreeNode]) -> list[float]:
    # Misconception: a float accumulator is as good as an integer one. Beyond 2^53 a float
    # cannot hold every integer, so adding large values that later cancel loses the small ones.
    averages = []
    level = [root] if root is not None else []
    while level:
        total = 0.0
        for node in level:
            total += node.val
        averages.append(total / len(level))
        next_level = []
        for node in level:
            if node.left is not None:
                next_level.append(node.left)
            if node.right is not None:
                next_level.append(node.right)
        level = next_level
    return averages
