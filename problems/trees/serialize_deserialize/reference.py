class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    """Preorder with a marker for every missing child, e.g. "1,2,#,#,3,4,#,#,5,#,#".

    The markers make the preorder sequence describe the tree exactly, whatever the values (negative,
    many digits, repeated). Both directions use explicit stacks (the tree may be 10^5 deep) and build
    the string with one join: O(n) time and memory.
    """

    NULL = "#"

    def serialize(self, root: "TreeNode | None") -> str:
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append(self.NULL)
                continue
            out.append(str(node.val))
            stack.append(node.right)  # popped after the whole left subtree: preorder
            stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data: str) -> "TreeNode | None":
        tokens = data.split(",")
        if tokens[0] == self.NULL:
            return None
        root = TreeNode(int(tokens[0]))
        # each entry: a node whose children are still being read, and whether its left child is done
        stack = [[root, False]]
        for token in tokens[1:]:
            child = None if token == self.NULL else TreeNode(int(token))
            top = stack[-1]
            if not top[1]:
                top[0].left = child
                top[1] = True
            else:
                top[0].right = child
                stack.pop()  # both children known
            if child is not None:
                stack.append([child, False])  # its subtree comes next in preorder
        return root
