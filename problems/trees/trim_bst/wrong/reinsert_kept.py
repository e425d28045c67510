from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root: Optional[TreeNode], low: int, high: int) -> Optional[TreeNode]:
    # Collect the kept values in pre-order and insert them one by one into a new BST, which
    # rebuilds exactly the trimmed tree. Correct and iterative, but each insertion walks down
    # from the root: O(n * height), quadratic on a chain.
    kept = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if low <= node.val <= high:
            kept.append(node.val)
        if node.right is not None:
            stack.append(node.right)
        if node.left is not None:
            stack.append(node.left)
    new_root = None
    for value in kept:
        if new_root is None:
            new_root = TreeNode(value)
            continue
        node = new_root
        while True:
            if value < node.val:
                if node.left is None:
                    node.left = TreeNode(value)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(value)
                    break
                node = node.right
    return new_root
