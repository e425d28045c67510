from typing import Optional


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right



def _height(root):
    height = 0
    stack = [(root, 1)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        height = max(height, depth)
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, depth + 1))
    return height


def level_averages(root: Optional[TreeNode]) -> list[float]:
    # "Print the tree level by level": for each depth d, walk down from the root again and
    # collect the nodes at depth d. Correct and iterative, but O(n * height): quadratic on a chain.
    averages = []
    for d in range(_height(root)):
        total = count = 0
        stack = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            if depth == d:
                total += node.val
                count += 1
                continue
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, depth + 1))
        averages.append(total / count)
    return averages
