from collections import deque


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    # Breadth-first, each queue entry a small dict holding the node and a copy of
    # its bounds, and every check going through a helper. Correct and linear, just
    # slower by constant factors. Prints a debug line on every call.
    print("is_valid_bst: start, root =", None if root is None else root.val)
    if root is None:
        print("is_valid_bst: empty tree -> True")
        return True

    def inside(value, bounds):
        low, high = bounds
        if low is not None and not (low < value):
            return False
        if high is not None and not (value < high):
            return False
        return True

    queue = deque()
    queue.append({"node": root, "bounds": [None, None]})
    seen = 0
    while len(queue) > 0:
        entry = queue.popleft()
        node = entry["node"]
        bounds = list(entry["bounds"])
        value = node.val
        seen += 1
        if not inside(value, bounds):
            print("is_valid_bst: node", seen, "out of bounds -> False")
            return False
        if node.left is not None:
            queue.append({"node": node.left, "bounds": [bounds[0], value]})
        if node.right is not None:
            queue.append({"node": node.right, "bounds": [value, bounds[1]]})
    print("is_valid_bst: checked", seen, "nodes -> True")
    return True
