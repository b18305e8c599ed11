"""Repair: pinyin stuck after characters becomes a reading hint, invisible and control
characters go, offsets map back to the original, and the file itself is never touched."""

from __future__ import annotations

import pytest

from readaid.text import load
from readaid.text.repair import repair
from readaid.untrusted import make_safe

ANNOTATED = [
    # (text, repaired, {character: reading})
    ("技術創(chuàng)新", "技術創新", {"創": "chuang4"}),
    ("他與(yǔ)我", "他與我", {"與": "yu3"}),
    ("綠(lǜ)色", "綠色", {"綠": "lu:4"}),
    ("全角創（chuàng）新", "全角創新", {"創": "chuang4"}),
    ("發(fā)展與(yǔ)創(chuàng)新", "發展與創新", {"發": "fa1", "與": "yu3", "創": "chuang4"}),
    ("已編號創(chuang4)新", "已編號創新", {"創": "chuang4"}),
]
KEPT = [
    "人工智能(AI)很火",  # an abbreviation, not pinyin
    "見附錄(a)",  # toneless: could be anything
    "中文(english)",  # not a syllable
    "Facebook(fā)",  # not after a Chinese character
    "中(nǐ hǎo)文",  # two syllables: a gloss, not a converter's mark
    "(fā)開頭",  # nothing before it
]


@pytest.mark.parametrize(("text", "expected", "readings"), ANNOTATED)
def test_pinyin_after_a_character_becomes_a_hint(text, expected, readings):
    result = repair(text)
    assert result.text == expected
    assert {result.text[offset]: reading for offset, reading in result.hints.items()} == readings
    annotations = (
        "1 pinyin annotation" if len(readings) == 1 else f"{len(readings)} pinyin annotations"
    )
    notice = f"removed {annotations} stuck after characters"
    assert result.notices == [f"{notice} (kept as reading hints)"]


@pytest.mark.parametrize("text", KEPT)
def test_other_parentheses_are_kept(text):
    result = repair(text)
    assert (result.text, result.hints, result.notices) == (text, {}, [])


def test_repair_can_be_switched_off(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("創(chuàng)新\u200b", encoding="utf-8")
    loaded = load(path, repair=False)
    assert loaded.text == "創(chuàng)新\u200b"
    assert loaded.hints == {}


def test_zero_width_and_control_characters_are_dropped_but_newlines_and_tabs_kept():
    text = "第\u200b一\ufeff行\u00ad\t列\x00\x08\n第\u202e二\u2066行\x7f\x85第三行\u2028"
    result = repair(text)
    assert result.text == "第一行\t列\n第二行\n第三行\n"


def test_joiners_inside_emoji_and_scripts_are_kept():
    text = "👨\u200d👩\u200d👧 क्\u200dष می\u200cخواهم"
    assert repair(text).text == text


def test_full_width_letters_and_digits_are_narrowed_only_on_request():
    text = "ＡＩ模型ｖ２，全角标点！"
    assert repair(text).text == text
    narrowed = repair(text, narrow=True)
    assert narrowed.text == "AI模型v2，全角标点！"
    assert narrowed.notices == ["narrowed 4 full-width letters and digits"]


def test_offsets_map_back_to_the_original():
    original = "\x1b[1m開\u200b始\x1b[0m：創(chuàng)新與(yǔ)發(fā)展\u200b"
    result = repair(original)
    assert result.text == "開始：創新與發展"
    for offset, character in enumerate(result.text):
        assert original[result.offsets.original_offset(offset)] == character
    assert result.offsets.original_offset(len(result.text)) == len(original)
    for offset in range(len(original) + 1):
        back = result.offsets.repaired_offset(offset)
        assert 0 <= back <= len(result.text)
        if offset < len(original) and original[offset] in result.text:
            assert result.text[back] == original[offset]


def test_loaded_text_maps_offsets_and_keeps_the_original(tmp_path):
    content = "技術創(chuàng)新\n與(yǔ)時俱進\n"
    path = tmp_path / "article.txt"
    path.write_text(content, encoding="utf-8")
    before = path.read_bytes()
    loaded = load(path)
    assert loaded.text == "技術創新\n與時俱進\n"
    assert loaded.original == content
    fourth = loaded.text.index("新")
    assert loaded.original_offset(fourth) == content.index("新")
    assert loaded.repaired_offset(content.index("時")) == loaded.text.index("時")
    assert loaded.hints == {2: "chuang4", 5: "yu3"}
    assert path.read_bytes() == before


TERMINAL_ATTACKS = (
    "清屏\x1b[2J\x1b[H"
    "剪贴板\x1b]52;c;cm0gLXJmIH4=\x07"
    "链接\x1b]8;;http://evil.example/\x1b\\点我\x1b]8;;\x1b\\"
    "响铃\x07"
    "标题\x1b]0;pwned\x1b\\"
    "重置\x1bc"
    "八位\x9b31m红\x9d0;t\x9c"
    "孤\x1b"
)


def test_terminal_control_sequences_never_survive_loading(tmp_path):
    path = tmp_path / "attack.txt"
    path.write_text(TERMINAL_ATTACKS, encoding="utf-8")
    loaded = load(path)
    assert loaded.text == "清屏剪贴板链接点我响铃标题重置八位红孤"
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in loaded.text)
    assert "removed 9 terminal escape sequences and 2 control characters" in loaded.notices


def test_with_repair_off_control_characters_are_made_visible(tmp_path):
    path = tmp_path / "attack.txt"
    path.write_text(TERMINAL_ATTACKS, encoding="utf-8")
    loaded = load(path, repair=False)
    assert len(loaded.text) == len(TERMINAL_ATTACKS)
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in loaded.text)
    assert loaded.text.startswith("清屏␛[2J␛[H剪贴板␛]52;c;cm0gLXJmIH4=␇")
    assert loaded.notices[0].startswith("showing 16 control characters as symbols")


def test_make_safe_keeps_newlines_and_tabs():
    assert make_safe("a\tb\nc\x1bd\x7f") == ("a\tb\nc␛d\u2421", 2)
