"""``annotate --to html``: a syllable over each character, words apart, the document's
title, and (in a real browser, headless Chromium) no two annotations overlapping and no
sideways scrolling at a phone's width."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli

ARTICLE = (
    "周末的菜市场\n\n"
    "我家附近有一个菜市场，每个星期六早上都特别热闹。以前我不太喜欢去那里，觉得又吵又挤。\n"
    "曾国藩去了北京大学和西安。卡拉OK很好玩，壮观的长城！\n"
)


def annotate_html(tmp_path: Path, text: str = ARTICLE, name: str = "004_7880aaf7.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["annotate", str(path), "--to", "html"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_each_syllable_sits_over_its_own_character(core, tmp_path: Path):
    page = annotate_html(tmp_path)
    assert '<ruby>银<rt class="t2">yín</rt>行<rt class="t2">háng</rt></ruby>' in annotate_html(
        tmp_path, "我去银行。"
    )
    assert '<ruby>菜<rt class="t4">cài</rt>市<rt class="t4">shì</rt>场' in page


def test_a_word_whose_reading_does_not_split_by_character_keeps_one_ruby():
    from readaid.language.annotation import AnnotatedToken
    from readaid.language.html_page import to_html

    page = to_html("卡拉OK", [AnnotatedToken("卡拉OK", 0, 4, "word", "ka3 la1 OK", ["karaoke"])])
    assert '<ruby>卡拉OK<rt><span class="t3">kǎ</span><span class="t1">lā</span>' in page


def test_the_page_is_titled_by_the_documents_title(core, tmp_path: Path):
    page = annotate_html(tmp_path)
    assert "<title>周末的菜市场</title>" in page
    assert "004_7880aaf7" not in page
    heading = re.search(r"<h1>(.*?)</h1>", page).group(1)
    assert '<ruby>周<rt class="t1">zhōu</rt>' in heading  # the headline, annotated
    assert page.count("菜<rt") == 2  # the headline is not repeated as a paragraph


def test_paragraphs_stay_paragraphs_and_text_is_escaped(core, tmp_path: Path):
    page = annotate_html(tmp_path, "银行<script>alert(1)</script>\n第二段。\n")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page.count("<p>") == 2
    assert 'name="viewport"' in page


def chromium() -> str | None:
    return next(
        (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))),
        None,
    )


#: Measures every annotation in the page and writes the result into the outer page,
#: which ``--dump-dom`` prints once the scripts have run. The page runs in a frame as wide
#: as the screen being tried (headless Chromium's window is never narrower than 500 px).
MEASURE = """
<script>
window.addEventListener("load", () => {
  const boxes = [...document.querySelectorAll("rt")].map((rt) => {
    const r = rt.getBoundingClientRect();
    const word = rt.closest(".w");
    const base = rt.previousSibling;
    let over = true;
    if (base && base.nodeType === Node.TEXT_NODE && base.textContent.length === 1) {
      const range = document.createRange();
      range.selectNodeContents(base);
      const b = range.getBoundingClientRect();
      const middle = (r.left + r.right) / 2;
      over = b.left - 1 <= middle && middle <= b.right + 1;
    }
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, over,
            word: [...document.querySelectorAll(".w")].indexOf(word), text: rt.textContent};
  });
  const out = document.createElement("pre");
  out.id = "measured";
  out.textContent = JSON.stringify({
    boxes, scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth});
  parent.document.body.appendChild(out);
});
</script>
"""


def measure(page: str, tmp_path: Path, width: int) -> dict:
    browser = chromium()
    if browser is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium)")
    path = tmp_path / f"page-{width}.html"
    framed = html.escape(page.replace("</body>", MEASURE + "</body>"), quote=True)
    path.write_text(
        f'<!DOCTYPE html><body style="margin:0"><iframe style="width:{width}px;height:900px;'
        f'border:0" srcdoc="{framed}"></iframe></body>',
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            "--window-size=1200,1000",
            "--virtual-time-budget=3000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.S)
    assert found, f"Chromium did not run the page: {result.stderr[-2000:]}"
    return json.loads(html.unescape(found.group(1)))


def overlap(a: dict, b: dict) -> bool:
    return (
        min(a["right"], b["right"]) - max(a["left"], b["left"]) > 0.5
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 0.5
    )


@pytest.mark.slow
@pytest.mark.parametrize("width", [360, 1000])
def test_in_a_browser_no_two_annotations_overlap(core, tmp_path: Path, width):
    measured = measure(annotate_html(tmp_path), tmp_path, width)
    boxes = measured["boxes"]
    assert len(boxes) > 40
    clashes = [
        (a["text"], b["text"]) for n, a in enumerate(boxes) for b in boxes[n + 1 :] if overlap(a, b)
    ]
    assert clashes == []
    assert all(box["over"] for box in boxes), [b["text"] for b in boxes if not b["over"]]
    # Words are kept apart: between two words on one line there is a visible gap.
    for a, b in zip(boxes, boxes[1:], strict=False):
        if a["word"] != b["word"] and abs(a["top"] - b["top"]) < 1 and b["left"] > a["left"]:
            assert b["left"] - a["right"] >= 2, (a["text"], b["text"])
    assert measured["scrollWidth"] <= measured["width"], "the page scrolls sideways"
