class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    # Post-order with an explicit stack: for every node, how many of the targets its subtree
    # holds. Children finish before their parents, so the first node whose subtree holds all
    # targets is the deepest such node: the lowest common ancestor.
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
        count = (node.val in targets) + found.pop(node.left, 0) + found.pop(node.right, 0)
        if count == len(targets):
            return node.val
        found[node] = count
    raise ValueError("p or q is not in the tree")
