from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root: Optional[TreeNode], low: int, high: int) -> Optional[TreeNode]:
    # The classic recursive solution: correct, but one call per level overflows Python's
    # recursion limit on a chain-shaped tree 10^5 deep.
    if root is None:
        return None
    if root.val < low:
        return trim_bst(root.right, low, high)
    if root.val > high:
        return trim_bst(root.left, low, high)
    root.left = trim_bst(root.left, low, high)
    root.right = trim_bst(root.right, low, high)
    return root
