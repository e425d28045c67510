from judge.verdicts import Verdict, worst


def test_order_of_design():
    order = ["AC", "WA", "RE", "OLE", "MLE", "TLE", "CE", "IE"]
    for lower, higher in zip(order, order[1:]):
        assert worst([Verdict(lower), Verdict(higher)]) is Verdict(higher)


def test_not_run_counts_as_time():
    assert worst([Verdict.AC, Verdict.NOT_RUN]) is Verdict.TLE
    assert worst([]) is Verdict.AC
