import re


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    """Preorder with "#" for missing children; the parser pulls tokens out with a regex."""

    def serialize(self, root: "TreeNode | None") -> str:
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return " ".join(out)

    def deserialize(self, data: str) -> "TreeNode | None":
        # Bug: the pattern only knows digits, so "-42" comes back as 42.
        tokens = re.findall(r"\d+|#", data)
        if tokens[0] == "#":
            return None
        root = TreeNode(int(tokens[0]))
        stack = [[root, 0]]
        for token in tokens[1:]:
            child = None if token == "#" else TreeNode(int(token))
            top = stack[-1]
            if top[1] == 0:
                top[0].left = child
                top[1] = 1
            else:
                top[0].right = child
                stack.pop()
            if child is not None:
                stack.append([child, 0])
        return root
