class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def _inorder(root):
    values = []
    stack = []
    node = root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        values.append(node.val)
        node = node.right
    return values


class BSTIterator:
    """Keeps only the root and a position; every call rebuilds the in-order list."""

    def __init__(self, root: "TreeNode | None") -> None:
        self.root = root
        self.position = 0

    def next(self) -> int:
        value = _inorder(self.root)[self.position]
        self.position += 1
        return value

    def has_next(self) -> bool:
        return self.position < len(_inorder(self.root))
