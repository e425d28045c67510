class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    # Each node becomes a record "value:flags", where flags say which children exist ("LR", "L",
    # "R" or "-"), listed in preorder and separated by spaces. Both directions go through lists of
    # small dicts and helper calls: linear, just slower by constant factors. Prints a debug line on
    # every call.

    def _flags(self, node):
        text = ""
        if node.left is not None:
            text = text + "L"
        if node.right is not None:
            text = text + "R"
        if text == "":
            text = "-"
        return text

    def serialize(self, root):
        records = []
        stack = []
        if root is not None:
            stack.append({"node": root})
        while len(stack) > 0:
            entry = stack.pop()
            node = entry["node"]
            records.append({"value": str(node.val), "flags": self._flags(node)})
            if node.right is not None:
                stack.append({"node": node.right})
            if node.left is not None:
                stack.append({"node": node.left})
        text = " ".join(record["value"] + ":" + record["flags"] for record in records)
        print("serialize: " + str(len(records)) + " nodes, " + str(len(text)) + " characters")
        return text

    def _parse(self, item):
        value, flags = item.split(":")
        return {"value": int(value), "left": "L" in flags, "right": "R" in flags}

    def deserialize(self, data):
        items = [self._parse(item) for item in data.split(" ") if item != ""]
        print("deserialize: " + str(len(items)) + " records")
        if len(items) == 0:
            return None
        root = TreeNode(items[0]["value"])
        # pending: nodes still waiting for children, with the sides they still need (preorder)
        pending = [{"node": root, "need": [side for side in ("left", "right") if items[0][side]]}]
        index = 1
        while len(pending) > 0:
            top = pending[-1]
            if len(top["need"]) == 0:
                pending.pop()
                continue
            side = top["need"].pop(0)
            record = items[index]
            index = index + 1
            child = TreeNode(record["value"])
            setattr(top["node"], side, child)
            pending.append({"node": child, "need": [s for s in ("left", "right") if record[s]]})
        return root
