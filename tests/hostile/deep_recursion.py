import sys


def dive(depth):
    return 1 + sum(map(dive, [depth + 1]))  # every level passes through C, so the C stack runs out


def add(a, b):
    sys.setrecursionlimit(10**9)
    return dive(0)
