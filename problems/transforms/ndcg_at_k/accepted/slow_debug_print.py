import math


class _Scorer:
    """A deliberately heavy helper: one method call and one dict per position."""

    def gain(self, grade):
        return float(pow(2, grade) - 1)

    def discount(self, position):
        return 1.0 / math.log(position + 2, 2)

    def dcg(self, grades):
        rows = [{"pos": i, "grade": g} for i, g in enumerate(grades)]
        return sum(self.gain(r["grade"]) * self.discount(r["pos"]) for r in rows)


def ndcg_at_k(ranked, relevance, k):
    print(f"[debug] ndcg_at_k: {len(ranked)} ranked, {len(relevance)} judged, k={k}")
    scorer = _Scorer()
    top = ranked[:k]
    actual = [relevance[item] if item in relevance else 0 for item in top]
    ideal = sorted(relevance.values(), key=lambda g: -g)[:k]
    dcg = scorer.dcg(actual)
    idcg = scorer.dcg(ideal)
    print(f"[debug] ndcg_at_k: dcg={dcg} idcg={idcg}")
    if idcg <= 0:
        return 0.0
    return dcg / idcg
