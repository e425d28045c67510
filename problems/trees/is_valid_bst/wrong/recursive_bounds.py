from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # Misconception: recursion is fine for a tree. It is correct, but a chain-shaped
    # tree 10^5 deep exceeds Python's default recursion limit.
    def check(node, lo, hi):
        if node is None:
            return True
        if (lo is not None and node.val <= lo) or (hi is not None and node.val >= hi):
            return False
        return check(node.left, lo, node.val) and check(node.right, node.val, hi)

    return check(root, None, None)
