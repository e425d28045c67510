from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root: Optional[TreeNode], low: int, high: int) -> Optional[TreeNode]:
    """Trim in place in three walks, no recursion.

    1. Move the root down until it is in range: a root below `low` can keep nothing on its left,
       so its right child replaces it; a root above `high` is replaced by its left child.
    2. Walk the new root's left spine. Everything there is below the root, so only `low` can be
       broken: while a left child is below `low`, splice in that child's right subtree.
    3. The same on the right spine with `high`.
    O(n) time, O(1) extra space.
    """
    while root is not None and not (low <= root.val <= high):
        root = root.right if root.val < low else root.left
    if root is None:
        return None
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
