class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    """Morris traversal, one step at a time: O(1) extra memory.

    `cur` is the root of the part of the tree not yet emitted. While cur has a left subtree, the
    rightmost node of that subtree (cur's in-order predecessor) gets a temporary thread back to cur;
    following a thread a second time removes it. Each edge is walked a constant number of times, so
    next() is amortised O(1). The tree is restored once the iteration reaches its end.
    """

    def __init__(self, root: "TreeNode | None") -> None:
        self._cur = root

    def next(self) -> int:
        cur = self._cur
        while True:
            if cur.left is None:
                self._cur = cur.right
                return cur.val
            pred = cur.left
            while pred.right is not None and pred.right is not cur:
                pred = pred.right
            if pred.right is None:
                pred.right = cur  # thread: come back to cur after its left subtree
                cur = cur.left
            else:
                pred.right = None  # second visit: the left subtree is done
                self._cur = cur.right
                return cur.val

    def has_next(self) -> bool:
        return self._cur is not None
