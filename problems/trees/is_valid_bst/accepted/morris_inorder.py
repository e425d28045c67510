from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # Morris in-order traversal: O(1) extra space. The temporary threads are always
    # removed, so the traversal runs to the end and the tree is left unchanged.
    ok = True
    prev = None
    cur = root
    while cur is not None:
        if cur.left is None:
            if prev is not None and cur.val <= prev.val:
                ok = False
            prev = cur
            cur = cur.right
        else:
            pred = cur.left
            while pred.right is not None and pred.right is not cur:
                pred = pred.right
            if pred.right is None:
                pred.right = cur
                cur = cur.left
            else:
                pred.right = None
                if prev is not None and cur.val <= prev.val:
                    ok = False
                prev = cur
                cur = cur.right
    return ok
