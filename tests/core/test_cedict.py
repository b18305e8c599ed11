from readaid.language.cedict import Reference, parse_line, read_header


def test_plain_entry():
    entry = parse_line("銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/")
    assert (entry.traditional, entry.simplified, entry.pinyin) == ("銀行", "银行", "yin2 hang2")
    assert entry.senses == ("bank",)
    assert entry.classifiers == (Reference("家", "家", "jia1"), Reference("個", "个", "ge4"))


def test_variant_and_see_references_are_fields():
    variant = parse_line("箇 个 [ge4] /variant of 個|个[ge4]/")
    assert variant.variant_of == (Reference("個", "个", "ge4"),)
    assert variant.is_variant_only
    see = parse_line("無可厚非 无可厚非 [wu2 ke3 hou4 fei1] /see 未可厚非[wei4 ke3 hou4 fei1]/")
    assert see.see_also == (Reference("未可厚非", "未可厚非", "wei4 ke3 hou4 fei1"),)


def test_taiwan_pronunciation_is_a_field():
    entry = parse_line("垃圾 垃圾 [la1 ji1] /trash/refuse/garbage/Taiwan pr. [le4 se4]/")
    assert entry.taiwan_pinyin == "le4 se4"
    assert entry.senses == ("trash", "refuse", "garbage")


def test_surname_entries_are_recognised():
    entry = parse_line("曾 曾 [Zeng1] /surname Zeng/")
    assert entry.is_surname_only and entry.is_proper_noun


def test_comments_and_garbage_are_skipped():
    assert parse_line("# a comment") is None
    assert parse_line("not a cedict line") is None


def test_header():
    lines = ["# CC-CEDICT", "#! version=1", "#! date=2023-11-07", "中 中 [zhong1] /middle/"]
    assert read_header(lines) == {"version": "1", "date": "2023-11-07"}


def test_cc_canto_lines_keep_their_jyutping():
    entry = parse_line("食飯 食饭 [shi2 fan4] {sik6 faan6} /to eat a meal/")
    assert (entry.simplified, entry.pinyin, entry.jyutping, entry.senses) == (
        "食饭",
        "shi2 fan4",
        "sik6 faan6",
        ("to eat a meal",),
    )
