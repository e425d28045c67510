"""The native sandbox's syscall floor: a seccomp filter, built by libseccomp, that bubblewrap loads
(`--seccomp FD`) just before it starts the runner, so the runner and every case live under it.

Docker's default profile allows a fixed list and refuses the rest. This filter refuses, with EPERM,
what that profile refuses to a container without capabilities (the list Docker documents as
significant, and the newer mount API and io_uring), and ptrace besides, which Docker allows: a case has
no business tracing anything. The policy is written out in docs/security.md.
"""

from __future__ import annotations

import errno
import os
import tempfile
from functools import cache

# New namespaces, mounts, keyrings, tracing and reading other processes, kernel modules and the
# kernel's own state, clocks, swap, accounting, NUMA placement, BPF and perf, io_uring.
DENIED = (
    "unshare", "setns",
    "mount", "umount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "mount_setattr",
    "fsopen", "fsconfig", "fsmount", "fspick",
    "add_key", "request_key", "keyctl",
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
    "name_to_handle_at", "open_by_handle_at",
    "init_module", "finit_module", "delete_module", "create_module", "query_module", "get_kernel_syms",
    "kexec_load", "kexec_file_load", "reboot", "syslog", "_sysctl", "sysfs", "ustat", "uselib",
    "lookup_dcookie", "nfsservctl", "vhangup", "personality", "iopl", "ioperm", "modify_ldt",
    "vm86", "vm86old",
    "clock_settime", "clock_adjtime", "settimeofday", "stime", "adjtimex",
    "swapon", "swapoff", "acct", "quotactl", "quotactl_fd",
    "mbind", "set_mempolicy", "get_mempolicy", "move_pages", "migrate_pages", "set_mempolicy_home_node",
    "bpf", "perf_event_open", "userfaultfd", "fanotify_init",
    "io_uring_setup", "io_uring_enter", "io_uring_register",
)  # fmt: skip
# clone(2) may make threads and processes, never namespaces (as in Docker's profile); clone3(2) hides
# its flags in memory a filter cannot read, so it says "not implemented" and the C library uses clone.
NAMESPACE_FLAGS = (0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000)


class SeccompUnavailable(Exception):
    """libseccomp (Debian's libseccomp2) or its Python binding is missing."""


@cache
def program() -> bytes:
    """The filter as a BPF program, compiled once per process by libseccomp."""
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError, TypeError) as exc:  # the binding raises whatever ctypes did
        raise SeccompUnavailable(f"libseccomp cannot be loaded ({exc}); install libseccomp2") from None
    refuse = seccomp.ERRNO(errno.EPERM)
    rules = seccomp.SyscallFilter(seccomp.ALLOW)
    for name in DENIED:
        rules.add_rule(refuse, name)
    for flag in NAMESPACE_FLAGS:
        rules.add_rule(refuse, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag))
    rules.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    with tempfile.TemporaryFile() as out:
        rules.export_bpf(out)
        out.seek(0)
        return out.read()


def program_fd() -> int:
    """A fresh descriptor holding the program, for bwrap to read once (the caller closes it)."""
    fd = os.memfd_create("judge-seccomp")
    os.write(fd, program())
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def missing() -> str | None:
    """Why the filter cannot be built here, or None when it can."""
    try:
        program()
    except SeccompUnavailable as exc:
        return str(exc)
    return None
