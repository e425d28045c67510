from typing import Optional


class TreeNode:
    """A binary tree node. The judge builds the input tree from these."""

    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    """Return True when the tree rooted at `root` is a strict binary search tree.

    Every value in a node's left subtree must be smaller than the node's value, and every
    value in its right subtree must be larger. The empty tree (root is None) is valid.
    Values are Python ints of any size. The tree may have up to 10^5 nodes and may be
    that deep (a chain).
    """
    raise NotImplementedError
