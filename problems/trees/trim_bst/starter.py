from typing import Optional


class TreeNode:
    """A binary tree node. The judge builds the input tree from these, and reads your result back."""

    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root: Optional[TreeNode], low: int, high: int) -> Optional[TreeNode]:
    """Remove every node whose value is outside [low, high] and return the root of what remains.

    root is a binary search tree with distinct values (possibly empty). Both bounds are
    inclusive. Every remaining node keeps every remaining descendant it had: a node's kept
    descendants stay its descendants, on the same side. Return None when no node remains.
    The tree may have up to 10^5 nodes and may be that deep (a chain).
    """
    raise NotImplementedError
