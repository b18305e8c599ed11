"""At 80x24 the vocabulary table shows each word's meaning: a long source title does not
push it off screen."""

from __future__ import annotations

from pathlib import Path

from readaid.tui.vocab_view import SOURCE_WIDTH, row_cells
from readaid.vocab.store import VocabularyStore

from .test_vocabulary import open_vocabulary

LONG_SOURCE = "对话面壁智能刘知远：我们的AI效果不要藏着掖着，要积极融入全球开源社区"


async def test_meaning_is_on_screen_at_80_columns(make_reader, tmp_path: Path):
    store = VocabularyStore.open(tmp_path / "store")
    store.save(
        "银行",
        "銀行",
        "yin2 hang2",
        senses=("bank",),
        sentence="银行的工作很忙。",
        position=0,
        source=LONG_SOURCE,
    )
    app = make_reader(store=store)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_vocabulary(pilot)
            table = screen.table
            x = 0
            for column in table.ordered_columns:
                if str(column.label) == "Meaning":
                    break
                x += column.get_render_width(table)
            assert x + len("bank") <= table.size.width
    finally:
        store.close()


def test_a_long_source_is_cut_to_its_column(tmp_path: Path):
    store = VocabularyStore.open(tmp_path / "store")
    try:
        word = store.save("银行", "銀行", "yin2 hang2", sentence="银行。", source=LONG_SOURCE)
        cells = row_cells(word)
        source = next(c for c in cells if c.plain.startswith("对话"))
        assert source.cell_len <= SOURCE_WIDTH and source.plain.endswith("…")
    finally:
        store.close()
