from collections import deque


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    """Level order, LeetCode style: "[1,2,3,null,null,4,5]" (trailing nulls dropped).

    Breadth-first with a deque in both directions: O(n), no recursion.
    """

    def serialize(self, root: "TreeNode | None") -> str:
        out = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("null")
            else:
                out.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
        while out and out[-1] == "null":
            out.pop()
        return "[" + ",".join(out) + "]"

    def deserialize(self, data: str) -> "TreeNode | None":
        body = data[1:-1]
        if not body:
            return None
        tokens = body.split(",")
        root = TreeNode(int(tokens[0]))
        queue = deque([root])
        i = 1
        while queue and i < len(tokens):
            node = queue.popleft()
            if tokens[i] != "null":
                node.left = TreeNode(int(tokens[i]))
                queue.append(node.left)
            i += 1
            if i < len(tokens) and tokens[i] != "null":
                node.right = TreeNode(int(tokens[i]))
                queue.append(node.right)
            i += 1
        return root
