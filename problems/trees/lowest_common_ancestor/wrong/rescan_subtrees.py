class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def _contains(node, target):
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur is None:
            continue
        if cur.val == target:
            return True
        stack.append(cur.left)
        stack.append(cur.right)
    return False


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    # Walk down from the root while one child's subtree holds both targets, searching that
    # subtree afresh at every step. Correct and iterative, but O(n * height): quadratic on a chain.
    node = root
    while True:
        if _contains(node.left, p) and _contains(node.left, q):
            node = node.left
        elif _contains(node.right, p) and _contains(node.right, q):
            node = node.right
        else:
            return node.val
