import sys

ESCAPES = b"\x1b[2J\x1b[31mred\x1b]0;pwned\x07\x1b[?1049h\r\x08"


def add(a, b):
    sys.stdout.buffer.write(b"invalid utf-8: \xff\xfe\xc3 " + ESCAPES + b"\n")
    sys.stdout.flush()
    return ESCAPES.decode()  # a wrong answer, so the report shows what was printed and returned
