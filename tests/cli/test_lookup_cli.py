import json

import pytest
from click.testing import CliRunner

from readaid.cli import cli


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_lookup_prints_entry_readably(core):
    result = run("lookup", "银行")
    assert result.exit_code == 0, result.output
    assert "银行 (銀行)  yínháng" in result.output
    assert "1. bank" in result.output
    assert "CL 家 jiā, 个 (個) gè" in result.output
    assert "银 yín silver" in result.output
    # Spelt as the reader and the cards spell it, syllables apart only at an apostrophe.
    assert "妨碍 (妨礙)  fáng'ài" in run("lookup", "妨碍").output


def test_lookup_json(core):
    result = run("lookup", "--json", "銀行", "地方")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    assert entries[0] | {} == entries[0]
    assert {k: entries[0][k] for k in ("simplified", "traditional", "pinyin", "definitions")} == {
        "simplified": "银行",
        "traditional": "銀行",
        "pinyin": "yin2 hang2",
        "definitions": ["bank"],
    }
    assert {e["pinyin"] for e in entries if e["simplified"] == "地方"} == {"di4 fang1", "di4 fang5"}


@pytest.mark.parametrize("query", ["yinhang", "yin2hang2", "yín háng"])
def test_lookup_by_pinyin(core, query):
    result = run("lookup", "--json", query)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["simplified"] == "银行"


def test_lookup_by_english(core):
    result = run("lookup", "--json", "bank")
    assert json.loads(result.stdout)[0]["simplified"] == "银行"


def test_unknown_word_is_a_one_line_error(core):
    result = run("lookup", "qqqqzzzz")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["readaid: no entry for qqqqzzzz"]


def test_dict_info_names_sources_and_licence(core):
    result = run("dict", "info")
    assert result.exit_code == 0, result.output
    assert "CC-CEDICT" in result.output and "CC BY-SA 4.0" in result.output
    assert "entries:     122,143" in result.output or "entries:" in result.output
    assert "readaid supplement" in result.output


def test_extra_dictionary_with_dict_option(core, tmp_path):
    extra = tmp_path / "mine.u8"
    extra.write_text(
        "讀書助手甲 读书助手甲 [du2 shu1 zhu4 shou3 jia3] /reading aid A (a test entry)/\n",
        encoding="utf-8",
    )
    result = run("lookup", "--dict", str(extra), "--json", "读书助手甲")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["source"] == "mine"
    missing = run("lookup", "--dict", str(tmp_path / "nope.u8"), "银行")
    assert missing.exit_code == 1 and "no such dictionary file" in missing.output


def test_output_into_a_pipe_is_not_wrapped(core):
    result = run("lookup", "地")
    assert result.exit_code == 0, result.output
    particle = next(line for line in result.output.splitlines() if "structural particle" in line)
    assert "preceding modifying adverbial adjunct" in particle


def test_everyday_entries_come_before_names(core):
    entries = json.loads(run("lookup", "--json", "神").stdout)
    assert entries[0]["pinyin"] == "shen2" and entries[-1]["pinyin"] == "Shen2"


def test_a_query_over_the_limit_is_one_line(core):
    from readaid.language.dictionary import QUERY_LIMIT

    result = CliRunner().invoke(cli, ["lookup", "bank " * 30])
    assert result.exit_code == 1
    assert result.output == (
        f"readaid: a query is at most {QUERY_LIMIT} characters ({len('bank ' * 30) - 1} given)\n"
    )


def lookup_json(*args):
    result = run("lookup", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def headwords(entries, first=10):
    return [e["simplified"] for e in entries[:first]]


@pytest.mark.parametrize(
    ("query", "before", "after"),
    [
        ("ta", "她", "踏"),
        ("ta", "它", "踏"),
        ("ta1", "他", "塌"),
        ("shi4", "是", "势"),
        ("shi4", "事", "势"),
        ("hen", "很", "狠"),
        ("mei", "没", "媒"),
        ("xian", "先", "见"),  # 见 xiàn is the character's rare reading
    ],
)
def test_pinyin_lookup_puts_common_words_first(core, query, before, after):
    found = headwords(lookup_json(query), first=50)
    assert before in found[:10], found
    assert after not in found or found.index(before) < found.index(after), found


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("ta", "他"),
        ("shi4", "是"),
        ("mei", "没"),
        ("lü", "率"),
        ("xi'an", "西安"),
        ("xi an", "西安"),
        ("Xī'ān", "西安"),
        ("xue2xi", "学习"),
        ("xuéxi", "学习"),
        ("xue2 xi2", "学习"),
        ("typhoon", "台风"),
        ("water", "水"),
    ],
)
def test_lookup_first_entry(core, query, first):
    assert headwords(lookup_json(query), first=1) == [first]


@pytest.mark.parametrize("query", ["lü", "lv4", "lu:4", "lǜ", "LV4"])
def test_every_spelling_of_u_umlaut_finds_green(core, query):
    assert "绿" in headwords(lookup_json(query))


def test_apostrophe_is_a_syllable_break(core):
    found = lookup_json("xi'an")
    assert found and all(len(e["pinyin"].split()) >= 2 for e in found), headwords(found)


def test_typhoon_is_the_word_before_the_bound_character(core):
    found = lookup_json("typhoon")
    assert [(e["simplified"], e["traditional"]) for e in found[:2]] == [
        ("台风", "颱風"),
        ("台", "颱"),
    ]


def test_pasted_phrase_shows_each_word(core):
    found = lookup_json("我爱北京天安门")
    assert list(dict.fromkeys(e["simplified"] for e in found)) == ["我", "爱", "北京", "天安门"]
    assert [e["query"] for e in found if e["simplified"] == "北京"] == ["北京"]
    result = run("lookup", "我爱北京天安门")
    assert result.exit_code == 0, result.output
    assert "Tiananmen Gate" in result.output and "to love" in result.output


def test_a_persons_name_gets_the_entry_the_reader_shows(core):
    """李大海 is in no dictionary: read as a name, as the reader reads it, not "no entry"."""
    result = run("lookup", "李大海")
    assert result.exit_code == 0, result.output
    assert "Lǐ Dàhǎi" in result.output and "given name 大海 Dàhǎi" in result.output
    found = lookup_json("王小明是学生")
    assert [(e["simplified"], e["pinyin"]) for e in found[:1]] == [("王小明", "Wang2 Xiao3 ming2")]
    assert "学生" in headwords(found)


def test_phrase_in_traditional_is_cut_too(core):
    assert "天安门" in headwords(lookup_json("我愛北京天安門"))


def test_pinyin_with_a_wrong_tone_finds_nothing(core):
    result = run("lookup", "xue3xi")
    assert result.exit_code == 1
    assert result.output.strip() == "readaid: no entry for xue3xi"
