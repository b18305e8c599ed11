"""People's names found in running text: one token, read and glossed as a name."""

import pytest

from readaid.language.annotation import annotate
from readaid.language.script import Script
from readaid.language.segment import Kind


def words(core, text):
    document = core.open(text)
    tokens = document.tokens(0)
    readings = core.readings(document, 0)
    return [(t.text, r, t.kind) for t, r in zip(tokens, readings, strict=True) if t.is_word]


@pytest.mark.parametrize(
    ("text", "name", "reading"),
    [
        ("李大海表示，公司明年将扩大生产。", "李大海", "Li3 Da4 hai3"),
        ("王仲遠是這家研究院的院長。", "王仲遠", "Wang2 Zhong4 yuan3"),
        ("李強今天上午會見了外國客人。", "李強", "Li3 Qiang2"),
        ("王小明每天早上七点起床。", "王小明", "Wang2 Xiao3 ming2"),
        ("单霁翔担任过故宫博物院院长。", "单霁翔", "Shan4 Ji4 xiang2"),
        ("曾志伟主持了这台晚会。", "曾志伟", "Zeng1 Zhi4 wei3"),
        ("解晓东唱了一首老歌。", "解晓东", "Xie4 Xiao3 dong1"),
        ("仇英是明代的画家。", "仇英", "Qiu2 Ying1"),
        ("朴树发布了新专辑。", "朴树", "Piao2 Shu4"),
        ("查继佐是清初的学者。", "查继佐", "Zha1 Ji4 zuo3"),
        ("任正非创办了华为。", "任正非", "Ren2 Zheng4 fei1"),
        ("1987年任正非创办了华为。", "任正非", "Ren2 Zheng4 fei1"),  # a date, but no office
        ("欧阳娜娜是一位大提琴手。", "欧阳娜娜", "Ou1 yang2 Na4 na4"),
        ("司马相如是西汉的文学家。", "司马相如", "Si1 ma3 Xiang1 ru2"),
        ("夏侯惇是曹操手下的大将。", "夏侯惇", "Xia4 hou2 Dun1"),
        ("部门经理钱志强表示同意。", "钱志强", "Qian2 Zhi4 qiang2"),
        # A compound surname takes the next word as the given name, not the next two
        # characters; a given name is read as a given name (晟 shèng, not the surname Chéng).
        ("长孙晟闻后，知其有二心。", "长孙晟", "Zhang3 sun1 Sheng4"),
        ("李晟深切告诫部下。", "李晟", "Li3 Sheng4"),
        ("卫生部部长陈竺表示。", "陈竺", "Chen2 Zhu2"),
        # pypinyin's phrase data knows some names: 靓 liàng here, not jìng.
        ("张靓颖演唱了一首歌。", "张靓颖", "Zhang1 Liang4 ying3"),
        # A rare last character jieba cut off is taken back.
        ("北洋水师的叶祖珪是一位将领。", "叶祖珪", "Ye4 Zu3 gui1"),
        # Two characters may end like a place and still be a name: 贾岛 the poet.
        ("贾岛做诗。", "贾岛", "Jia3 Dao3"),
    ],
)
def test_a_name_is_one_token_read_as_a_name(core, text, name, reading):
    found = words(core, text)
    assert (name, reading, Kind.NAME) in found, found


def test_a_name_never_swallows_the_next_word(core):
    found = [text for text, _, _ in words(core, "李大海表示，程序员张三写了一个小工具。")]
    assert found[:2] == ["李大海", "表示"]
    assert "张三" in found and "写" in found


def test_names_the_dictionary_has_keep_their_entry(core):
    # 蔡英文 is a CC-CEDICT headword: one token, the dictionary's reading and senses.
    found = words(core, "蔡英文發表了講話。")
    assert ("蔡英文", "Cai4 Ying1 wen2", Kind.CHINESE) in found


@pytest.mark.parametrize(
    "text",
    [
        "他说他明天不来了。",
        "我今天很高兴。",
        "这个王国很大。",
        "他张开嘴巴说话。",
        "这样做很方便。",
        "王老师今天生病了。",
        "过了一段时间他才回来。",
        "这款产品展示了高水平的性能。",
        "任何人不得入内。",
        "他曾经是一名老师。",
        "奥斯曼帝国的军力曾高达4万人。",
        "山顶上有一座雷达站。",
        "工人们正在盖房子。",
        "城南有一家百年老店荣宝斋。",
        "马尔堡是德国的一座城市。",  # a transliteration, not a Chinese name
        "冬湿冷夏闷热。",
        "他盛满一碗汤。",  # 盛, 管, 查 before a one-character "given name" are verbs
        "管好自己的事。",
        "1995年4月任武钢集团副总经理。",  # after a date, 任 before an office is "to hold"
    ],
)
def test_words_that_start_with_a_surname_are_not_names(core, text):
    found = words(core, text)
    assert not [w for w in found if w[2] is Kind.NAME], found


@pytest.mark.parametrize(
    ("text", "surname", "reading"),
    [
        ("冯太后遣使。", "冯", "feng2"),
        ("单老师来了。", "单", "shan4"),
        ("曾先生说。", "曾", "zeng1"),
    ],
)
def test_a_surname_before_a_title_is_read_as_a_surname(core, text, surname, reading):
    assert words(core, text)[0][:2] == (surname, reading)


def test_the_entry_of_a_name_says_so_with_surname_and_given_name(core):
    document = core.open("曾志偉說")
    name = document.tokens(0)[0]
    (entry,) = core.entries(name)
    assert entry.pinyin == "Zeng1 Zhi4 wei3"
    assert entry.simplified == "曾志伟" and entry.traditional == "曾志偉"
    assert entry.senses[0].startswith("person's name")
    assert "surname 曾 Zēng" in entry.senses
    assert "given name 志偉 Zhìwěi" in entry.senses
    # From Simplified, the Traditional form each character has for its reading here.
    (entry,) = core.entries(core.open("单霁翔说").tokens(0)[0])
    assert (entry.simplified, entry.traditional, entry.pinyin) == (
        "单霁翔",
        "單霽翔",
        "Shan4 Ji4 xiang2",
    )


def test_splitting_a_name_leaves_plain_words(core):
    document = core.open("李大海表示")
    document.split(1)
    tokens = document.tokens(0)
    assert [(t.text, t.kind) for t in tokens[:2]] == [("李", Kind.CHINESE), ("大海", Kind.CHINESE)]
    document.merge(0, 3)  # joined back: the name again
    assert (document.tokens(0)[0].text, document.tokens(0)[0].kind) == ("李大海", Kind.NAME)
    document.merge(0, 5)  # joined with the next word: a plain word
    assert (document.tokens(0)[0].text, document.tokens(0)[0].kind) == ("李大海表示", Kind.CHINESE)


def test_annotate_marks_names(core):
    document = core.open("王小明说")
    (name, said) = annotate(core, document, Script.TRADITIONAL)
    assert (name.text, name.kind, name.pinyin) == ("王小明", "name", "Wang2 Xiao3 ming2")
    assert name.definitions[0].startswith("person's name")
    assert said.text == "說"


def test_the_supplement_calls_zeng_guoyang_the_cto(core):
    (entry,) = core.entries("曾國洋")
    assert "CTO" in entry.senses[0] and "CEO" not in entry.senses[0]


def test_a_name_is_written_as_two_words_in_tone_marks():
    from readaid.language.pinyin import joined, to_marks

    assert joined(to_marks("Li3 Da4 hai3")) == "Lǐ Dàhǎi"
    assert joined(to_marks("Ou1 yang2 Na4 na4")) == "Ōuyáng Nànà"
    assert joined(to_marks("Tai2 bei3 Shi4")) == "Táiběi Shì"
    assert joined(to_marks("Xi1 an1")) == "Xī'ān"


def test_a_post_taken_after_a_date_reads_ren4(core):
    found = words(core, "1995年4月任武钢集团副总经理。")
    assert ("任", "ren4", Kind.CHINESE) in found, found
