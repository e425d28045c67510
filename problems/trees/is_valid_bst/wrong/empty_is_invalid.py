from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # Misconception: an empty tree is not a search tree.
    if root is None:
        return False
    stack = [(root, None, None)]
    while stack:
        node, lo, hi = stack.pop()
        if node is None:
            continue
        val = node.val
        if (lo is not None and val <= lo) or (hi is not None and val >= hi):
            return False
        stack.append((node.right, val, hi))
        stack.append((node.left, lo, val))
    return True
