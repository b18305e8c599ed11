import subprocess
import sys
from types import SimpleNamespace

import pytest

#: 挨 before 了…打: ái "to suffer", which no rule decides and the model reads.
BEATEN = "他挨了一顿打"

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
    # Where readaid's dictionary-first readings beat g2pM's on the user's articles.
    ("行业", ["hang2 ye4"]),
    ("他述说著", ["ta1", "shu4 shuo1", "zhe5"]),
    ("明天还得上班", ["ming2 tian1", "hai2", "dei3", "shang4 ban1"]),
    ("别卷了", ["bie2", "juan3", "le5"]),
    # 为 wéi "as, to be" as against wèi "for".
    ("以他为例", ["yi3", "ta1", "wei2", "li4"]),
    ("以下为名单", ["yi3 xia4", "wei2", "ming2 dan1"]),
    ("孩子成长为大人", ["hai2 zi5", "cheng2 zhang3", "wei2", "da4 ren5"]),
    (
        "他是以小米为代表的公司",
        ["ta1", "shi4", "yi3", "xiao3 mi3", "wei2", "dai4 biao3", "de5", "gong1 si1"],
    ),
    ("他们为大家所熟知", ["ta1 men5", "wei2", "da4 jia1", "suo3", "shu2 zhi1"]),
    ("他为我们做饭", ["ta1", "wei4", "wo3 men5", "zuo4 fan4"]),
    ("为用户带来方便", ["wei4", "yong4 hu4", "dai4 lai2", "fang1 bian4"]),
    ("以下为对话", ["yi3 xia4", "wei2", "dui4 hua4"]),
    ("合二为一", ["he2", "er4", "wei2", "yi1"]),
    ("女性为63%", ["nu:3 xing4", "wei2"]),
    ("这本书有八卷", ["zhe4", "ben3", "shu1", "you3", "ba1", "juan4"]),
    ("塞西尔说", ["sai4", "xi1", "er3", "shuo1"]),
    ("把书塞进书包", ["ba3", "shu1", "sai1", "jin4", "shu1 bao1"]),
    ("不要藏着掖着", ["bu4 yao4", "cang2", "zhe5", "ye1", "zhe5"]),
    # Rare characters the learned disambiguator reads from their context.
    ("我们吃了蛤蜊汤", ["wo3 men5", "chi1", "le5", "ge2 li2", "tang1"]),
    # 还 huán with the one paid back as its object.
    ("还我钱", ["huan2", "wo3", "qian2"]),
    ("他还了我一本书", ["ta1", "huan2", "le5", "wo3", "yi1", "ben3", "shu1"]),
    ("这本书还你", ["zhe4", "ben3", "shu1", "huan2", "ni3"]),
    ("他还我们一个人", ["ta1", "hai2", "wo3 men5", "yi1", "ge4", "ren2"]),
    # 数 the noun after a noun at a clause end; the verb after a person or an adverb.
    ("这部电影有五星数", ["zhe4", "bu4", "dian4 ying3", "you3", "wu3 xing1", "shu4"]),
    ("再数。", ["zai4", "shu3"]),
    # 干 "dry" (gān) as against 干 "to do" (gàn).
    ("衣服干了。", ["yi1 fu5", "gan1", "le5"]),
    ("头发很干", ["tou2 fa5", "hen3", "gan1"]),
    ("衣服晒干了", ["yi1 fu5", "shai4 gan1", "le5"]),
    ("他干了一件坏事", ["ta1", "gan4", "le5", "yi1", "jian4", "huai4 shi4"]),
    # 了事 "to get it over with" as a word; 出了事 stays the particle.
    ("他们想赔点钱了事", ["ta1 men5", "xiang3", "pei2", "dian3", "qian2", "liao3 shi4"]),
    ("出了事", ["chu1", "le5", "shi4"]),
    ("我们只须做了事，", ["wo3 men5", "zhi3", "xu1", "zuo4", "le5", "shi4"]),
    # Names the model reads from their context.
    ("翟天临说", ["Zhai2 Tian1 lin2", "shuo1"]),  # one name token, read as a name
    # Characters read from the neighbours a table of cues names (collocations.py).
    ("他把纸粘在墙上", ["ta1", "ba3", "zhi3", "zhan1", "zai4", "qiang2", "shang4"]),
    ("粘土很软", ["nian2", "tu3", "hen3", "ruan3"]),
    ("唐继虞率部入黔", ["Tang2 Ji4 yu2", "shuai4", "bu4", "ru4", "qian2"]),
    ("准确率不高", ["zhun3 que4", "lu:4", "bu4", "gao1"]),
    ("累迁刑部侍郎", ["lei3", "qian1", "Xing2 bu4", "shi4 lang2"]),
    ("武康路40弄1号", ["wu3", "kang1", "lu4", "long4", "hao4"]),
    ("殿后紧挨岩壁", ["dian4 hou4", "jin3", "ai1", "yan2", "bi4"]),
    ("撒上少量的可可粉", ["sa3", "shang4", "shao3 liang4", "de5", "ke3 ke3", "fen3"]),
    ("至德二载（757年）", ["zhi4 de2", "er4", "zai3", "nian2"]),
    ("宁前参将。", ["ning2", "qian2", "can1", "jiang4"]),
    ("不错将GPT-3用好", ["bu4 cuo4", "jiang1", "yong4", "hao3"]),
    ("把东西藏起来", ["ba3", "dong1 xi5", "cang2", "qi5 lai5"]),
    ("驻藏大臣", ["zhu4", "zang4", "da4 chen2"]),
    ("药铺开门了", ["yao4", "pu4", "kai1 men2", "le5"]),
    ("他铺上床单", ["ta1", "pu1", "shang4", "chuang2 dan1"]),
    ("迎佛仪式", ["ying2", "fo2", "yi2 shi4"]),
    ("他仿佛睡着了", ["ta1", "fang3 fu2", "shui4 zhao2", "le5"]),
    (
        "改福州都卫为福建都司",
        ["gai3", "Fu2 zhou1", "dou1", "wei4", "wei2", "Fu2 jian4", "dou1", "si1"],
    ),
    ("他改了主意为我们做饭", ["ta1", "gai3", "le5", "zhu3 yi5", "wei4", "wo3 men5", "zuo4 fan4"]),
    ("人家不想去", ["ren2 jia5", "bu4 xiang3", "qu4"]),
    ("村里有几户人家", ["cun1 li3", "you3", "ji3", "hu4", "ren2 jia1"]),
    ("我待会再来", ["wo3", "dai1 hui5", "zai4", "lai2"]),
    ("待会见", ["dai1 hui5", "jian4"]),
    ("他很大方", ["ta1", "hen3", "da4 fang5"]),
    ("待会议结束", ["dai4", "hui4 yi4", "jie2 shu4"]),
    ("我们等会儿再说", ["wo3 men5", "deng3", "hui4", "r5", "zai4 shuo1"]),
    ("畢業了麽", ["bi4 ye4", "le5", "me5"]),
    ("未来的大方向", ["wei4 lai2", "de5", "da4 fang1", "xiang4"]),
    ("信息外传的风险", ["xin4 xi1", "wai4 chuan2", "de5", "feng1 xian3"]),
    ("李大海说道。", ["Li3 Da4 hai3", "shuo1 dao4"]),
    ("还得再去琢磨", ["hai2", "dei3", "zai4", "qu4", "zuo2 mo5"]),
    (
        "聘请科学家任鸿隽为馆长",
        ["pin4 qing3", "ke1 xue2 jia1", "Ren2 Hong2 jun4", "wei2", "guan3", "zhang3"],
    ),
    ("图书馆长说", ["tu2 shu1 guan3", "zhang3", "shuo1"]),
    ("到收获的季节啦", ["dao4", "shou1 huo4", "de5", "ji4 jie2", "la5"]),
    ("哦，椅子太硬了。", ["o4", "yi3 zi5", "tai4", "ying4", "le5"]),
    ("签名哦。", ["qian1 ming2", "o5"]),
    ("相对高差247米", ["xiang1 dui4", "gao1", "cha1", "mi3"]),
    ("一般切为长方形", ["yi1 ban1", "qie1", "wei2", "chang2 fang1 xing2"]),
    ("有人持桨划行", ["you3 ren2", "chi2", "jiang3", "hua2", "xing2"]),
    ("给我盛汤", ["gei3", "wo3", "cheng2", "tang1"]),
    ("《春秋左氏传》", ["chun1 qiu1", "zuo3", "shi4", "zhuan4"]),
    (
        "拟小蛭（学名：）为舌蛭科",
        ["ni3", "xiao3", "zhi4", "xue2 ming2", "wei2", "she2", "zhi4", "ke1"],
    ),
    ("钻禧纪念", ["zuan4", "xi3", "ji4 nian4"]),
    # A given name's uncommon character, read by the model (gǎo and yuàn alone).
    ("孙大镐受到赏识", ["Sun1 Da4 hao4", "shou4 dao4", "shang3 shi2"]),
    ("张惜媛是演员", ["Zhang1 Xi1 yuan2", "shi4", "yan3 yuan2"]),
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


def test_a_merged_word_no_dictionary_has_keeps_each_characters_reading(core):
    document = core.open("首部曲")
    document.merge(0, 3)
    assert [t.text for t in document.tokens(0)] == ["首部曲"]
    assert core.readings(document, 0) == ["shou3 bu4 qu3"]


def test_rules_alone_without_the_model(core):
    """The learned disambiguator is what reads 挨 ái ("to suffer") here; the rules alone
    take its first reading, āi."""
    from readaid.language.reader import ReadingCore

    rules_only = ReadingCore(core.dictionary, learned=False)
    document = rules_only.open(BEATEN)
    assert rules_only.readings(document, 0)[1] == "ai1"
    document = core.open(BEATEN)
    assert core.readings(document, 0)[1] == "ai2"
    # Inside a name found in the text as well.
    document = rules_only.open("钱媛送别")
    assert rules_only.readings(document, 0)[0] == "Qian2 Yuan4"
    document = core.open("钱媛送别")
    assert core.readings(document, 0)[0] == "Qian2 Yuan2"


def test_a_deferred_model_leaves_readings_to_the_rules_until_warmed():
    """The reader paints with the rules' readings, then warms the model and reads again."""
    code = (
        "import sys\n"
        "from readaid.language.reader import get_core\n"
        "core = get_core()\n"
        "core.defer_model = True\n"
        "doc = core.open('他挨了一顿打')\n"
        "assert core.readings(doc, 0)[1] == 'ai1'\n"
        "assert 'numpy' not in sys.modules, 'numpy imported before the model was warmed'\n"
        "assert core.warm_model()\n"
        "doc = core.open('他挨了一顿打')\n"
        "assert core.readings(doc, 0)[1] == 'ai2'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_model_loads_only_when_a_reading_needs_it():
    code = (
        "import sys\n"
        "from readaid.language.reader import get_core\n"
        "core = get_core()\n"
        "assert 'numpy' not in sys.modules, 'numpy imported with the core'\n"
        "doc = core.open('我们是学生。')\n"
        "core.readings(doc, 0)\n"
        "assert 'numpy' not in sys.modules, 'numpy imported for a sentence with no open reading'\n"
        "doc = core.open('他挨了一顿打')\n"
        "assert core.readings(doc, 0)[1] == 'ai2'\n"
        "assert 'numpy' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_without_numpy_or_g2pm_the_rules_decide(monkeypatch):
    from readaid.language import disambiguator

    def missing(name):
        raise ModuleNotFoundError(f"No module named {name!r}")

    monkeypatch.setattr(disambiguator, "resources", SimpleNamespace(files=missing))
    assert disambiguator._load() is None
