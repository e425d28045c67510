class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    def __init__(self, root: "TreeNode | None") -> None:
        self.values = []
        self._walk(root)
        self.index = 0

    def _walk(self, node):
        # In-order with the right-hand recursion turned into a loop (it is a tail call),
        # but the left subtree is still a recursive call: one frame per left edge.
        while node is not None:
            self._walk(node.left)
            self.values.append(node.val)
            node = node.right

    def next(self) -> int:
        self.index += 1
        return self.values[self.index - 1]

    def has_next(self) -> bool:
        return self.index < len(self.values)
