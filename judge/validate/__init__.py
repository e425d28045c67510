"""`judge validate`: proof that a problem is sound, as a table of checks (one module per group)."""
