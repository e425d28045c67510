from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # Collect the in-order values, then confirm they increase pair by pair.
    # Bug: the result flag only becomes True inside the pair loop, so a tree
    # with a single value (no pairs at all) is reported invalid.
    if root is None:
        return True
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
    valid = False
    for a, b in zip(values, values[1:]):
        if a >= b:
            return False
        valid = True
    return valid
