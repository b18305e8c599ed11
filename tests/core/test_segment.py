import pytest

from readaid.language.jieba_engine import COUNT_CORRECTIONS, cut_han
from readaid.language.segment import Kind


def spans(core, text):
    document = core.open(text)
    tokens = document.all_tokens()
    assert "".join(t.text for t in tokens) == text
    return [(t.text, t.kind) for t in tokens]


def test_tokens_concatenate_and_keep_kinds(core):
    result = spans(
        core,
        "我在银行工作，MiniCPM-Llama3-V 发布于2024-06-22 11:31，见 https://example.com/a?b=1。",
    )
    assert ("银行", Kind.CHINESE) in result
    assert ("MiniCPM-Llama3-V", Kind.LATIN) in result
    assert ("2024-06-22", Kind.NUMBER) in result
    assert ("11:31", Kind.NUMBER) in result
    assert ("https://example.com/a?b=1", Kind.URL) in result


def test_traditional_segments_like_simplified(core):
    simplified = [t for t, _ in spans(core, "我们应该重新开发这个地方的银行系统。")]
    traditional = [t for t, _ in spans(core, "我們應該重新開發這個地方的銀行系統。")]
    assert [len(t) for t in simplified] == [len(t) for t in traditional]


def test_words_no_dictionary_knows_are_split_into_dictionary_words(core):
    # jieba keeps 一个 and 很多 as words; CC-CEDICT has neither, so they are split.
    words = [t for t, k in spans(core, "我有一个很多朋友的地方。") if k is Kind.CHINESE]
    assert "一个" not in words and "一" in words and "个" in words
    assert all(core.dictionary.lookup(w) for w in words)


def test_supplement_words_are_kept_whole(core):
    words = [t for t, _ in spans(core, "端側大模型是開源的。")]
    assert "端側" in words and "大模型" in words


@pytest.mark.parametrize(
    "text",
    [
        "👨‍👩‍👧 家庭",
        "e\u0301t\u00e9",
        "𠮷野家",
        "[bold]x[/]",
        "\x1b[2J清屏",
        "שלום 你好",
        "　全角　",
        "",
    ],
)
def test_odd_text_round_trips(core, text):
    spans(core, text)


def test_emoji_sequences_stay_whole(core):
    assert ("👨‍👩‍👧", Kind.SYMBOL) in spans(core, "👨‍👩‍👧 家庭")


def test_rjieba_cuts_exactly_like_jieba():
    """readaid segments with rjieba (jieba's algorithm in Rust, 15x faster) only because,
    with HMM off, it gives jieba's own tokens: checked on the samples and, where present,
    the user's real articles (with a fresh instance: readaid's own has learnt extra words)."""
    import jieba
    import rjieba
    from tests.conftest import PROJECT_SEEDS, USER_SEEDS

    paths = [*sorted(PROJECT_SEEDS.glob("*.txt")), *sorted(USER_SEEDS.glob("*.txt"))]
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert rjieba.Jieba().cut(text, False) == jieba.lcut(text, HMM=False), path.name


@pytest.mark.parametrize(
    ("text", "word"),
    [("端侧的算力不够", "算力"), ("新北市停班", "新北市"), ("附近有土石流", "土石流")],
)
def test_dictionary_words_jieba_cut_apart_are_joined(core, text, word):
    assert word in [t for t, _ in spans(core, text)]


@pytest.mark.parametrize(
    ("text", "not_a_word"),
    [
        ("在小说中的人物", "说中"),
        ("在小说中的人物", "中的"),
        ("菜价都会涨", "都会"),
        ("13日至14日", "日至"),
    ],
)
def test_characters_that_merely_meet_stay_apart(core, text, not_a_word):
    assert not_a_word not in [t for t, _ in spans(core, text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("他们想赔点钱了事。", ["他们", "想", "赔", "点", "钱", "了事", "。"]),
        ("罚款了事", ["罚款", "了事"]),
        ("出了事。", ["出", "了", "事", "。"]),
        ("做错了事", ["做错", "了", "事"]),
        ("我们只须做了事，", ["我们", "只", "须", "做", "了", "事", "，"]),
        ("到了事发现场", ["到", "了", "事", "发", "现场"]),
        (
            "赔钱了事，出了事，罚款了事",
            ["赔钱", "了事", "，", "出", "了", "事", "，", "罚款", "了事"],
        ),
        ("了事。", ["了", "事", "。"]),
    ],
)
def test_settling_liaoshi_is_one_word_at_a_clause_end(core, text, tokens):
    assert [t.text for t in core.open(text).tokens(0)] == tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # A degree adverb leaves the adjective free to start a word (jieba counts 很大 "very
        # big" high and cuts 很大 + 方, which no dictionary step could mend).
        ("他很大方。", ["他", "很", "大方", "。"]),
        ("他很小气", ["他", "很", "小气"]),
        ("你太小气了", ["你", "太", "小气", "了"]),
        ("你太大意了。", ["你", "太", "大意", "了", "。"]),
        ("这不大方便。", ["这", "不", "大", "方便", "。"]),
        ("很大的房子", ["很", "大", "的", "房子"]),
        ("他很小时候就走了", ["他", "很", "小时候", "就", "走", "了"]),
        ("你太大方了", ["你", "太", "大方", "了"]),
        ("他很快要到了", ["他", "很", "快", "要", "到", "了"]),
        # 待会 "in a moment" before 见 "see you" (not 待 + 会见 "to meet"), and before
        # what comes next; 待 "to wait for" still before 会议, 会员, 会场.
        ("我待会见。", ["我", "待会", "见", "。"]),
        ("待会见！", ["待会", "见", "！"]),
        ("待會見！", ["待會", "見", "！"]),
        ("我们待会去", ["我们", "待会", "去"]),
        ("待会再说", ["待会", "再说"]),
        ("待会儿见", ["待会儿", "见"]),
        ("等待会议开始", ["等待", "会议", "开始"]),
        ("待会议结束", ["待", "会议", "结束"]),
        ("对待会员", ["对待", "会员"]),
        ("期待会见", ["期待", "会见"]),
        ("待会场开放", ["待", "会场", "开放"]),
        # A word no dictionary has, cut from the back where that strands fewer characters.
        ("他在精神病院工作", ["他", "在", "精神", "病院", "工作"]),
        ("北京市委市政府", ["北京", "市委", "市政府"]),
        ("警察局長說", ["警察", "局長", "說"]),
        ("他来了二十多次", ["他", "来", "了", "二十多", "次"]),
        # 多 "many" after a word of degree stands alone: 很多事 "many things", not 很 +
        # 多事 "meddlesome", which 你别多事 "don't meddle" still is.
        ("我有很多事要做", ["我", "有", "很", "多", "事", "要", "做"]),
        ("他们这么多事", ["他们", "这么", "多", "事"]),
        ("這麼多事", ["這麼", "多", "事"]),
        ("太多事了", ["太", "多", "事", "了"]),
        ("挺多事的", ["挺", "多", "事", "的"]),
        ("你别多事", ["你", "别", "多事"]),
        ("多事之秋", ["多事之秋"]),
    ],
)
def test_words_as_a_learner_reads_them(core, text, tokens):
    assert [t.text for t in core.open(text).tokens(0)] == tokens


def test_count_corrections_fit_the_dictionary(core):
    """Phrases jieba is told not to keep are no dictionary words (so no word a learner could
    look up is lost), but are jieba's; words it is told to favour are dictionary words."""
    demoted = [w for w, count in COUNT_CORRECTIONS.items() if count == 1]
    favoured = [w for w in COUNT_CORRECTIONS if w not in demoted]
    assert demoted and favoured
    assert not core.dictionary.known_words(demoted)
    assert core.dictionary.known_words(favoured) == set(favoured)
    assert all(cut_han(w) == [w[0], w[1:]] for w in demoted)
