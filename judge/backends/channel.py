"""Framed messages from the runner: a JSON header line, then `payload` bytes, read against a deadline.

Whatever arrives is size-capped and checked; a malformed frame raises ChannelError, which the
caller turns into that case's failure, never a judge crash.
"""

from __future__ import annotations

import json
import os
import selectors
import time

HEADER_CAP = 1 << 20
PAYLOAD_CAP = (64 << 20) + 1024


class ChannelError(Exception):
    """The runner went silent, died, or sent something that is not a frame."""


class Channel:
    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._buffer = bytearray()
        self._selector = selectors.DefaultSelector()
        self._selector.register(fd, selectors.EVENT_READ)
        os.set_blocking(fd, False)

    def _fill(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not self._selector.select(remaining):
            raise ChannelError("timeout")
        try:
            chunk = os.read(self._fd, 1 << 20)
        except BlockingIOError:
            return
        if not chunk:
            raise ChannelError("its channel closed")
        self._buffer += chunk

    def read(self, deadline: float) -> tuple[dict, bytes]:
        while (end := self._buffer.find(b"\n")) < 0:
            if len(self._buffer) > HEADER_CAP:
                raise ChannelError("oversized header")
            self._fill(deadline)
        try:
            header = json.loads(bytes(self._buffer[:end]))
        except ValueError:
            raise ChannelError("a header that is not JSON") from None
        if not isinstance(header, dict):
            raise ChannelError("a header that is not an object")
        size = header.get("payload", 0)
        if not isinstance(size, int) or not 0 <= size <= PAYLOAD_CAP:
            raise ChannelError("a bad payload size")
        del self._buffer[: end + 1]
        while len(self._buffer) < size:
            self._fill(deadline)
        payload = bytes(self._buffer[:size])
        del self._buffer[:size]
        return header, payload

    def close(self) -> None:
        self._selector.close()
