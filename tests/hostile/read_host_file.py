SECRET_PATH = "__PATH__"  # the test plants a file outside the sandbox and writes its path here


def add(a, b):
    with open(SECRET_PATH) as planted:
        print(planted.read())
    return a + b
