"""Pages too big, too deep or too repetitive for the article extractor keep their text,
with a notice; entity tricks stay unexpanded on every path."""

from __future__ import annotations

import pytest

from readaid.text import load

from .samples import ARTICLE, ARTICLE_2

HUGE = "长" * (11 * 1024 * 1024 // 3 + 100)  # over lxml's 10 MB text node limit


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>测试</title></head><body>{body}</body></html>"


CASES = {
    "an 11 MB paragraph": (page(f"<p>{HUGE}</p>"), HUGE),
    "a heading, then an 11 MB paragraph": (page(f"<h1>第一章</h1><p>{HUGE}</p>"), HUGE),
    "100k nested tags": (page("<div>" * 100_000 + ARTICLE + "</div>" * 100_000), ARTICLE),
    "a 20 MB attribute": (page(f'<p title="{"a" * 20_000_000}">{ARTICLE}</p>'), ARTICLE),
    "a long paragraph repeated": (
        page("<article>" + f"<p>{ARTICLE * 5}</p>" * 200 + "</article>"),
        (ARTICLE * 5 + "\n") * 199 + ARTICLE * 5,
    ),
}


@pytest.mark.parametrize("label", CASES)
def test_text_the_article_extractor_loses_is_kept_with_a_notice(tmp_path, label):
    html, expected = CASES[label]
    path = tmp_path / "big.html"
    path.write_text(html, encoding="utf-8")
    loaded = load(path)
    assert expected in loaded.text
    assert any("showing all its text" in notice for notice in loaded.notices), loaded.notices


def test_a_normal_article_page_still_loses_its_clutter(tmp_path):
    from .samples import article_page

    path = tmp_path / "news.html"
    path.write_text(article_page(), encoding="utf-8")
    loaded = load(path)
    assert ARTICLE_2 in loaded.text and "广告" not in loaded.text
    assert not any("showing all its text" in notice for notice in loaded.notices)


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + '<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
)


@pytest.mark.parametrize("deep", [False, True], ids=["shallow", "too-deep-for-lxml"])
def test_entities_are_not_expanded_on_any_path(tmp_path, deep):
    wrap = 3000 if deep else 0
    body = "<div>" * wrap + f"<p>&i;{ARTICLE}&xxe;</p>" + "</div>" * wrap
    path = tmp_path / "laughs.html"
    path.write_text(LAUGHS + f"<html><body>{body}</body></html>", encoding="utf-8")
    loaded = load(path)
    assert ARTICLE in loaded.text
    assert "哈哈" not in loaded.text
    assert len(loaded.text) < 1000


def test_a_short_article_above_many_comments_is_still_the_article(tmp_path):
    comments = "".join(f"<p>网友{n}：写得真好，支持作者！</p>" for n in range(1000))
    html = (
        "<!DOCTYPE html><html><head><title>新闻</title></head><body>"
        f"<article><h1>人工智能的发展</h1><p>{ARTICLE}</p><p>{ARTICLE_2}</p></article>"
        f'<div id="comments" class="comments">{comments}</div></body></html>'
    )
    path = tmp_path / "news.html"
    path.write_text(html, encoding="utf-8")
    loaded = load(path)
    assert ARTICLE in loaded.text and ARTICLE_2 in loaded.text
    assert "网友7" not in loaded.text
    assert not any("showing all its text" in notice for notice in loaded.notices)
