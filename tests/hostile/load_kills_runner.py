"""Attacks blame: kills the process that started it while the module loads. The judge must call that
a compile-time failure of the submission (CE), with the reason, not its own internal error."""

import os
import signal

os.kill(os.getppid(), signal.SIGKILL)


def add(a, b):
    return a + b
