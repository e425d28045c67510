"""Attacks the reaping: while the module loads, leaves a child that asked to be traced (PTRACE_TRACEME)
and died, a zombie whose parent never waits for it."""

import ctypes
import os

if os.fork() == 0:
    ctypes.CDLL(None).ptrace(0, 0, 0, 0)  # PTRACE_TRACEME: refused where the syscall floor holds
    os._exit(0)


def add(a, b):
    return a + b
