from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root: Optional[TreeNode], low: int, high: int) -> Optional[TreeNode]:
    # Moves the root into range, then walks both spines. Bug: it assumes something is always
    # left, so when every node is out of range (or the tree is empty) it reads None.left.
    while root is not None and not (low <= root.val <= high):
        root = root.right if root.val < low else root.left
    node = root
    while True:
        while node.left is not None and node.left.val < low:
            node.left = node.left.right
        if node.left is None:
            break
        node = node.left
    node = root
    while True:
        while node.right is not None and node.right.val > high:
            node.right = node.right.left
        if node.right is None:
            break
        node = node.right
    return root
