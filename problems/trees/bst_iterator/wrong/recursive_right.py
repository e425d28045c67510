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
        # Walk down the left spine with a loop, then visit the spine bottom-up,
        # recursing into each right subtree: one frame per right edge.
        spine = []
        while node is not None:
            spine.append(node)
            node = node.left
        for item in reversed(spine):
            self.values.append(item.val)
            self._walk(item.right)

    def next(self) -> int:
        self.index += 1
        return self.values[self.index - 1]

    def has_next(self) -> bool:
        return self.index < len(self.values)
