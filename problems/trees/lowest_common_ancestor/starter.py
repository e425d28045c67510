class TreeNode:
    """A binary tree node. The judge builds the input tree from these."""

    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    """Return the value of the lowest common ancestor of the nodes with values p and q.

    The tree is a general binary tree (not necessarily a search tree) whose values are all
    different; p and q are values of nodes in the tree, possibly the same one. A node counts
    as its own ancestor. The tree has 1 to 10^5 nodes and may be that deep (a chain).
    """
    raise NotImplementedError
