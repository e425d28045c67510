from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    """Top-down bounds check with an explicit stack.

    Each node carries the open interval (lo, hi) its value must lie in; None means unbounded.
    O(n) time, O(h) extra space, no recursion (the tree may be 10^5 deep).
    """
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
