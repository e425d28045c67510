from typing import Optional


class TreeNode:
    """A binary tree node. The judge builds the input tree from these."""

    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def level_averages(root: Optional[TreeNode]) -> list[float]:
    """Return the average of the node values on each level of the tree, top level first.

    Level 0 holds the root, level 1 its children, and so on. Each average is the exact sum of
    the level's values divided by the number of nodes on that level, as a float (answers
    within 1e-9, absolute or relative, are accepted). The empty tree (root is None) gives [].
    Values are 64-bit integers. The tree may have up to 10^5 nodes and may be that deep.
    """
    raise NotImplementedError
