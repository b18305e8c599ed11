import pytest

CASES = [
    ("银行", ["yin2 hang2"]),
    ("行走", ["xing2 zou3"]),
    ("重要", ["zhong4 yao4"]),
    ("重新", ["chong2 xin1"]),
    ("长大", ["zhang3 da4"]),
    ("长度", ["chang2 du4"]),
    ("还有", ["hai2 you3"]),
    ("还钱", ["huan2", "qian2"]),
    ("觉得", ["jue2 de5"]),
    ("睡觉", ["shui4 jiao4"]),
    ("了解", ["liao3 jie3"]),
    ("便宜", ["pian2 yi5"]),
    ("教书", ["jiao1 shu1"]),
    ("教育", ["jiao4 yu4"]),
    ("地方", ["di4 fang5"]),
    ("暖和", ["nuan3 huo5"]),
    ("曾國洋", ["Zeng1 Guo2 yang2"]),
    ("曾经", ["ceng2 jing1"]),
    ("重復開發", ["chong2 fu4", "kai1 fa1"]),
    ("他跑得快", ["ta1", "pao3", "de5", "kuai4"]),
    ("我得走了", ["wo3", "dei3", "zou3", "le5"]),
    ("他认真地学习", ["ta1", "ren4 zhen1", "de5", "xue2 xi2"]),
    ("他还没来", ["ta1", "hai2", "mei2", "lai2"]),
    ("银行行长", ["yin2 hang2", "hang2 zhang3"]),
    ("一个人", ["yi1", "ge4", "ren2"]),
    ("这是我的书", ["zhe4", "shi4", "wo3", "de5", "shu1"]),
    ("单立文说", ["Shan4 Li4 wen2", "shuo1"]),
    ("我曾去过", ["wo3", "ceng2", "qu4", "guo4"]),
    ("解缙说", ["Xie4 Jin4", "shuo1"]),
    ("他告诉我", ["ta1", "gao4 su5", "wo3"]),
    ("讲故事", ["jiang3", "gu4 shi5"]),
    ("过去两年", ["guo4 qu4", "liang3", "nian2"]),
    ("有多少人", ["you3", "duo1 shao5", "ren2"]),
    ("他有本事", ["ta1", "you3", "ben3 shi5"]),
    ("更好地使用", ["geng4", "hao3", "de5", "shi3 yong4"]),
    ("科学化地预测", ["ke1 xue2", "hua4", "de5", "yu4 ce4"]),
    ("长文本", ["chang2", "wen2 ben3"]),
    ("自己种的菜", ["zi4 ji3", "zhong4", "de5", "cai4"]),
    ("一夜看尽长安花", ["yi1", "ye4", "kan4", "jin4", "Chang2 an1", "hua1"]),
    ("首部曲", ["shou3", "bu4", "qu3"]),
    ("请你数一数", ["qing3", "ni3", "shu3", "yi1", "shu3"]),
    ("数字", ["shu4 zi4"]),
    ("菜价都会涨", ["cai4", "jia4", "dou1", "hui4", "zhang3"]),
    ("你什么时候还？", ["ni3", "shen2 me5", "shi2 hou5", "huan2"]),
    ("他睡了一个好觉", ["ta1", "shui4", "le5", "yi1", "ge4", "hao3", "jiao4"]),
    ("老师教我们", ["lao3 shi1", "jiao1", "wo3 men5"]),
    ("请你重说", ["qing3", "ni3", "chong2", "shuo1"]),
    ("这个箱子很重。", ["zhe4 ge5", "xiang1 zi5", "hen3", "zhong4"]),
    ("这条路很长", ["zhe4", "tiao2", "lu4", "hen3", "chang2"]),
    ("他得了第一名", ["ta1", "de2", "le5", "di4 yi1", "ming2"]),
    ("，得先申请", ["dei3", "xian1", "shen1 qing3"]),
    ("他很著急", ["ta1", "hen3", "zhao2 ji2"]),
    ("睡不著", ["shui4", "bu4 zhao2"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reading_in_context(core, text, expected):
    document = core.open(text)
    readings = [r for r in core.readings(document, 0) if r]
    assert readings == expected, [t.text for t in document.tokens(0)]


def test_non_chinese_tokens_have_no_reading(core):
    document = core.open("AI 2024 你好")
    tokens = document.tokens(0)
    readings = core.readings(document, 0)
    assert {t.text: r for t, r in zip(tokens, readings, strict=False)} == {
        "AI": "",
        " ": "",
        "2024": "",
        "你好": "ni3 hao3",
    }


def test_readings_follow_a_split(core):
    document = core.open("银行行长")
    document.split(document.text.index("行长") + 1)
    assert [t.text for t in document.tokens(0)] == ["银行", "行", "长"]
    assert core.readings(document, 0)[0] == "yin2 hang2"


def test_reading_hints_choose_among_the_dictionary_readings(core):
    # A converting site printed 还(huán): of 还's own readings, that one is taken.
    document = core.open("他还来", hints={1: "huan2"})
    assert core.readings(document, 0)[1] == "huan2"


def test_reading_hints_no_entry_agrees_with_are_ignored(core):
    # Sites get them wrong too: 應用 is yìngyòng whatever the page printed.
    document = core.open("應用", hints={0: "ying1"})
    assert core.readings(document, 0) == ["ying4 yong4"]
