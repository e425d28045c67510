class TreeNode:
    """A binary tree node. The judge builds the input tree from these."""

    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    """Turn a binary tree into a string and back.

    Any string format is allowed: the judge only checks that deserialize(serialize(root)) rebuilds
    a tree of the same shape with the same values. Values are ints in [-10**9, 10**9] and may repeat;
    the tree may have up to 10**5 nodes and be that deep (a chain).
    """

    def serialize(self, root: "TreeNode | None") -> str:
        """Encode the tree rooted at root (None is the empty tree) as a string."""
        raise NotImplementedError

    def deserialize(self, data: str) -> "TreeNode | None":
        """Rebuild the tree from a string produced by serialize; return its root (None if empty)."""
        raise NotImplementedError
