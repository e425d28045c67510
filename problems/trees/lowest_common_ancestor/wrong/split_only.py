class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    # Misconception: the lowest common ancestor is the node where p and q part ways, one in its
    # left subtree and one in its right. (p == q is handled.) When one of them is an ancestor of
    # the other they never part, and no node qualifies.
    if p == q:
        return p
    targets = {p, q}
    found = {}
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if not children_done:
            stack.append((node, True))
            if node.right is not None:
                stack.append((node.right, False))
            if node.left is not None:
                stack.append((node.left, False))
            continue
        in_left = found.pop(node.left, 0)
        in_right = found.pop(node.right, 0)
        if in_left >= 1 and in_right >= 1:
            return node.val
        found[node] = (node.val in targets) + in_left + in_right
    return None
