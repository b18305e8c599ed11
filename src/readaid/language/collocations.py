"""Readings a character or word takes next to particular neighbours, where the phrase data
and the model most often miss: 率部 shuài "to lead", 粘土 nián "sticky", 紧挨 āi "next
to", 参将。 jiàng "a general". A table, each cue naming the characters it looks at."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readaid.language.candidates import Candidate
from readaid.language.document import Token
from readaid.language.neighbours import NUMERALS, neighbour
from readaid.language.segment import Kind

#: Stands for "nothing on that side in the clause" in a cue's sets.
EDGE = ""


@dataclass(frozen=True)
class Cue:
    """Read ``reading`` when the previous Chinese token ends with one of ``before``, the
    next one starts with one of ``after`` or is one of ``next_words``, or
    (``after_number``) a number comes just before; a cue with none of these always
    applies. Never where the previous token ends with one of ``not_before``, nor, for a
    ``clause_end`` cue, where anything but punctuation follows."""

    reading: str
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    after_number: bool = False
    clause_end: bool = False
    next_words: frozenset[str] = frozenset()

    def applies(self, before: str, following: str, number_before: bool) -> bool:
        """Whether the cue holds between ``before`` (the previous token's last character)
        and ``following`` (the next token's text), both EDGE at a clause's edge."""
        after = following[:1]
        if before in self.not_before or (self.clause_end and after != EDGE):
            return False
        if not (self.before or self.after or self.after_number or self.next_words):
            return True
        return (
            before in self.before
            or after in self.after
            or following in self.next_words
            or (self.after_number and number_before)
        )


def _cue(reading: str, before: str = "", after: str = "", not_before: str = "", **flags) -> Cue:
    return Cue(reading, frozenset(before), frozenset(after), frozenset(not_before), **flags)


#: A cue's ``before`` for "at a clause's start".
_START = frozenset([EDGE])
#: Nouns of rate end with these before 率 lǜ (准确/率, 效/率): not "to lead" there.
_RATES = "确確效频頻概比汇匯税稅利速功费費耗误誤错錯压壓"

CUES: dict[str, tuple[Cue, ...]] = {
    # Leading troops: 率部, 率军入关, 率兵 (rate, 效率, 准确率, lives in words or after them).
    "率": (_cue("shuai4", after="部军軍兵师師众眾队隊团團舰艦骑騎机機", not_before=_RATES),),
    # lěi "repeatedly" in official careers: 累迁, 累转, 累官, 累年.
    "累": (_cue("lei3", after="迁遷转轉官任年世代"),),
    # Shanghai's lanes: 40弄, 593弄.
    "弄": (_cue("long4", after_number=True),),
    # nián "sticky" before what is sticky (粘液, 粘土); otherwise the verb zhān (粘在墙上).
    "粘": (_cue("nian2", after="液土性稠度膜糊乎"), _cue("zhan1")),
    # Tibet after these: 驻藏, 进藏, 援藏; before these: 藏军, 藏北, 藏医.
    "藏": (
        _cue("zang4", before="驻駐进進援治康滇蒙涉赴"),
        _cue("zang4", after="军軍区區民北南医醫药藥历曆獒羚"),
    ),
    # pū "to spread" before what it does (铺上, 铺在, 铺满); pù is a shop (药铺, 当铺).
    "铺": (
        _cue("pu1", after="上在开满通成平展散设垫好着到", not_before="店当药饭肉床匠杂茶酒米布"),
    ),
    "鋪": (
        _cue("pu1", after="上在開滿通成平展散設墊好著到", not_before="店當藥飯肉床匠雜茶酒米布"),
    ),
    # sǎ "to scatter": 撒上, 撒在, 撒豆, 撒盐.
    "撒": (_cue("sa3", after="上在豆盐鹽种種入满滿下落到向进進点點些"),),
    # āi "next to" (紧挨, 挨着); ái "to suffer" (挨打, 挨骂, 挨饿).
    "挨": (
        _cue("ai1", before="紧緊", after="着著近肩次个個"),
        _cue("ai2", after="打骂罵饿餓批揍罚罰冻凍训訓整宰"),
    ),
    # páo "to dig" (刨出, 刨坑); bào "to plane" (刨子, 刨平).
    "刨": (_cue("pao2", after="出坑地土开開塌根"), _cue("bao4", after="子平光花床刀")),
    # zǎi "year" counted at a clause's end: 至德二载（757年）.
    "载": (Cue("zai3", before=NUMERALS, clause_end=True),),
    "載": (Cue("zai3", before=NUMERALS, clause_end=True),),
    # xiáng "to surrender": 迎降, 乞降, 来降.
    "降": (_cue("xiang2", before="迎乞请請纳納诈詐归歸来來"),),
    # yuè "music": 乐评, 乐曲, 乐手, 乐坛, 乐迷.
    "乐": (_cue("yue4", after="评曲章手坛迷谱理府师队团器"),),
    "樂": (_cue("yue4", after="評曲章手壇迷譜理府師隊團器"),),
    # jìng "strong": 劲歌, 劲骑, 霜风劲.
    "劲": (_cue("jing4", after="歌骑草松射卒", before="风"),),
    "勁": (_cue("jing4", after="歌騎草松射卒", before="風"),),
    # fó "Buddha" (CEDICT writes it as a name, Fó); fú only in 仿佛 (and its misspellings).
    "佛": (_cue("fo2", not_before="仿彷髣访訪"),),
    # zuàn "a drill, a diamond": 钻禧, 钻柱, 环钻.
    "钻": (_cue("zuan4", after="禧柱", before="环"),),
    "鑽": (_cue("zuan4", after="禧柱", before="環"),),
    # rénjiā "a household" after a measure or its kind (几户人家, 好人家); else rénjia
    # "other people, someone, I" (人家不想去, 别管人家的事), far the more common.
    "人家": (_cue("ren2 jia1", before="户戶家农農好富穷窮贫貧"), _cue("ren2 jia5")),
    # dāi "to stay" in 待会 "in a moment", where the segmenter still parts 待 + 会 (jieba,
    # with its count put right, mostly keeps 待会 whole: see ``jieba_engine``).
    "待": (Cue("dai1", next_words=frozenset(["会", "會", "会儿", "會兒"])),),
    # The erhua ending after words the segmenter left apart (等会儿, 一点儿, 一块儿).
    "儿": (_cue("r5", before="会点块玩事"),),
    "兒": (_cue("r5", before="會點塊玩事"),),
    # 麽 is written for the particle 么 (畢業了麽, 什麽); mó "tiny" lives in 幺麽.
    "麽": (_cue("me5", not_before="幺么"),),
    # 大方 cut out of 大方向, 大方面: dàfāng, not dàfang "generous".
    "大方": (_cue("da4 fang1", after="向面"),),
    # wàizhuàn is an unofficial biography, a title (《武林外传》); else wàichuán, to leak out.
    "外传": (_cue("wai4 zhuan4", after="》"), _cue("wai4 chuan2")),
    "外傳": (_cue("wai4 zhuan4", after="》"), _cue("wai4 chuan2")),
    # shuōdào "to say" (李大海说道。); shuōdao "the reason in it" after 有/什么.
    "说道": (_cue("shuo1 dao5", before="有么"), _cue("shuo1 dao4")),
    "說道": (_cue("shuo1 dao5", before="有麼"), _cue("shuo1 dao4")),
    # zuómo "to ponder" (再去琢磨); zhuómó "to polish" writing or jade (精雕细琢).
    "琢磨": (_cue("zhuo2 mo2", before="雕"), _cue("zuo2 mo5")),
    # Sentence-final particles: 季节啦 la, 做哩 li, 好不咯 lo, 签名哦 o; an interjection
    # standing alone at a clause's start: 哦， ò (I see), 啊， à.
    "啦": (_cue("la5", clause_end=True),),
    "哩": (_cue("li5", clause_end=True),),
    "咯": (_cue("lo5", clause_end=True),),
    "哦": (Cue("o4", before=_START, clause_end=True), _cue("o5", clause_end=True)),
    "啊": (Cue("a4", before=_START, clause_end=True),),
    # chā "a difference" after what differs: 高差, 身高差.
    "差": (_cue("cha1", before="高"),),
    # qiē "to cut" into pieces: 切为长方形, 切成片.
    "切": (_cue("qie1", after="为為成开開碎片块塊段丝絲下"),),
    # huá "to row": 划船, 划桨, 划行.
    "划": (_cue("hua2", after="船桨槳行艇"),),
    # pī "to split with a blade": 劈成两半, 劈开.
    "劈": (_cue("pi1", after="成开開死"),),
    # chéng "to ladle into a bowl": 盛饭, 盛汤, 盛满.
    "盛": (_cue("cheng2", after="饭飯汤湯粥满滿"),),
    # zhuàn "a commentary, a biography" closing a book's title: 《春秋左氏传》.
    "传": (_cue("zhuan4", before="氏", after="》·"),),
    "傳": (_cue("zhuan4", before="氏", after="》·"),),
    # A clause-final 将 is a general (参将。); the adverb and preposition lead something.
    "将": (_cue("jiang4", clause_end=True),),
    "將": (_cue("jiang4", clause_end=True),),
}


def collocation_reading(
    tokens: Sequence[Token], index: int, options: Sequence[Candidate]
) -> str | None:
    """The reading a cue gives ``tokens[index]``, if it is one of the token's own."""
    cues = CUES.get(tokens[index].text)
    if not cues:
        return None
    readings = {c.pinyin.lower() for c in options}
    previous = neighbour(tokens, index, -1)
    following = neighbour(tokens, index, 1)
    before = previous.text[-1] if previous is not None and previous.is_chinese else EDGE
    after = following.text if following is not None else EDGE
    if following is not None and following.kind is Kind.PUNCTUATION:
        after = EDGE  # a clause ends here; a Latin word or number carries it on (将GPT-3)
    number = previous is not None and previous.kind is Kind.NUMBER
    return next(
        (c.reading for c in cues if c.reading in readings and c.applies(before, after, number)),
        None,
    )
