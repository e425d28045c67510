"""Sandbox backends: the same runner protocol behind one interface, chosen by --sandbox."""
