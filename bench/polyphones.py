"""Readings of characters that have more than one, in everyday sentences.

    python bench/polyphones.py

bench/readings.py scores words the dictionary reads only one way, so it cannot see the hard
part: 长 in 很长 (cháng) or 长大 (zhǎng), 还 in 还书 (huán), 得 in 我得走了 (děi). These
sentences were written for this benchmark; each names one character and the reading it has
there (CC-CEDICT conventions). Every sentence is also run in Traditional (OpenCC s2tw), except
where OpenCC picks another character (为了解决 -> 為瞭解決; 干 -> 幹 for "dry"). pypinyin alone is
the baseline.
"""

from __future__ import annotations

import sys

from pypinyin import Style, lazy_pinyin

from readaid.language.reader import get_core
from readaid.language.script import Script, convert

# (sentence, character, which occurrence, expected reading)
CASES = [
    ("他的头发很长。", "长", 1, "chang2"),
    ("我等了很长时间。", "长", 1, "chang2"),
    ("这条河有多长？", "长", 1, "chang2"),
    ("电池能用多长时间？", "长", 1, "chang2"),
    ("孩子长得真快。", "长", 1, "zhang3"),
    ("他长大以后想当医生。", "长", 1, "zhang3"),
    ("这家银行的行长姓王。", "长", 1, "zhang3"),
    ("这家银行的行长姓王。", "行", 2, "hang2"),
    ("这本书我还没还。", "还", 1, "hai2"),
    ("这本书我还没还。", "还", 2, "huan2"),
    ("明天记得还车。", "还", 1, "huan2"),
    ("你借我的钱什么时候还？", "还", 1, "huan2"),
    ("他还在睡觉。", "还", 1, "hai2"),
    ("还是你说得对。", "还", 1, "hai2"),
    ("这个箱子很重。", "重", 1, "zhong4"),
    ("请你重说一遍。", "重", 1, "chong2"),
    ("我们重新开始吧。", "重", 1, "chong2"),
    ("行李太重了。", "重", 1, "zhong4"),
    ("你说得对。", "得", 1, "de5"),
    ("我得走了。", "得", 1, "dei3"),
    ("明天还得上班。", "得", 1, "dei3"),
    ("你得先吃饭，再吃药。", "得", 1, "dei3"),
    ("太贵了，可是还是得买。", "得", 1, "dei3"),
    ("他得了第一名。", "得", 1, "de2"),
    ("我觉得不错。", "觉", 1, "jue2"),
    ("我想睡一觉。", "觉", 1, "jiao4"),
    ("他睡了一个好觉。", "觉", 1, "jiao4"),
    ("我去银行取钱。", "行", 1, "hang2"),
    ("这样不行。", "行", 1, "xing2"),
    ("我们步行去公园。", "行", 1, "xing2"),
    ("我了解他的想法。", "了", 1, "liao3"),
    ("为了解决这个问题，我们开了三次会。", "了", 1, "le5"),
    ("他吃完了饭。", "了", 1, "le5"),
    ("他笑着说。", "着", 1, "zhe5"),
    ("我昨天睡不着。", "着", 1, "zhao2"),
    ("你别着急。", "着", 1, "zhao2"),
    ("路上不必着急。", "着", 1, "zhao2"),
    ("他穿着一件红衣服。", "着", 1, "zhe5"),
    ("他慢慢地走过来。", "地", 1, "de5"),
    ("地上有一本书。", "地", 1, "di4"),
    ("他为我们做了很多事。", "为", 1, "wei4"),
    ("他成为了一名医生。", "为", 1, "wei2"),
    ("大家都来了。", "都", 1, "dou1"),
    ("北京是中国的首都。", "都", 1, "du1"),
    ("我喜欢音乐。", "乐", 1, "yue4"),
    ("祝你生日快乐。", "乐", 1, "le4"),
    ("他的爱好是画画。", "好", 1, "hao4"),
    ("请把门关好。", "好", 1, "hao3"),
    ("这个菜很便宜。", "便", 1, "pian2"),
    ("坐地铁很方便。", "便", 1, "bian4"),
    ("这次考试他考得很差。", "差", 1, "cha4"),
    ("他明天要去上海出差。", "差", 1, "chai1"),
    ("我买了一只猫。", "只", 1, "zhi1"),
    ("我只有十块钱。", "只", 1, "zhi3"),
    ("老师教我们写汉字。", "教", 1, "jiao1"),
    ("我们的教室在二楼。", "教", 1, "jiao4"),
    ("你明天有空吗？", "空", 1, "kong4"),
    ("天空很蓝。", "空", 1, "kong1"),
    ("他喜欢数学。", "数", 1, "shu4"),
    ("请你数一数有几个人。", "数", 1, "shu3"),
    ("他在地里种菜。", "种", 1, "zhong4"),
    ("这种水果很好吃。", "种", 1, "zhong3"),
    ("你在干什么？", "干", 1, "gan4"),
    ("衣服已经干了。", "干", 1, "gan1"),
    ("他昨天去理发了。", "发", 1, "fa4"),
    ("我给你发一个短信。", "发", 1, "fa1"),
    ("我们要少说多做。", "少", 1, "shao3"),
    ("他还是一个少年。", "少", 1, "shao4"),
    ("空调坏了。", "调", 1, "tiao2"),
    ("他被调到北京工作。", "调", 1, "diao4"),
]

# OpenCC's s2tw picks the wrong character here, so the Traditional run would test OpenCC.
NO_TRADITIONAL = {"衣服已经干了。"}  # 干 (dry) -> 幹 (to do) instead of 乾


def position(sentence: str, char: str, occurrence: int) -> int:
    index = -1
    for _ in range(occurrence):
        index = sentence.index(char, index + 1)
    return index


def readaid_reading(core, sentence: str, index: int) -> str:
    doc = core.open(sentence)
    for p in range(len(doc)):
        for token, reading in zip(doc.tokens(p), core.readings(doc, p), strict=True):
            if token.start <= index < token.end:
                syllables = reading.split()
                return syllables[index - token.start] if len(syllables) == len(token.text) else "?"
    return "?"


def pypinyin_reading(sentence: str, index: int) -> str:
    result = lazy_pinyin(
        sentence, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda s: ["?"] * len(s)
    )
    return result[index] if len(result) == len(sentence) else "?"


def main() -> int:
    core = get_core()
    right = {
        ("readaid", "simplified"): 0,
        ("readaid", "traditional"): 0,
        ("pypinyin", "simplified"): 0,
        ("pypinyin", "traditional"): 0,
    }
    asked = {"simplified": 0, "traditional": 0}
    failures = []
    for sentence, char, occurrence, expected in CASES:
        index = position(sentence, char, occurrence)
        traditional = convert(sentence, Script.TAIWAN)
        versions = [("simplified", sentence)]
        if traditional[index] == convert(char, Script.TAIWAN) and sentence not in NO_TRADITIONAL:
            versions.append(("traditional", traditional))
        for script, text in versions:
            asked[script] += 1
            ours = readaid_reading(core, text, index).lower().replace("u:", "v")
            theirs = pypinyin_reading(text, index)
            right["readaid", script] += ours == expected
            right["pypinyin", script] += theirs == expected
            if ours != expected:
                failures.append(
                    f"  {text:22} {text[index]} want {expected:7} readaid {ours:7}"
                    f" pypinyin {theirs}"
                )
    print(
        f"{len(CASES)} sentences; {asked['simplified']} Simplified, {asked['traditional']}"
        " Traditional runs"
    )
    for tool in ("readaid", "pypinyin"):
        scores = [f"{s} {100 * right[tool, s] / asked[s]:.1f}%" for s in asked]
        total = 100 * (right[tool, "simplified"] + right[tool, "traditional"]) / sum(asked.values())
        print(f"{tool:9} right: {total:.1f}%  ({', '.join(scores)})")
    print(f"\nreadaid's misses ({len(failures)}):")
    print("\n".join(failures) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
