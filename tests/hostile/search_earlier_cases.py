"""Attacks isolation between cases: each case plants its input in every place it can write (/tmp, the
work directory, /dev/shm, a POSIX message queue, a SysV segment), and a later case searches its whole
address space and all of those places for the input of any earlier case, hidden ones included.

`add(secret, "")` plants and then searches at once (so the search is shown to work), returning
{"planted": [...], "found": [...]}; `add("search", "")` only searches and returns what it found.
"""

import ctypes
import os
import re

PATTERN = re.compile(rb"EARLIER-CASE-[0-9a-f]{32}")  # never matches itself: "[" is not a hex digit
QUEUE, SHM_KEY, SHM_SIZE = b"/judge-plant", 0x4A554447, 4096
libc = ctypes.CDLL(None, use_errno=True)
librt = ctypes.CDLL("librt.so.1", use_errno=True)
libc.shmat.restype = ctypes.c_void_p


def add(a, b):
    if a == "search":
        return search()
    planted = plant(a.encode())
    return {"planted": planted, "found": search()}


def writable_places():
    places = {os.getcwd(), "/tmp"}
    with open("/proc/self/mountinfo") as mounts:
        for line in mounts:
            fields = line.split()
            point, kind = fields[4], fields[fields.index("-") + 1]
            if kind in ("tmpfs", "mqueue") and os.path.isdir(point) and os.access(point, os.W_OK):
                places.add(point)
    return sorted(places)


def plant(secret):
    planted = []
    for place in writable_places():
        try:
            with open(os.path.join(place, "plant"), "wb") as handle:
                handle.write(secret)
            os.makedirs(os.path.join(place, "deep", "er"), exist_ok=True)
            with open(os.path.join(place, "deep", "er", "plant"), "wb") as handle:
                handle.write(secret)
            planted.append(place)
        except OSError:
            pass
    queue = librt.mq_open(QUEUE, os.O_CREAT | os.O_WRONLY | os.O_NONBLOCK, 0o600, None)
    if queue >= 0 and librt.mq_send(queue, secret, len(secret), 0) == 0:
        planted.append("mqueue")
    segment = libc.shmget(SHM_KEY, SHM_SIZE, 0o1000 | 0o600)  # IPC_CREAT
    address = libc.shmat(segment, None, 0) if segment >= 0 else None
    if address not in (None, ctypes.c_void_p(-1).value):
        ctypes.memmove(address, secret, len(secret))
        planted.append("sysv shm")
    return planted


def search():
    found = set()
    for place in writable_places():
        for folder, _, files in os.walk(place):
            for name in files:
                try:
                    with open(os.path.join(folder, name), "rb") as handle:
                        found.update(PATTERN.findall(handle.read()))
                except OSError:
                    pass
    queue = librt.mq_open(QUEUE, os.O_RDONLY | os.O_NONBLOCK)
    if queue >= 0:
        buffer = ctypes.create_string_buffer(1 << 16)
        while (size := librt.mq_receive(queue, buffer, len(buffer), None)) > 0:
            found.update(PATTERN.findall(buffer.raw[:size]))
    segment = libc.shmget(SHM_KEY, 0, 0)
    if segment >= 0:
        address = libc.shmat(segment, None, 0o10000)  # SHM_RDONLY
        if address not in (None, ctypes.c_void_p(-1).value):
            found.update(PATTERN.findall(ctypes.string_at(address, SHM_SIZE)))
    found.update(search_memory())
    return sorted(match.decode() for match in found)


def search_memory():
    libc.prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE: the runner made us undumpable, which hides /proc/self/mem
    found = set()
    with open("/proc/self/maps") as maps:
        regions = [line.split() for line in maps]
    memory = os.open("/proc/self/mem", os.O_RDONLY)
    try:
        for region in regions:
            if not region[1].startswith("r") or (len(region) > 5 and region[5] in ("[vvar]", "[vsyscall]")):
                continue
            start, end = (int(bound, 16) for bound in region[0].split("-"))
            for offset in range(start, end, 1 << 22):
                try:
                    chunk = os.pread(memory, min(1 << 22, end - offset), offset)
                except OSError:
                    break
                found.update(PATTERN.findall(chunk))
    finally:
        os.close(memory)
    return found
