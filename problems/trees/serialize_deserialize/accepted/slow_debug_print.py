class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    # Each node becomes a record "value:flags", where the flags say which children exist ("LR", "L",
    # "R" or "-"); records are listed in preorder, separated by spaces. Both directions go through
    # small dicts and helper calls: linear, just slower by constant factors. Prints a debug line on
    # every call.

    def _record(self, node):
        flags = ""
        if node.left is not None:
            flags += "L"
        if node.right is not None:
            flags += "R"
        return {"value": str(node.val), "flags": flags or "-"}

    def serialize(self, root):
        records = []
        stack = [{"node": root}] if root is not None else []
        while len(stack) > 0:
            node = stack.pop()["node"]
            records.append(self._record(node))
            if node.right is not None:
                stack.append({"node": node.right})
            if node.left is not None:
                stack.append({"node": node.left})
        text = " ".join(record["value"] + ":" + record["flags"] for record in records)
        print("serialize: " + str(len(records)) + " nodes, " + str(len(text)) + " characters")
        return text

    def _parse(self, record):
        value, flags = record.split(":")
        return {"value": int(value), "left": "L" in flags, "right": "R" in flags}

    def deserialize(self, data):
        records = [self._parse(record) for record in data.split(" ") if record != ""]
        print("deserialize: " + str(len(records)) + " records")
        if len(records) == 0:
            return None
        root = TreeNode(records[0]["value"])
        # pending: nodes still waiting for children, with the sides they still need, in preorder
        pending = [{"node": root, "need": [side for side in ("left", "right") if records[0][side]]}]
        index = 1
        while len(pending) > 0:
            top = pending[-1]
            if len(top["need"]) == 0:
                pending.pop()
                continue
            side = top["need"].pop(0)
            record = records[index]
            index = index + 1
            child = TreeNode(record["value"])
            setattr(top["node"], side, child)
            pending.append({"node": child, "need": [s for s in ("left", "right") if record[s]]})
        return root
