class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root, p, q):
    # Two root-to-node paths as lists, built from a full parent map, then the last position
    # where they agree. Linear, with extra passes and copies. Prints a debug line on every call.
    print("lowest_common_ancestor: p =", p, "q =", q, "root =", root.val)
    parent = {}
    depth_of = {root.val: 0}
    queue = [root]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for child in [node.left, node.right]:
            if child is not None:
                parent[child.val] = node.val
                depth_of[child.val] = depth_of[node.val] + 1
                queue.append(child)

    def path_to(value):
        path = [value]
        while path[-1] in parent:
            path.append(parent[path[-1]])
        return list(reversed(path))

    path_p = path_to(p)
    path_q = path_to(q)
    answer = root.val
    for a, b in zip(path_p, path_q):
        if a != b:
            break
        answer = a
    print("lowest_common_ancestor: depths", depth_of[p], depth_of[q], "-> answer", answer)
    return answer
