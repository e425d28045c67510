from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def level_averages(root: Optional[TreeNode]) -> list[float]:
    # Misconception: the tree always has a root. The first level is [root] unconditionally,
    # so an empty tree reads None.val (AttributeError) instead of giving [].
    averages = []
    level = [root]
    while level:
        averages.append(sum(node.val for node in level) / len(level))
        next_level = []
        for node in level:
            for child in (node.left, node.right):
                if child is not None:
                    next_level.append(child)
        level = next_level
    return averages
