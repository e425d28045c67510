class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class BSTIterator:
    # A stack of [node, expanded] pairs: a node is first pushed unexpanded; expanding it pushes
    # its right child, itself (now expanded) and its left child. next() expands until an expanded
    # node is on top. Correct and amortised O(1), just slower by constant factors, with a debug
    # line printed on every call.

    def __init__(self, root):
        self.stack = []
        self.calls = 0
        if root is not None:
            self.stack.append([root, False])
        self._settle()
        print("BSTIterator: start, stack size", len(self.stack))

    def _settle(self):
        # expand until the top of the stack is the next value to return (or the stack is empty)
        while len(self.stack) > 0 and self.stack[-1][1] is False:
            entry = self.stack.pop()
            node = entry[0]
            if node.right is not None:
                self.stack.append([node.right, False])
            self.stack.append([node, True])
            if node.left is not None:
                self.stack.append([node.left, False])

    def next(self):
        self.calls += 1
        entry = self.stack.pop()
        value = entry[0].val
        self._settle()
        print("next #" + str(self.calls) + " -> " + str(value) + ", stack size " + str(len(self.stack)))
        return value

    def has_next(self):
        self.calls += 1
        answer = True if len(self.stack) > 0 else False
        print("has_next #" + str(self.calls) + " -> " + str(answer))
        return answer
