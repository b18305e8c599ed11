import pytest

from readaid.wording import counted


@pytest.mark.parametrize(
    ("number", "noun", "plural", "expected"),
    [
        (1, "word", None, "1 word"),
        (0, "word", None, "0 words"),
        (189, "pinyin annotation", None, "189 pinyin annotations"),
        (12345, "word", None, "12,345 words"),
        (2, "entry", "entries", "2 entries"),
        (1, "entry", "entries", "1 entry"),
    ],
)
def test_counted_writes_the_plural_unless_the_number_is_one(number, noun, plural, expected):
    assert counted(number, noun, plural) == expected
