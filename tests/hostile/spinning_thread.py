import threading


def spin():
    while True:
        pass


def add(a, b):
    threading.Thread(target=spin).start()  # not a daemon: Python would wait for it at exit
    return a + b
