class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    def __init__(self, root: "TreeNode | None") -> None:
        # Start from the root and walk down its left spine.
        # Bug: assumes there is a root, so the empty tree crashes on None.left.
        self.stack = [root]
        while self.stack[-1].left is not None:
            self.stack.append(self.stack[-1].left)

    def next(self) -> int:
        node = self.stack.pop()
        child = node.right
        while child is not None:
            self.stack.append(child)
            child = child.left
        return node.val

    def has_next(self) -> bool:
        return len(self.stack) > 0
