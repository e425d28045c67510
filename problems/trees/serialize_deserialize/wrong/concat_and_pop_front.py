class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    """Level order written the way one would in Java with a String and a LinkedList: the string grows
    by concatenation, and plain Python lists serve as queues (pop(0) at the front)."""

    def serialize(self, root: "TreeNode | None") -> str:
        if root is None:
            return ""
        data = ""
        queue = [root]
        while queue:
            node = queue.pop(0)
            if node is None:
                data = data + "null,"
            else:
                data = data + str(node.val) + ","
                queue.append(node.left)
                queue.append(node.right)
        return data[:-1]

    def deserialize(self, data: str) -> "TreeNode | None":
        if not data:
            return None
        tokens = data.split(",")
        root = TreeNode(int(tokens.pop(0)))
        queue = [root]
        while queue and tokens:
            node = queue.pop(0)
            token = tokens.pop(0)
            if token != "null":
                node.left = TreeNode(int(token))
                queue.append(node.left)
            if tokens:
                token = tokens.pop(0)
                if token != "null":
                    node.right = TreeNode(int(token))
                    queue.append(node.right)
        return root
