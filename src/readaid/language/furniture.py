"""Telling a page's furniture from its article: menus, the site's bylines and dates, share
and QR-code prompts, related-link lists, disclaimers, licence and ICP lines.

A pure function of the paragraphs' text. It reads cues (phrases sites use, in the tables
below) and shape: how long a line is, whether it is prose (Han text with a sentence end),
whether it holds a URL, how much of it is Han, and where it stands (before the article's
first sentence, after its last, after an end marker such as ``-END-``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from itertools import chain
from typing import cast


class Role(str, Enum):
    TEXT = "text"
    FURNITURE = "furniture"

    def flipped(self) -> Role:
        return Role.TEXT if self is Role.FURNITURE else Role.FURNITURE


def _any(*phrases: str) -> re.Pattern[str]:
    # Case is ignored only where a phrase asks, with (?i:...): matching a whole alternation
    # case-insensitively triples its cost on Han text.
    return re.compile("|".join(phrases))


#: Whatever its length, a paragraph starting so is the site speaking (a disclaimer, a
#: breadcrumb trail), not the article.
SITE_START = re.compile(
    r"^\W*((郑重|鄭重|免责|免責|版权|版權|特别|特別|法律)声明\s*[:：]|(你|您)的位置|当前位置|"
    r"當前位置|首页\s*[>›»])"
)
#: Phrases only sites use, found anywhere in a paragraph of any length.
SITE_PHRASES = _any(
    r"ICP[备证備證]",
    r"公[网網]安[备備]",
    r"版[权權]所有",
    r"(?i:all rights reserved)",
    r"未[经經](授[权權]|[许許]可).{0,6}([转轉][载載]|使用|[复複][制製])",
    r"不代表本([网網]|站)",
    r"[仅僅]代表(个人|個人|作者)([观觀]点|[观觀]點|立场|立場)",
    r"与本网站立场无关|與本網站立場無關",
    r"刊[载載]任何文章",
    r"[许許]可[证證]([编編][号號])?\s*[:：]",
)
#: A short paragraph starting with one of these is a byline, date or source line.
BYLINE_START = re.compile(
    r"^\W*(来源|來源|作者|编辑|編輯|排版|责编|責編|责任编辑|責任編輯|发布日期|發布日期|"
    r"发布时间|發布時間|发表于|發表於|原标题|原標題|图片来源|圖片來源|校对|審核|审核|监制|策划|"
    r"摄影|攝影)\s*[:：|丨/｜]"
)
#: Phrases of menus, share and download prompts and link lists, in a short paragraph.
PROMPT_PHRASES = _any(
    r"扫一扫",
    r"掃一掃",
    r"扫码",
    r"掃碼",
    r"二维码",
    r"二維碼",
    r"下载\s*(?i:app)",
    r"下載\s*(?i:app)",
    r"公众号",
    r"公眾號",
    r"朋友圈",
    r"分享(至|到)",
    r"关注我们",
    r"關注我們",
    r"阅读原文",
    r"閱讀原文",
    r"点击(阅读|查看|关注|进入|这里)",
    r"(上|下)一篇",
    r"返回(首页|顶部)",
    r"(你|您)的位置",
    r"当前位置",
    r"最近访问",
    r"网页版",
    r"登录|登錄|注册|註冊",
    r"联系我们|聯繫我們|隐私|隱私",
    r"商务合作|商務合作|投稿",
    r"订阅|訂閱",
    r"点击次数|阅读量|浏览次数|閱讀數",
    r"(配图|配圖|图片|圖片).{0,6}来源",
    r"出品$",
    r"©|(?i:copyright)",
    r"^(?i:logo)$",
)
#: A paragraph that ends the article: it and everything after it is furniture.
END_MARKER = re.compile(
    r"^\W*(END|完|全文完|相关阅读|相關閱讀|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|相关文章|相關文章|"
    r"猜你喜欢|热门推荐)\W*$",
    re.IGNORECASE,
)
# An e-mail address in ASCII only: \S+@ would scan a line of Han text quadratically.
URL = re.compile(r"https?://|www\.|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]|\[email", re.I)
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
SENTENCE_END = re.compile(r"[。！？!?；]")
PUNCTUATION = re.compile(r"[，。、；：？！,;:?!“”「」『』《》()（）]")

#: Paragraphs at most this long (characters, stripped) are "short".
SHORT = 60
#: Before the article's first sentence, a line this short with no punctuation is a menu
#: item (社会, 首页), not a title. (An interview's 记者： is no byline: questions start so.)
HEAD_ITEM = 5
#: Paragraphs read at each end of a long text (10 µs each: a novel's middle is text).
EDGE = 1500


def classify(paragraphs: Sequence[str], fixed: Mapping[int, Role] | None = None) -> list[Role]:
    """The role of each paragraph; ``fixed`` gives the learner's own choices by index.
    A blank paragraph takes the role of the text around it (furniture only between
    furniture), so a run of furniture stays one run. In a long text (a book) only the first
    and last ``EDGE`` paragraphs are read: a page's furniture is at its edges."""
    count = len(paragraphs)
    if count > 2 * EDGE:
        middle: list[Role | None] = [Role.TEXT] * (count - 2 * EDGE)
        head = [p.strip() for p in paragraphs[:EDGE]]
        tail = [p.strip() for p in paragraphs[count - EDGE :]]
        roles = _roles(head) + middle + _roles(tail)
        edges: Iterable[int] = chain(range(EDGE), range(count - EDGE, count))
    else:
        roles = _roles([p.strip() for p in paragraphs])
        edges = range(count)
    if Role.TEXT not in roles:
        # Nothing left to read (a greeting, a list of English words): a text someone opened
        # to read is never all furniture.
        roles = [None if role is None else Role.TEXT for role in roles]
    for index, role in (fixed or {}).items():
        if 0 <= index < len(roles) and roles[index] is not None:
            roles[index] = role
    return _fill_blanks(roles, edges)


def _roles(lines: list[str]) -> list[Role | None]:
    """Each stripped line's role; None for a blank one."""
    han = [_han_count(line) for line in lines]
    prose = [i for i, line in enumerate(lines) if _is_prose(line, han[i])]
    first_prose = prose[0] if prose else -1
    last_prose = prose[-1] if prose else -1
    # The line just above the first sentence, set apart from what is above it, is the
    # headline however short (我的一天); short lines run together above it are a menu.
    headline = next((i for i in range(first_prose - 1, -1, -1) if lines[i]), -1)
    if headline > 0 and lines[headline - 1]:
        headline = -1
    roles: list[Role | None] = []
    seen: set[str] = set()
    ended = False
    for index, line in enumerate(lines):
        if not line:
            roles.append(None)
            continue
        if END_MARKER.match(line) and index > len(lines) * 0.6:
            ended = True
        furniture = ended or _is_furniture(line, han[index])
        if not furniture and not SENTENCE_END.search(line[-2:]) and len(line) <= SHORT:
            furniture = (
                line in seen  # a repeated title or prompt
                or (
                    index < first_prose
                    and len(line) <= HEAD_ITEM
                    and not PUNCTUATION.search(line)
                    and not (index == headline and han[index] >= 2)
                )
                or (index > last_prose >= 0)  # short lines after the article's last sentence
            )
        seen.add(line)
        roles.append(Role.FURNITURE if furniture else Role.TEXT)
    return roles


def _han_count(line: str) -> int:
    return sum(map(len, HAN.findall(line)))


def _is_prose(line: str, han: int) -> bool:
    return (han >= 20 and bool(SENTENCE_END.search(line))) or han >= 40


def _is_furniture(line: str, han: int) -> bool:
    if SITE_START.match(line) or SITE_PHRASES.search(line):
        return True
    url = (
        URL.search(line)
        if "@" in line or "/" in line or "www" in line or "[email" in line
        else None
    )
    if url and not SENTENCE_END.search(line[: url.start()]):
        return True  # a link, or a banner with one; not a sentence that cites an address
    if not han:
        return True  # ">", "-END-", "logo", a bare date: nothing to read
    if len(line) > SHORT:
        return False
    if BYLINE_START.match(line) or PROMPT_PHRASES.search(line):
        return True
    visible = len(line.replace(" ", ""))
    return len(line) <= 30 and han / visible < 0.3 and not SENTENCE_END.search(line)


def _fill_blanks(roles: list[Role | None], where: Iterable[int]) -> list[Role]:
    """Each run of blank paragraphs is furniture if furniture is on both sides of it (or on
    its one side at an end of the text), else text. Only ``where`` is looked at: a book's
    middle has no blanks left."""
    blanks = [index for index in where if roles[index] is None]
    filled = roles
    run_start = 0
    while run_start < len(blanks):
        run_end = run_start
        while run_end + 1 < len(blanks) and blanks[run_end + 1] == blanks[run_end] + 1:
            run_end += 1
        first, last = blanks[run_start], blanks[run_end]
        sides = {filled[first - 1] if first else None}
        sides.add(filled[last + 1] if last + 1 < len(filled) else None)
        sides.discard(None)
        role = Role.FURNITURE if sides == {Role.FURNITURE} else Role.TEXT
        filled[first : last + 1] = [role] * (last - first + 1)
        run_start = run_end + 1
    return cast(list[Role], filled)  # every None is now a Role
