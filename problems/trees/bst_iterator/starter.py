class TreeNode:
    """A binary tree node. The judge builds the input tree from these."""

    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    """Iterate over the values of a binary search tree in ascending (in-order) order.

    The tree holds distinct ints in [-10**9, 10**9]; it may have up to 10**5 nodes and be
    that deep (a chain). There are up to 2 * 10**5 calls in all.
    """

    def __init__(self, root: "TreeNode | None") -> None:
        """Start before the smallest value of the tree rooted at root (None is the empty tree)."""
        raise NotImplementedError

    def next(self) -> int:
        """Return the next value in ascending order and move past it.

        Only called when has_next() would return True.
        """
        raise NotImplementedError

    def has_next(self) -> bool:
        """Return True when a value remains. Never moves the iterator."""
        raise NotImplementedError
