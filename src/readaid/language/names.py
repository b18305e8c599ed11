"""People's names in running text: found as one word, read and glossed as a name.

jieba's tagger (HMM on) proposes names (tag ``nr``); a proposal is kept only where it
starts with a known surname and its given name is one or two characters holding no
grammar word or title; a name that is a dictionary word (李白, 蔡英文) keeps its own
entry. Where the tagger marks only the surname (李/大海/表示) or only the given name
(钱/志强), the two make the name; after a compound surname (欧阳, 夏侯) the given name is
taken even when the tagger saw no name. How a name is read and glossed is in
``name_reading``. Everything here works on the Simplified copy of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

KnownWords = Callable[[Iterable[str]], set[str]]


def _words(text: str) -> list[str]:
    return text.split()


#: Common single-character surnames (Simplified), most frequent first. Characters that are
#: mostly grammar (和, 于, 都, 时, 但...) are left out: the tagger too often takes them for one.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
    "关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁"
    "胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝区郜阚权帅屠朴盖练廉禹井祖漆巴丰卿狄计索宣晋"
    "初云容敬扈晁芮阙浦戈伏鹿邸雍辜裘亓邰赫杭况宿逯隆茹诸慕危亢嵇湛戎茅揭尉檀衣昝幸奉衡富尧蔚"
)

#: Two-character surnames; their given name is taken even where the tagger saw no name.
COMPOUND_SURNAMES = frozenset(
    _words(
        "欧阳 司马 诸葛 上官 司徒 皇甫 慕容 令狐 夏侯 长孙 宇文 尉迟 公孙 "
        "端木 独孤 南宫 轩辕 呼延 万俟 申屠 澹台 公冶 太史 钟离 闻人 赫连 "
        "濮阳 完颜 拓跋 东郭 百里 东方 西门"
    )
)

#: Compound surnames that are everyday words too (东方 "east"): named only with the tagger.
AMBIGUOUS_COMPOUNDS = frozenset({"东方", "西门", "百里", "太史"})

#: Surnames CC-CEDICT gives several surname readings: the usual one.
SURNAME_READINGS = {"乐": "Yue4", "华": "Hua4", "翟": "Zhai2", "沈": "Shen3", "曾": "Zeng1"}

#: Characters no given name holds (grammar words), so a name stops before them.
NOT_IN_GIVEN_NAMES = frozenset(
    "的得地了着著过過是在和与與也就都不没沒说說对對把被将將让讓给給很太更最又还還再才只个個这這"
    "那于於从從向吗嗎呢吧啊我你他她它们們姓后後前为為则則用"
)

#: Words after a surname that make it a form of address, not a name (王老师, 张先生).
TITLES = frozenset(
    _words(
        "太后 皇后 皇帝 亲王 王 公主 太子 大臣 侯 "
        "老师 先生 女士 小姐 太太 夫人 师傅 教授 博士 医生 大夫 同学 经理 "
        "老板 阿姨 叔叔 大爷 大妈 主任 书记 院长 校长 部长 局长 处长 科长 "
        "市长 省长 县长 总统 主席 总理 董事长 老 某 家 氏 总 哥 姐 兄 弟 "
        "妹 伯 叔 婶 嫂 公 婆 爷 奶 工 警官 律师 记者 同志 队长 班长 导演 "
        "教练 将军"
    )
)

#: Surnames that are more often adjectives or measure words before a noun (全宇宙, 高水平,
#: 宫斗) or verbs before what they take (盛满, 管好, 查清): taken as a name only with a
#: two-character given name that is no dictionary word.
MODIFIER_SURNAMES = frozenset("全高段白宫石金文安方常万古明平盛管查")

#: Last characters of place, building and office names (荣宝斋, 雷达站, 宣平溪, 陶渡村):
#: three characters ending in one are a place (two may be a name: 贾岛 the poet).
PLACES = frozenset(
    "墓斋站溪河岛卫关村镇庄堂寺庙宫府湖江桥路街县市省区乡港湾岭洞楼阁亭园馆院司局厂店营"
)

#: Characters of transliterated foreign words that Chinese given names hardly use
#: (艾尔姆, 胡尔特, 米耶米): no Chinese name holds them.
TRANSLITERATION = frozenset("尔爾斯姆茨耶埃")

#: Characters before a surname that make it a measure word (一段时间, 两张纸).
COUNTING = frozenset("一二三四五六七八九十两几每这那哪某整半多")

#: jieba's tags (first letter) of words that cannot be a given name: verbs, adverbs,
#: adjectives, prepositions, conjunctions, particles, pronouns, numerals, measure words,
#: places in time and space.
GRAMMAR_TAGS = frozenset("vdapcurmqft")

#: jieba's tags (first letter) that make a surname character no surname here: the tagger
#: reads it as an adverb, preposition, conjunction, verb or particle (军力曾/高达).
NOT_SURNAME_TAGS = frozenset("dpcvu")

#: jieba's tags of a lone character that is part of a name it cut short: a morpheme it
#: cannot place (珪 zg, 熜 zg) or a name part (隆 nr).
RARE_PART_TAGS = frozenset({"zg", "g", "nr", "nrfg"})

#: Offices a text says someone held (…任武钢集团副总经理): after a date, 任 before one is
#: the verb "to hold office", not the surname Rén (1987年任正非创立华为 names no office).
OFFICES = re.compile(
    "经理|主任|书记|院长|校长|部长|局长|处长|科长|市长|省长|县长|主席|总理|董事|总裁|厂长|"
    "社长|会长|秘书|司令|委员|教授|总监|行长|馆长|所长|主编|总编|参谋|顾问|干事|研究员"
)
DATE_ENDS = frozenset("年月日")

#: Words that follow a name so often the tagger takes them into it (张三写 -> 张三 + 写).
NAME_FOLLOWERS = frozenset(
    "写讲问笑想看叫去来做吃喝打用走跑买卖送拿带听唱等帮请要会能称表答以到随闻谎推出封"
)


def surname_length(word: str) -> int:
    """Characters of ``word`` (Simplified) that are a surname: 2, 1 or 0."""
    if word[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if word[:1] in SURNAMES else 0


def find_names(
    run: str, tagged: Sequence[tuple[str, str]], common_words: KnownWords
) -> list[tuple[int, int]]:
    """``(start, end)`` of each person's name in ``run`` (Simplified Han characters),
    given jieba's tagging of it and which strings are everyday dictionary words. Some
    names are dictionary words (蔡英文): the segmenter keeps those with their own entries."""
    words = [word for word, _ in tagged]
    starts = [0]
    for word in words:
        starts.append(starts[-1] + len(word))
    proposals: list[tuple[int, int]] = []
    for index, (word, tag) in enumerate(tagged):
        start = starts[index]
        following, its_tag = tagged[index + 1] if index + 1 < len(tagged) else ("", "")
        # A verb, adjective or grammar word after it is no given name (连/转身 "even turn").
        given_like = 1 <= len(following) <= 2 and (
            its_tag.startswith("nr") or its_tag[:1] not in GRAMMAR_TAGS
        )
        if word[:2] in COMPOUND_SURNAMES and word[:2] not in AMBIGUOUS_COMPOUNDS:
            # The tagger's word if it holds a given name (欧阳修), else the next word
            # (长孙/晟/闻后: 长孙晟).
            if len(word) > 2:
                proposals.append((start, start + min(len(word), 4)))
            elif given_like:
                proposals.append((start, start + 2 + len(following)))
        elif len(word) == 1 and word in SURNAMES and tag[:1] not in NOT_SURNAME_TAGS:
            # The tagger marks the surname (李/大海) or the given name (钱/志强) as the name.
            if given_like and (tag.startswith("nr") or its_tag.startswith("nr")):
                proposals.append((start, start + 1 + len(following)))
        elif tag.startswith("nr"):
            end = start + min(len(word), 4)
            # jieba splits off a rare last character (叶祖/珪, 王郅/隆): take it back.
            if len(word) == 2 and len(following) == 1 and its_tag in RARE_PART_TAGS:
                end += 1
            proposals.append((start, end))
    candidates = [_trimmed(run, start, end) for start, end in proposals]
    candidates = [(s, e) for s, e in candidates if _plausible(run[s:e])]
    candidates = [(s, e) for s, e in candidates if not (s and run[s - 1] in COUNTING)]
    candidates = [(s, e) for s, e in candidates if not _takes_office(run, s, e)]
    asked = {run[s + 1 : e] for s, e in candidates} | {run[s : s + 2] for s, e in candidates}
    known = common_words(asked)
    candidates = sorted({(s, e) for s, e in candidates if _not_a_phrase(run[s:e], known)})
    # Overlapping proposals (a compound surname the tagger also saw): the first wins.
    names: list[tuple[int, int]] = []
    for start, end in candidates:
        if not names or start >= names[-1][1]:
            names.append((start, end))
    return names


def _takes_office(run: str, start: int, end: int) -> bool:
    """任 after a date and before an office (1995年4月任武钢集团副总经理): a post taken."""
    return (
        run[start] == "任"
        and start > 0
        and run[start - 1] in DATE_ENDS
        and OFFICES.search(run, end) is not None
    )


def _trimmed(run: str, start: int, end: int) -> tuple[int, int]:
    """Drop a verb the tagger took into the name (张三写 -> 张三)."""
    surname = surname_length(run[start:end])
    if end - start - surname >= 2 and run[end - 1] in NAME_FOLLOWERS:
        end -= 1
    return start, end


def _not_a_phrase(name: str, known: set[str]) -> bool:
    """Whether ``name`` (surname + given name) is not rather a phrase: a modifier before a
    word (高水平, 全宇宙), or a word followed by more (盖房 + 子: 盖房子; 雷达 + 站)."""
    if surname_length(name) == 2:
        return True
    given = name[1:]
    if name[0] in MODIFIER_SURNAMES and (len(given) < 2 or given in known):
        return False
    return not (len(given) == 2 and name[:2] in known and (given in known or name[2] in PLACES))


def _plausible(name: str) -> bool:
    surname = surname_length(name)
    given = name[surname:]
    return (
        surname > 0
        and 1 <= len(given) <= 2
        and not any(ch in NOT_IN_GIVEN_NAMES for ch in given)
        and given not in TITLES
        and not (len(given) == 2 and given[-1] in PLACES)
        and not TRANSLITERATION.intersection(given)
    )
