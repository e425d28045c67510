from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # In-order traversal of a BST is strictly increasing; walk it iteratively
    # and compare each value with the previous one.
    stack = []
    node = root
    have_prev = False
    prev = 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if have_prev and node.val <= prev:
            return False
        prev = node.val
        have_prev = True
        node = node.right
    return True
