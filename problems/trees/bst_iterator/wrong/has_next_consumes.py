class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    """A generator does the traversal; has_next() peeks by pulling one value into a buffer."""

    def __init__(self, root: "TreeNode | None") -> None:
        self.gen = self._inorder(root)
        self.buffer = None
        self.buffered = False

    @staticmethod
    def _inorder(root):
        stack = []
        node = root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.val
            node = node.right

    def has_next(self) -> bool:
        # Bug: pulls a fresh value even when one is already buffered, overwriting it.
        try:
            self.buffer = next(self.gen)
            self.buffered = True
            return True
        except StopIteration:
            return self.buffered

    def next(self) -> int:
        if self.buffered:
            self.buffered = False
            return self.buffer
        return next(self.gen)
