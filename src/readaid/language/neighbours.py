"""Readings of very common characters chosen from their neighbours, where pypinyin's
default (its first-listed reading) is most often wrong: 得 dé/de/děi, 地 de/dì, 着 zhe/
zháo, 长 cháng/zhǎng, 还 hái/huán and a few more. Each rule names the cases it decides and
returns None for the rest, which the context of the whole phrase then decides.
"""

from __future__ import annotations

from collections.abc import Sequence

from readaid.language.candidates import Candidate
from readaid.language.document import Token
from readaid.language.segment import Kind


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


PRONOUNS = _words("我 你 他 她 它 我们 你们 他们 她们 咱们 大家 谁 我們 你們 他們 她們 咱們 誰")
# 得 before a verb after these means "must" (dei3): 我得走了, 就得, 还得.
MODAL_LEAD = PRONOUNS | _words("就 还 還 还是 還是 也 都 总 總 必须 必須 只 又 可能 恐怕")
# Sets, not strings: "" (no neighbour) is in every string.
# 长 ending a phrase after these is its head, zhǎng.
OFFICES = frozenset("馆館院校局处處科所厂廠队隊组組班村县縣省社团團站店厅廳州镇鎮乡鄉营營旅舰艦")
SLEEP_BEFORE = frozenset("好午个個")
REDO_AFTER = frozenset("说說做写寫来來")
HEAVY_BEFORE = frozenset("很太真挺更最好不")
MUSIC_BEFORE = frozenset("部歌戏戲乐樂作名插组組序舞套小")
COUNT_AFTER = frozenset(["一", "数", "數", ""])  # "" on purpose: 数 ending a clause
GROW_AFTER = frozenset("得大出高成了着著在")
ADVERBIAL_BEFORE_DE = frozenset("好快慢早晚多少化真静悄悄狠紧轻重细深猛")
DEGREE = frozenset("很多太更最好真挺么麼")
# "" on purpose: 还 ending a clause (什么时候还？ 还你。) is "give back".
RETURN_OBJECT = frozenset([*"书書车車钱錢给給债債款回清", ""])
# 塞 next to these is sài, in a foreign name (塞尔维亚, 塞西尔, 圣何塞, 埃克塞特).
SAI_AFTER = frozenset("尔爾西雷斯特凯凱姆")
SAI_BEFORE = frozenset("何博迈邁克多豪")
# 为 after these is wéi "as, to be": 以…为, 成为, 选…为, 视…为.
AS_BEFORE = frozenset(
    "以成作选選称稱视視认認评評被变變转轉改分切译譯列定升立封二融化合原均皆即则則仍贬貶降讹訛召"
)
AS_AFTER = frozenset(
    ["例", "代表", "主", "准", "準", "止", "首", "重", "荣", "榮", "伍", "由", "题", "題"]
)
AS_LEAD = frozenset(["以", "以下", "以上", "如下"])
# A verb two to four tokens before 为 makes something into something: 改…为, 聘请…为.
RENAMING = frozenset("改降升封立选選称稱视視列拜追命聘推") | _words(
    "聘请 聘請 推举 推舉 推选 推選 册封 冊封 追赠 追贈 追封 尊称 尊稱 任命 提拔 擢升"
)
BECOME = _words(
    "成长 成長 发展 發展 演变 演變 转变 轉變 转化 轉化 蜕变 蛻變 改名 更名 翻译 翻譯"
    " 划分 劃分 简称 簡稱 统称 統稱 合称 合稱 任命 选举 選舉"
)
# 数 ending a clause is the verb after these (你数。再数。), the noun after others (星数).
COUNT_BEFORE = PRONOUNS | frozenset(
    ["一", "数", "數", "再", "先", "来", "來", "你来", "你來", "慢慢", "一起"]
)
# 干 after these is the result "dry": 晒干, 擦干, 烘干, 吹干, 喝干.
DRYING = frozenset("晒曬擦烘吹晾弄喝吸蒸烤风風")


# Characters whose other readings live only inside words (的确, 更新, 作坊, 大夫, 会计,
# 参与, 要求...): standing alone they have one reading, and the model need not be asked.
ALONE = {
    "的": "de5",
    "更": "geng4",
    "作": "zuo4",
    "大": "da4",
    "把": "ba3",
    "会": "hui4",
    "會": "hui4",
    "上": "shang4",
    "与": "yu3",
    "與": "yu3",
    "化": "hua4",
    "和": "he2",
    "要": "yao4",
    "说": "shuo1",
    "說": "shuo1",
    "那": "na4",
}


def particle_reading(tokens: Sequence[Token], index: int, options: list[Candidate]) -> str | None:
    """Readings of a few very common characters from their neighbours, where pypinyin's
    default (its first-listed reading) is most often wrong."""
    text = tokens[index].text
    readings = {c.pinyin for c in options}
    if ALONE.get(text) in readings:
        return ALONE[text]
    previous = neighbour(tokens, index, -1)
    following = neighbour(tokens, index, 1)
    before = previous.text if previous is not None and previous.is_chinese else ""
    after = following.text if following is not None and following.is_chinese else ""
    if text == "得" and {"de2", "de5", "dei3"} <= readings:
        if after.startswith("了"):
            return "de2"  # 得了第一名
        if not before or before in MODAL_LEAD:
            return "dei3"  # clause-initial or after a subject/adverb: 得先申请, 我得走了
        return "de5"
    if text == "地" and "de5" in readings and before and after:
        # Adverbial 地 links a modifier to the verb after it: 认真地学习, 更好地使用;
        # the noun (土地, 地上) is a word of its own or follows a measure word.
        if len(before) >= 2 and not before.endswith("的") or before in ADVERBIAL_BEFORE_DE:
            return "de5"
        return None
    if text in ("着", "著") and "zhe5" in readings:
        if after.startswith(("急", "火", "凉", "涼")) or before.endswith("不"):
            return "zhao2"  # 着急, 着火, 睡不着
        return "zhe5" if before else None
    if text in ("长", "長") and {"chang2", "zhang3"} <= readings:
        if after[:1] in GROW_AFTER and before[-1:] not in DEGREE:
            return "zhang3"  # 长得, 长大, 长出, 长了
        if before[-1:] in OFFICES:
            return "zhang3"  # 馆长, 图书馆长: the head (CC-CEDICT lacks 馆长)
        return "chang2"  # 很长, 长文本, 长浪: the adjective, far the more common
    if text in ("种", "種") and "zhong4" in readings and (before in PRONOUNS or before == "自己"):
        return "zhong4"  # 自己种的菜: the verb after its subject
    if text in ("还", "還") and {"hai2", "huan2"} <= readings:
        if after[:1] in RETURN_OBJECT or not after or after in ("了", "给", "給"):
            return "huan2"  # 还书, 还钱, 什么时候还？, 还了我一本书
        if after in PRONOUNS and _neighbour_text(tokens, index, 2)[:1] in RETURN_OBJECT:
            return "huan2"  # 还我钱, 还你: the one paid back, then what (or nothing)
        return "hai2"
    if text in ("尽", "盡") and "jin4" in readings:
        return "jin4"  # 看尽, 用尽: jǐn lives in words of its own (尽管, 尽快, 尽量)
    if text == "曲" and "qu3" in readings and before[-1:] in MUSIC_BEFORE:
        return "qu3"  # 部曲, 歌曲, 作曲: a piece of music, not a bend
    if text in ("数", "數") and {"shu3", "shu4"} <= readings and after[:1] in COUNT_AFTER:
        if after or not before or before in COUNT_BEFORE:
            return "shu3"  # 数一数, 数数, 你数。: the verb, "to count"
        return None  # 星数, 人数: the noun, "number"
    if text in ("干", "乾") and {"gan1", "gan4"} <= readings:
        if before[-1:] in DEGREE | DRYING or (after == "了" and _clause_end(tokens, index + 1)):
            return "gan1"  # 很干, 晒干, 衣服干了: "dry"
        return None
    if text in ("卷", "捲") and {"juan3", "juan4"} <= readings and _counted(tokens, index):
        return "juan4"  # 八卷, 卷四, 《隋书》卷: a volume, counted or numbered
    if (
        text == "塞"
        and "sai4" in readings
        and (after[:1] in SAI_AFTER or before[-1:] in SAI_BEFORE)
    ):
        return "sai4"  # 塞尔维亚, 塞西尔, 圣何塞: sài in foreign names
    if text == "掖" and "ye1" in readings and after[:1] in ("着", "著", "了"):
        return "ye1"  # 藏着掖着: "to tuck away"
    if text == "了" and "le5" in readings and after == "事":
        return "le5"  # 做了事, 出了事 (了事 "to settle" is joined into one word)
    if text in ("为", "為") and {"wei2", "wei4"} <= readings:
        return _wei(tokens, index, before, after)
    if text == "都" and "dou1" in readings:
        return "dou1"  # a lone 都 is "all"; the capital sense lives in words (首都, 都市)
    if (
        text in ("觉", "覺")
        and {"jue2", "jiao4"} <= readings
        and (not after or before[-1:] in SLEEP_BEFORE)
    ):
        return "jiao4"  # 睡了一个好觉
    if text == "教" and {"jiao1", "jiao4"} <= readings and after in PRONOUNS:
        return "jiao1"  # 教我们写字
    if text == "重" and {"zhong4", "chong2"} <= readings:
        if after[:1] in REDO_AFTER:
            return "chong2"  # 重说一遍
        if before[-1:] in HEAVY_BEFORE:
            return "zhong4"  # 太重了, 很重: "heavy" (多重 is "multiple", chóng)
    return None


def _wei(tokens: Sequence[Token], index: int, before: str, after: str) -> str:
    """为 wéi "as, to be, to become" or wèi "for"."""
    if any(_neighbour_text(tokens, index, step) == "所" for step in (2, 3)):
        return "wei2"  # 为大家所熟知: the passive 为…所…
    if after in AS_AFTER or before in BECOME or (len(before) == 1 and before in AS_BEFORE):
        return "wei2"  # 为例, 为代表, 成长为, 选…为, 原为, 均为
    following = neighbour(tokens, index, 1)
    if following is not None and following.kind in (Kind.NUMBER, Kind.LATIN):
        return "wei2"  # 女性为63%, 版本为3.0: "is"
    previous = neighbour(tokens, index, -1)
    if previous is not None and previous.text in ("）", ")"):
        return "wei2"  # 拟小蛭（学名：）为舌蛭科…: a definition's "is"
    if any(_previous_text(tokens, index, step) in AS_LEAD for step in (1, 2, 3, 4)):
        return "wei2"  # 以…为例, 以下为
    if _renamed(tokens, index):
        return "wei2"  # 改福州都卫为福建都指挥使司, 降镇远府为镇远州: made into
    return "wei4"  # 为我们做饭, 为用户带来: "for"


def _renamed(tokens: Sequence[Token], index: int) -> bool:
    """Whether 为 ends 改/降/封… and its object (改X为Y), not a verb done (改了主意为我们)."""
    for step in (1, 2, 3, 4):
        previous = _previous_text(tokens, index, step)
        if previous in ("", "了", "過", "过", "着", "著"):
            return False
        if step > 1 and previous in RENAMING:
            return True
    return False


NUMERALS = frozenset("一二三四五六七八九十百千两兩几幾数數第")


def _counted(tokens: Sequence[Token], index: int) -> bool:
    """Whether a number or a book's title is next to ``tokens[index]``."""
    previous = neighbour(tokens, index, -1)
    following = neighbour(tokens, index, 1)
    for token, edge in ((previous, -1), (following, 0)):
        if token is None:
            continue
        if token.kind is Kind.NUMBER or (token.is_chinese and token.text[edge] in NUMERALS):
            return True
    return previous is not None and previous.text.endswith(("》", "〉"))


def _previous_text(tokens: Sequence[Token], index: int, step: int) -> str:
    """The text of the ``step``-th Chinese token before ``index`` in the same clause."""
    for _ in range(step):
        index -= 1
        while index >= 0 and tokens[index].kind is Kind.SPACE:
            index -= 1
        if index < 0 or tokens[index].kind is Kind.PUNCTUATION:
            return ""
    return tokens[index].text


def _neighbour_text(tokens: Sequence[Token], index: int, step: int) -> str:
    """The text of the ``step``-th token after ``index`` (spaces skipped) if it and those
    between are Chinese, else ""."""
    for _ in range(step):
        index += 1
        while index < len(tokens) and tokens[index].kind is Kind.SPACE:
            index += 1
        if index >= len(tokens) or not tokens[index].is_chinese:
            return ""
    return tokens[index].text


def _clause_end(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token at ``index`` is the last Chinese token of its clause."""
    following = neighbour(tokens, index, 1)
    return following is None or not following.is_chinese


def neighbour(tokens: Sequence[Token], index: int, step: int) -> Token | None:
    """The nearest token ``step`` away from ``index`` that is not a space, or None."""
    index += step
    while 0 <= index < len(tokens):
        if tokens[index].kind is not Kind.SPACE:
            return tokens[index]
        index += step
    return None
