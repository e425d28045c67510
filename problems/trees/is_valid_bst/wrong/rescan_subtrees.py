from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def _subtree_values(node):
    out = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur is None:
            continue
        out.append(cur.val)
        stack.append(cur.left)
        stack.append(cur.right)
    return out


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # Correct, iterative, but for every node it rescans its whole left and right
    # subtrees for their max and min: O(n * height), quadratic on a chain.
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.left is not None and max(_subtree_values(node.left)) >= node.val:
            return False
        if node.right is not None and min(_subtree_values(node.right)) <= node.val:
            return False
        stack.append(node.left)
        stack.append(node.right)
    return True
