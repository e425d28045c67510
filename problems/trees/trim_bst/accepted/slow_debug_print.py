class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def trim_bst(root, low, high):
    # The recursive solution run on an explicit stack: children are trimmed before their parent,
    # and each node's trimmed subtree is kept in a dict until the parent collects it. Linear, but
    # with heavier bookkeeping. Prints a debug line on every call.
    print("trim_bst: low =", low, "high =", high, "root =", None if root is None else root.val)
    if root is None:
        print("trim_bst: empty tree -> None")
        return None

    def in_range(value):
        return low <= value <= high

    trimmed = {}
    stack = [{"node": root, "expanded": False}]
    while len(stack) > 0:
        frame = stack.pop()
        node = frame["node"]
        if not frame["expanded"]:
            stack.append({"node": node, "expanded": True})
            for child in [node.left, node.right]:
                if child is not None:
                    stack.append({"node": child, "expanded": False})
            continue
        left = trimmed.pop(id(node.left), None) if node.left is not None else None
        right = trimmed.pop(id(node.right), None) if node.right is not None else None
        if in_range(node.val):
            node.left = left
            node.right = right
            trimmed[id(node)] = node
        elif node.val < low:
            trimmed[id(node)] = right
        else:
            trimmed[id(node)] = left
    result = trimmed[id(root)]
    print("trim_bst: new root =", None if result is None else result.val)
    return result
