def add(a, b):
    totals = {}
    return totals[a] + b
