class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    """Keeps the upcoming value ready, so has_next() only looks at it."""

    def __init__(self, root: "TreeNode | None") -> None:
        self.stack = []
        self._push_left(root)
        self.upcoming = self._advance()

    def _push_left(self, node):
        while node is not None:
            self.stack.append(node)
            node = node.left

    def _advance(self):
        if not self.stack:
            return None
        node = self.stack.pop()
        self._push_left(node.right)
        return node.val

    def next(self) -> int:
        value = self.upcoming
        self.upcoming = self._advance()
        return value

    def has_next(self) -> bool:
        # Bug: a truthiness test, so an upcoming value of 0 looks like "nothing left".
        if self.upcoming:
            return True
        return False
