import socket

PORT = int("__PORT__")  # the test writes the port of its loopback listener here


def add(a, b):
    with socket.create_connection(("127.0.0.1", PORT), timeout=2) as connection:
        connection.sendall(b"escaped")
    return a + b
