"""The page-furniture classifier, on pages written here (not the user's articles)."""

import pytest

from readaid.language.furniture import Role, classify

T, F = Role.TEXT, Role.FURNITURE

PROSE = "今天上午，市政府召开新闻发布会，介绍了今年城市交通建设的最新进展和下一步的工作安排。"
PROSE_2 = "记者在现场看到，新修的自行车道已经投入使用，很多市民骑车上下班，觉得方便了不少。"


def roles(*paragraphs: str) -> list[Role]:
    return classify(list(paragraphs))


@pytest.mark.parametrize(
    ("line", "role"),
    [
        (
            "郑重声明：本文仅代表作者个人观点，与本站立场无关，请读者仅作参考，并自行核实相关内容。",
            F,
        ),
        ("沪ICP备12345678号-1 公网安备 31010402000000号", F),
        ("版权所有 © 2024 某某网 All Rights Reserved", F),
        ("扫一扫下载APP", F),
        ("扫描二维码关注我们的公众号", F),
        ("欢迎分享至朋友圈", F),
        ("你的位置：首页 > 新闻 > 城市", F),
        ("来源：城市晚报", F),
        ("作者 | 本报记者 王小明", F),
        ("发布日期：2024-05-01 09:30    点击次数：88", F),
        ("https://example.com/news/2024/05/01.html", F),
        ("城市新闻网 https://example.com 每天更新本地新闻，欢迎访问", F),
        ("投稿邮箱：news@example.com", F),
        (">", F),
        ("-END-", F),
        ("2024050109:30", F),
        (PROSE, T),
        ("有关信息可以在官方网站查询。网站提供中文服务。详情请访问 https://example.com 了解。", T),
        ("“我们会继续努力。”他说。", T),
    ],
)
def test_a_line_between_two_paragraphs_of_prose(line, role):
    assert roles(PROSE, line, PROSE_2)[1] is role


def test_headings_and_short_answers_in_the_article_stay_text():
    found = roles("城市交通的新变化", PROSE, "骑车的人多了", PROSE_2, "记者：", "对。", PROSE)
    assert found == [T] * 7


def test_menu_items_before_the_first_sentence_are_furniture():
    assert roles("本地新闻", "社会", "城市交通的新变化", PROSE) == [F, F, T, T]


def test_a_repeated_title_is_furniture_the_first_time_is_not():
    title = "城市交通建设有了新进展，市民出行更方便"
    assert roles(title, title, PROSE) == [T, F, T]


def test_everything_after_an_end_marker_is_furniture():
    article = [PROSE] * 6 + ["相关阅读", "“新车道”开通一周年，市民怎么看？", PROSE_2]
    assert roles(*article) == [T] * 6 + [F, F, F]


def test_short_lines_after_the_last_sentence_are_furniture():
    assert roles(PROSE, PROSE_2, "编辑部出品", "城市晚报新媒体中心") == [T, T, F, F]


def test_blank_lines_join_the_furniture_around_them():
    assert roles(PROSE, "", "扫一扫下载APP", "", "沪ICP备12345678号", "") == [T, T, F, F, F, F]


def test_the_learners_choice_wins():
    assert classify(["扫一扫下载APP", PROSE], {0: T, 1: F}) == [T, F]


def test_nothing_to_classify():
    assert classify([]) == []
    assert classify(["", "\n"]) == [T, T]


def test_a_books_middle_is_text_and_only_its_edges_are_read():
    from readaid.language.furniture import EDGE

    book = [PROSE] * (3 * EDGE)
    book[EDGE + 10] = "扫一扫下载APP"  # deep inside: a character saying it, not a page
    book[-1] = "扫一扫下载APP"
    found = classify(book)
    assert found[EDGE + 10] is T and found[-1] is F
    assert classify(book, {EDGE + 10: F})[EDGE + 10] is F


@pytest.mark.parametrize(
    "text", [["你好"], ["hello", "world"], ["社会", "新闻"], ["2024-05-01"], ["扫一扫下载APP"]]
)
def test_a_text_is_never_all_furniture(text):
    assert set(classify(text)) == {T}


@pytest.mark.parametrize(
    "line",
    [
        "版權所有 © 2024 城市晚報",
        "未經授權，禁止轉載",
        "京公網安備 11000002000001號",
        "京ICP證030173號",
    ],
)
def test_traditional_site_lines(line):
    assert roles(PROSE, line, PROSE_2)[1] is F


def test_a_short_headline_just_above_the_first_sentence_is_text():
    assert roles("我的一天", "", PROSE) == [T, T, T]
    assert roles("首页", "社会", "", "我的一天", "", PROSE) == [F, F, T, T, T, T]
