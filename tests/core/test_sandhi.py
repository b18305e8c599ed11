import pytest

from readaid.language.sandhi import apply_sandhi


@pytest.mark.parametrize(
    ("texts", "readings", "expected"),
    [
        (["不", "是"], ["bu4", "shi4"], ["bu2", "shi4"]),
        (["不", "好"], ["bu4", "hao3"], ["bu4", "hao3"]),
        (["一样"], ["yi1 yang4"], ["yi2 yang4"]),
        (["一", "天"], ["yi1", "tian1"], ["yi4", "tian1"]),
        (["第一", "天"], ["di4 yi1", "tian1"], ["di4 yi1", "tian1"]),
        (["十一"], ["shi2 yi1"], ["shi2 yi1"]),
        (["统一"], ["tong3 yi1"], ["tong3 yi1"]),
        (["一", "。"], ["yi1", ""], ["yi1", ""]),
        (["看", "不", "见"], ["kan4", "bu4", "jian4"], ["kan4", "bu2", "jian4"]),
    ],
)
def test_yi_and_bu_sandhi(texts, readings, expected):
    assert apply_sandhi(texts, readings) == expected
