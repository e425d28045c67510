import ctypes
import os
import time

NAME = b"hostiledaemon"  # the test looks for a process of this name after the run


def add(a, b):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            ctypes.CDLL(None).prctl(15, NAME, 0, 0, 0)  # PR_SET_NAME
            while True:
                time.sleep(0.05)
        os._exit(0)
    os.wait()
    return a + b
