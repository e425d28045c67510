class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    """Eager: collect the whole in-order sequence once in __init__ (iteratively), then walk an index.

    O(n) time up front, O(1) per call, O(n) memory.
    """

    def __init__(self, root: "TreeNode | None") -> None:
        values = []
        stack = []
        node = root
        while stack or node is not None:
            if node is not None:
                stack.append(node)
                node = node.left
            else:
                node = stack.pop()
                values.append(node.val)
                node = node.right
        self._values = values
        self._index = 0

    def next(self) -> int:
        value = self._values[self._index]
        self._index += 1
        return value

    def has_next(self) -> bool:
        return self._index < len(self._values)
