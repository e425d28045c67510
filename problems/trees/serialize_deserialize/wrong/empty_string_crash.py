from collections import deque


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    """Level order, values only for the nodes and "null" for missing children."""

    def serialize(self, root: "TreeNode | None") -> str:
        out = []
        queue = deque([root] if root is not None else [])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("null")
                continue
            out.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        return ",".join(out)

    def deserialize(self, data: str) -> "TreeNode | None":
        # Bug: assumes at least one value; the empty tree serialises to "" and int("") fails.
        tokens = data.split(",")
        root = TreeNode(int(tokens[0]))
        queue = deque([root])
        i = 1
        while queue and i < len(tokens):
            node = queue.popleft()
            for side in ("left", "right"):
                if i < len(tokens) and tokens[i] != "null":
                    child = TreeNode(int(tokens[i]))
                    setattr(node, side, child)
                    queue.append(child)
                i += 1
        return root
