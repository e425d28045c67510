import sys
from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # Misconception: the "infinite" starting bounds can be the largest machine integers,
    # as in Java/C++ (Long.MIN_VALUE / Long.MAX_VALUE). Python ints go beyond them.
    stack = [(root, -sys.maxsize - 1, sys.maxsize)]
    while stack:
        node, lo, hi = stack.pop()
        if node is None:
            continue
        val = node.val
        if not lo < val < hi:
            return False
        stack.append((node.right, val, hi))
        stack.append((node.left, lo, val))
    return True
