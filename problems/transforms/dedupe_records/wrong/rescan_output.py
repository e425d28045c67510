def dedupe_records(records):
    # Correct, but looks each id up by scanning the output list: O(n * distinct ids).
    out = []
    for record in records:
        for i, kept in enumerate(out):
            if kept[0] == record[0]:
                if record[1] >= kept[1]:
                    out[i] = record
                break
        else:
            out.append(record)
    out.sort(key=lambda r: r[0])
    return out
