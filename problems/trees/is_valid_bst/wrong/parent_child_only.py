from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # Misconception: it is enough that each node is larger than its left child and
    # smaller than its right child (ancestors' bounds are never checked).
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.left is not None:
            if not node.left.val < node.val:
                return False
            stack.append(node.left)
        if node.right is not None:
            if not node.val < node.right.val:
                return False
            stack.append(node.right)
    return True
