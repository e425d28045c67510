from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root: Optional[TreeNode], low: int, high: int) -> Optional[TreeNode]:
    # The kept values, in the original pre-order, are exactly the pre-order of the trimmed tree
    # (trimming keeps every ancestor relation and the left/right order). A BST is determined by
    # its pre-order, so rebuild it with the O(n) monotonic-stack construction, as new nodes.
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
    if not kept:
        return None
    new_root = TreeNode(kept[0])
    path = [new_root]  # nodes still waiting for a right child, values decreasing
    for value in kept[1:]:
        node = TreeNode(value)
        if value < path[-1].val:
            path[-1].left = node
        else:
            parent = path.pop()
            while path and path[-1].val < value:
                parent = path.pop()
            parent.right = node
        path.append(node)
    return new_root
