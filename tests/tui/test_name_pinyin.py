"""The reader writes a name's pinyin as the gloss and the exports do: Zēng Guófān."""

from __future__ import annotations

from readaid.tui.flow import ArticleFlow
from readaid.tui.view_settings import ViewSettings


def test_a_names_parts_are_apart_in_the_ruby(core):
    document = core.open("曾国藩说。")
    flow = ArticleFlow(document, core, ViewSettings(), 80)
    items = flow.layout(0).items
    name = next(item for item in items if item.text == "曾国藩")
    assert name.ruby == "Zēng Guófān"
    assert name.syllables == ("Zēng", " Guó", "fān")
