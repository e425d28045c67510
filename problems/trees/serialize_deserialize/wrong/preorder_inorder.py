class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    """Stores the preorder and inorder value sequences ("pre|in"): a binary tree is determined
    by its preorder and inorder traversals, so deserialize rebuilds it from the two lists."""

    def serialize(self, root: "TreeNode | None") -> str:
        pre, ino = [], []
        stack, node = [], root
        while stack or node is not None:
            while node is not None:
                pre.append(str(node.val))
                stack.append(node)
                node = node.left
            node = stack.pop()
            ino.append(str(node.val))
            node = node.right
        return ",".join(pre) + "|" + ",".join(ino)

    def deserialize(self, data: str) -> "TreeNode | None":
        first, second = data.split("|")
        if not first:
            return None
        pre = [int(x) for x in first.split(",")]
        ino = [int(x) for x in second.split(",")]
        # Bug: matches nodes by value, which is only unambiguous when values are distinct.
        root = TreeNode(pre[0])
        stack = [root]
        j = 0
        for value in pre[1:]:
            node = stack[-1]
            if node.val != ino[j]:
                node.left = TreeNode(value)
                stack.append(node.left)
            else:
                while stack and stack[-1].val == ino[j]:
                    node = stack.pop()
                    j += 1
                node.right = TreeNode(value)
                stack.append(node.right)
        return root
