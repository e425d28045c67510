class Liar(int):
    """An int that claims to equal everything: the judge must compare JSON, never call __eq__."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = int.__hash__


def add(a, b):
    return Liar(-12345)
