class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    """Parent pointers, then the first ancestor of q that is also an ancestor of p.

    An explicit-stack traversal records each value's parent until both p and q have been seen.
    The ancestors of p (p itself included, up to the root) go into a set; climbing from q, the
    first value in that set is the lowest common ancestor. O(n) time and space, no recursion.
    """
    parent = {root.val: None}
    stack = [root]
    while stack and (p not in parent or q not in parent):
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    ancestors = set()
    value = p
    while value is not None:
        ancestors.add(value)
        value = parent[value]
    value = q
    while value not in ancestors:
        value = parent[value]
    return value
