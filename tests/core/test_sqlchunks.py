from readaid.sqlchunks import in_batches


def test_values_come_in_batches_with_one_placeholder_each():
    assert list(in_batches(["a", "b", "c"], size=2)) == [(["a", "b"], "?,?"), (["c"], "?")]
    assert list(in_batches([])) == []


def test_a_thousand_headwords_are_found_past_sqlites_variable_limit(core):
    words = ["银行", *(f"不是词{n}" for n in range(1200))]
    assert core.dictionary.known_words(words) == {"银行"}
