"""The wrapping function, measured in cells: CJK, emoji, astral characters, long Latin."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from readaid.tui.layout import Item, Ruby, item_width, layout_paragraph, visible
from readaid.tui.lineindex import LineIndex


def words(*texts: str) -> list[Item]:
    return [Item(t) for t in texts]


def row_texts(items, rows):
    return ["".join(items[p.index].text[p.start : p.end] for p in row) for row in rows]


@pytest.mark.parametrize(
    ("text", "cells"),
    [("银行", 4), ("，", 2), ("AI", 2), ("😀", 2), ("𠮷", 2), ("Ａ", 2), ("é", 1)],
)
def test_item_width_counts_terminal_cells(text, cells):
    assert item_width(Item(text), Ruby.NONE) == cells


def test_over_mode_column_is_the_wider_of_pinyin_and_characters():
    item = Item("银行", ("yín", "háng"))
    assert item_width(item, Ruby.OVER) == cell_len("yínháng") == 7
    assert item_width(Item("爸爸", ("bà", "ba")), Ruby.OVER) == 4
    assert item_width(item, Ruby.INLINE) == 4 + 7
    assert item_width(item, Ruby.NONE) == 4


def test_words_wrap_at_the_width_and_never_overflow():
    items = words(*["银行"] * 10)  # 4 cells each
    rows = layout_paragraph(items, 10, Ruby.NONE)
    assert [len(row) for row in rows] == [2, 2, 2, 2, 2]
    for row in rows:
        assert row[-1].column + row[-1].width <= 10
        assert [p.column for p in row] == [0, 4]


def test_neighbouring_readings_get_a_gap_but_punctuation_does_not():
    items = [Item("银行", ("yín", "háng")), Item("工作", ("gōng", "zuò")), Item("。")]
    (row,) = layout_paragraph(items, 80, Ruby.OVER)
    assert [(p.column, p.width) for p in row] == [(0, 7), (8, 7), (15, 2)]


def test_no_gap_without_pinyin():
    items = [Item("银行", ("yín", "háng")), Item("工作", ("gōng", "zuò"))]
    (row,) = layout_paragraph(items, 80, Ruby.NONE)
    assert [(p.column, p.width) for p in row] == [(0, 4), (4, 4)]


@pytest.mark.parametrize("ruby", list(Ruby))
def test_emoji_astral_and_fullwidth_align(ruby):
    items = [Item("😀"), Item("𠮷", ("jí",)), Item("，"), Item("Ａ")]
    (row,) = layout_paragraph(items, 40, ruby)
    columns = [p.column for p in row]
    widths = [p.width for p in row]
    assert all(w >= 2 for w in widths)
    assert columns == sorted(columns)
    for first, second in zip(row, row[1:], strict=False):
        assert first.column + first.width <= second.column


def test_a_long_latin_word_is_cut_into_pieces_that_fit():
    url = "https://example.com/" + "a" * 50
    rows = layout_paragraph([Item(url)], 20, Ruby.NONE)
    assert all(sum(p.width for p in row) <= 20 for row in rows)
    assert "".join(row_texts([Item(url)], rows)) == url
    assert len(rows) == 4


def test_a_long_chinese_word_keeps_each_syllable_over_its_character():
    text = "中华人民共和国"
    syllables = ("Zhōng", "huá", "rén", "mín", "gòng", "hé", "guó")
    rows = layout_paragraph([Item(text, syllables)], 12, Ruby.OVER)
    assert len(rows) > 1
    for row in rows:
        for piece in row:
            assert piece.syllable_end - piece.syllable_start == piece.end - piece.start
            assert piece.column + piece.width <= 12


def test_a_double_width_character_in_a_one_cell_row_still_makes_progress():
    rows = layout_paragraph([Item("中文")], 1, Ruby.NONE)
    assert "".join(row_texts([Item("中文")], rows)) == "中文"


def test_spaces_at_the_start_of_a_row_and_newlines_are_dropped():
    items = [Item("银行"), Item(" ", space=True), Item("银行"), Item("", space=True)]
    rows = layout_paragraph(items, 5, Ruby.NONE)
    assert row_texts(items, rows) == ["银行 ", "银行"]


def test_over_mode_rows_are_two_lines():
    assert Ruby.OVER.row_height == 2 and Ruby.INLINE.row_height == 1 and Ruby.NONE.row_height == 1


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred", "\u241b[31mred"),
        ("a\tb", "a b"),
        ("bell\x07", "bell\u2407"),
        ("del\x7f", "del\u2421"),
        ("\u202eevil", "\ufffdevil"),
        ("[bold]x[/]", "[bold]x[/]"),
        ("中文", "中文"),
    ],
)
def test_visible_replaces_control_characters_one_for_one(raw, shown):
    assert visible(raw) == shown
    assert len(visible(raw)) == len(raw)


def test_line_index_positions_and_lookups():
    index = LineIndex([3, 0, 2, 5])
    assert index.total == 10
    assert [index.top(p) for p in range(5)] == [0, 3, 3, 5, 10]
    assert index.find(0) == (0, 0)
    assert index.find(2) == (0, 2)
    assert index.find(3) == (2, 0)  # the empty paragraph is skipped
    assert index.find(6) == (3, 1)
    assert index.set(1, 4) == 4
    assert index.find(3) == (1, 0) and index.total == 14


def test_line_index_agrees_with_a_plain_sum_on_many_paragraphs():
    heights = [(n * 7) % 5 for n in range(1000)]
    index = LineIndex(heights)
    for line in range(0, sum(heights), 37):
        paragraph, offset = index.find(line)
        assert sum(heights[:paragraph]) + offset == line
        assert 0 <= offset < heights[paragraph]


@pytest.mark.parametrize(
    ("texts", "width", "expected"),
    [
        # 。 would start row 2: 很忙 comes down with it
        (["银行", "工作", "很忙", "。", "我们"], 12, ["银行工作", "很忙。我们"]),
        # a run of closing punctuation (。」) brings the word before both
        (["他说", "「", "好的", "。", "」", "走"], 12, ["他说「", "好的。」走"]),
        (
            ["你好", "，", "世界"],
            4,
            ["你好", "，", "世界"],
        ),  # the word and ， would not fit together
        (["一二三四五六", "，"], 12, ["一二三四五六", "，"]),  # nothing can stay behind
        (["银行", "工作"], 8, ["银行工作"]),
    ],
)
def test_closing_punctuation_never_starts_a_row_when_a_word_can_come_down(texts, width, expected):
    items = words(*texts)
    assert row_texts(items, layout_paragraph(items, width, Ruby.NONE)) == expected


def test_the_carried_word_keeps_its_reading_and_rows_stay_in_width():
    items = [Item("银行", ("yín", "háng")), Item("工作", ("gōng", "zuò")), Item("。")]
    rows = layout_paragraph(items, 16, Ruby.OVER)
    assert [[p.index for p in row] for row in rows] == [[0], [1, 2]]
    assert rows[1][0].syllable_end == 2 and rows[1][0].column == 0
    assert all(p.column + p.width <= 16 for row in rows for p in row)
