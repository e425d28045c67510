"""Attacks the syscall floor: a user namespace (unshare), a mount, a key in the uid's kernel keyring
(add_key, which outlives the run), and ptrace. Returns what the kernel said to each; every one must be
refused. Forking and threads must still work."""

import ctypes
import errno
import os
import platform
import threading

ADD_KEY = {"x86_64": 248, "aarch64": 217}[platform.machine()]
CLONE_NEWUSER, PTRACE_TRACEME = 0x10000000, 0
libc = ctypes.CDLL(None, use_errno=True)


def attempt(call, *args):
    if getattr(libc, call)(*args) == -1:
        return f"refused ({errno.errorcode[ctypes.get_errno()]})"
    return "allowed"


def add(a, b):
    outcome = {
        "unshare": attempt("unshare", CLONE_NEWUSER),
        "mount": attempt("mount", b"none", b"/tmp", b"tmpfs", 0, None),
        "add_key": attempt("syscall", ADD_KEY, b"user", b"judge-hostile", b"x", 1, -4),  # the user keyring
        "ptrace": attempt("ptrace", PTRACE_TRACEME, 0, 0, 0),
    }
    pid = os.fork()
    if pid == 0:
        os._exit(7)
    outcome["fork"] = os.WEXITSTATUS(os.waitpid(pid, 0)[1]) == 7
    thread = threading.Thread(target=outcome.setdefault, args=("thread", True))
    thread.start()
    thread.join()
    return outcome
