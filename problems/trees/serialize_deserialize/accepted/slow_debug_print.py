class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    # Each node becomes a record "value:flags", where the flags say which children exist ("LR", "L",
    # "R" or "-"); records are listed in preorder, separated by spaces. Every record is formatted and
    # parsed through helper calls: linear, just slower by constant factors. Prints a debug line on
    # every call.

    def _record(self, node):
        flags = ""
        if node.left is not None:
            flags += "L"
        if node.right is not None:
            flags += "R"
        return str(node.val) + ":" + (flags or "-")

    def serialize(self, root):
        records = []
        stack = [root] if root is not None else []
        while len(stack) > 0:
            node = stack.pop()
            records.append(self._record(node))
            if node.right is not None:
                stack.append(node.right)
            if node.left is not None:
                stack.append(node.left)
        text = " ".join(records)
        print("serialize: " + str(len(records)) + " nodes, " + str(len(text)) + " characters")
        return text

    def _parse(self, record):
        value, flags = record.split(":")
        return TreeNode(int(value)), "L" in flags, "R" in flags

    def deserialize(self, data):
        records = data.split(" ") if data else []
        print("deserialize: " + str(len(records)) + " records")
        if len(records) == 0:
            return None
        root, has_left, has_right = self._parse(records[0])
        # pending: [node, still needs a left child, still needs a right child], in preorder
        pending = [[root, has_left, has_right]]
        for record in records[1:]:
            while not pending[-1][1] and not pending[-1][2]:
                pending.pop()
            top = pending[-1]
            child, has_left, has_right = self._parse(record)
            if top[1]:
                top[0].left = child
                top[1] = False
            else:
                top[0].right = child
                top[2] = False
            pending.append([child, has_left, has_right])
        return root
