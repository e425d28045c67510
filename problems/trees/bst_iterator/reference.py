class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    """Lazy in-order traversal with an explicit stack.

    The stack holds the nodes whose value is still to come and whose left subtree is already done
    (or being done): the left spine below the next value. next() pops the smallest, then pushes the
    left spine of its right subtree. Every node is pushed and popped once, so next() is amortised
    O(1), has_next() is O(1), and memory is O(h). No recursion: the tree may be 10^5 deep.
    """

    def __init__(self, root: "TreeNode | None") -> None:
        self._stack: list[TreeNode] = []
        self._push_left(root)

    def _push_left(self, node: "TreeNode | None") -> None:
        stack = self._stack
        while node is not None:
            stack.append(node)
            node = node.left

    def next(self) -> int:
        node = self._stack.pop()
        self._push_left(node.right)
        return node.val

    def has_next(self) -> bool:
        return len(self._stack) > 0
