"""The memory check's stream, made lazily inside the sandbox (standard library only).

Fresh item strings over 50 distinct names, so a solution that keeps the stream keeps every one of
them, while one that keeps counts holds 50; a single top() at the end, so the check costs linear
time whatever the solution keeps.
"""

import random


def long_stream(seed, length):
    rng = random.Random(seed)
    yield "TopKStream", [10]
    for _ in range(length):
        yield "add", ["item" + str(rng.randrange(50))]
    yield "top", []
