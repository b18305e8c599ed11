import pytest

from readaid.language import dictionary as dictionary_module
from readaid.language.dictionary import open_dictionary
from readaid.language.sources import Source, default_sources

SMALL = """#! version=7
#! date=2024-01-01
銀行 银行 [yin2 hang2] /bank/CL:家[jia1]/
行 行 [hang2] /row/line/
行 行 [xing2] /to walk/to go/
印航 印航 [Yin4 hang2] /Air India (abbr.)/
"""


@pytest.fixture()
def small_source(tmp_path):
    path = tmp_path / "small.u8"
    path.write_text(SMALL, encoding="utf-8")
    return Source("small", path)


def test_cache_is_built_once_and_reused(tmp_path, small_source, monkeypatch):
    first = open_dictionary([small_source], cache=tmp_path / "cache")
    assert first.lookup("銀行")[0].senses == ("bank",)
    calls = []
    monkeypatch.setattr(dictionary_module, "build_cache", lambda *a: calls.append(a))
    second = open_dictionary([small_source], cache=tmp_path / "cache")
    assert calls == [], "a second start must not re-parse the sources"
    assert second.path == first.path


def test_stale_cache_is_rebuilt_when_the_source_changes(tmp_path, small_source):
    before = open_dictionary([small_source], cache=tmp_path / "cache")
    small_source.path.write_text(SMALL + "貓 猫 [mao1] /cat/\n", encoding="utf-8")
    after = open_dictionary([small_source], cache=tmp_path / "cache")
    assert after.path != before.path
    assert after.lookup("猫")[0].senses == ("cat",)


def test_only_the_most_recently_used_caches_are_kept(tmp_path, small_source):
    from readaid.language.dictionary import KEPT_CACHES

    built = []
    for extra in range(KEPT_CACHES + 2):
        small_source.path.write_text(
            SMALL + f"詞{extra} 词{extra} [ci2] /word {extra}/\n", encoding="utf-8"
        )
        built.append(open_dictionary([small_source], cache=tmp_path / "cache").path)
    kept = sorted((tmp_path / "cache").glob("dictionary-*.sqlite"))
    assert sorted(built[-KEPT_CACHES:]) == kept


def test_building_is_announced(tmp_path, small_source):
    told = []
    open_dictionary([small_source], cache=tmp_path / "cache", on_build=lambda: told.append(1))
    open_dictionary([small_source], cache=tmp_path / "cache", on_build=lambda: told.append(2))
    assert told == [1], "only a build is announced, not an open"


def test_source_info_and_header(tmp_path, small_source):
    info = open_dictionary([small_source], cache=tmp_path / "c").sources()
    assert (
        info[0].name == "small" and info[0].entries == 4 and info[0].header["date"] == "2024-01-01"
    )


@pytest.fixture(scope="module")
def full(core):
    return core.dictionary


@pytest.mark.parametrize("word", ["银行", "銀行"])
def test_lookup_in_either_script(full, word):
    assert [e.pinyin for e in full.lookup(word)] == ["yin2 hang2"]


@pytest.mark.parametrize("query", ["yinhang", "yin2hang2", "yín háng", "yin2 hang2", "YinHang"])
def test_pinyin_search(full, query):
    assert full.search_pinyin(query)[0].simplified == "银行"


def test_pinyin_search_respects_tones(full):
    assert all(e.pinyin.lower().startswith("ma1") for e in full.search_pinyin("ma1"))


def test_english_search_puts_exact_senses_first(full):
    assert full.search_english("bank")[0].simplified == "银行"
    assert full.search_english("cat")[0].simplified == "猫"


def test_every_han_character_has_an_entry(full):
    assert full.character("𠮷")[0].fallback
    assert full.character("中")[0].simplified == "中"


def test_supplement_is_stacked_after_cedict(full):
    names = [s.name for s in full.sources()]
    assert names[:2] == ["CC-CEDICT", "readaid supplement"]
    assert full.lookup("大模型")[0].source == "readaid supplement"


def test_dropped_dictionary_is_stacked(readaid_home, tmp_path, monkeypatch):
    dropped = tmp_path / "dictionaries"
    dropped.mkdir()
    (dropped / "canto.u8").write_text(
        "食飯 食饭 [shi2 fan4] {sik6 faan6} /to eat a meal/\n", encoding="utf-8"
    )
    monkeypatch.setattr("readaid.paths.user_dictionaries_dir", lambda: dropped)
    sources = default_sources()
    assert [s.name for s in sources][-1] == "canto"
    stacked = open_dictionary(sources, cache=tmp_path / "cache")
    assert [(e.source, e.jyutping) for e in stacked.lookup("食飯")][-1] == ("canto", "sik6 faan6")


def test_english_search_ranks_common_words_first(full):
    assert [e.simplified for e in full.search_english("bank")][:2] == ["银行", "岸"]
    assert full.search_english("to eat")[0].simplified == "吃"


def test_building_reports_its_steps(tmp_path, small_source):
    steps: list[str] = []
    open_dictionary([small_source], cache=tmp_path / "cache", report=steps.append)
    assert steps[0] == "reading small" and steps[-1] == "indexing"
    steps.clear()
    open_dictionary([small_source], cache=tmp_path / "cache", report=steps.append)
    assert steps == [], "an existing cache opens without a word"


class NoQueries:
    def execute(self, *args):
        raise AssertionError("asked SQL about a word of a book")


def _as_for_a_book(dictionary, monkeypatch) -> None:
    """Read the lists a book's count reads, then allow no more queries."""
    dictionary.headwords()
    dictionary.name_only_words()
    monkeypatch.setattr(dictionary, "_db", NoQueries())


@pytest.mark.parametrize("book", [False, True], ids=["asked", "a-book"])
def test_common_words_are_those_with_an_entry_that_is_no_name(full, book, monkeypatch):
    """Asked in SQL and remembered, or for a book (its lists read) without a query: the
    same answer as reading every entry."""
    words = ["南北", "陈美", "银行", "銀行", "李白", "张", "王", "北京", "大海", "志强"]
    words += ["小明", "不是词", "印航", "東方", "东方", "欧阳", "蔡英文", "中国", "人"]
    fresh = dictionary_module.Dictionary(full.path)
    if book:
        _as_for_a_book(fresh, monkeypatch)
    expected = {w for w in words if any(not e.is_proper_noun for e in full.lookup(w))}
    assert "南北" in expected and "陈美" not in expected and "北京" not in expected
    assert fresh.common_words(words) == expected
    assert fresh.common_words(words[:5]) == expected & set(words[:5])  # from memory


@pytest.mark.parametrize("book", [False, True], ids=["asked", "a-book"])
def test_names_are_words_whose_every_entry_is_a_name(full, book, monkeypatch):
    """Asked in SQL, or for a book (its lists read) without a query: the same answer as
    reading every entry."""
    words = ["南北", "陈美", "银行", "銀行", "李白", "张", "王", "北京", "大海", "志强"]
    words += ["小明", "不是词", "印航", "東方", "东方", "欧阳", "蔡英文", "中国", "人", "AA制"]
    fresh = dictionary_module.Dictionary(full.path)
    entries = {w: full.lookup(w) for w in words}
    if book:
        _as_for_a_book(fresh, monkeypatch)
    expected = {w for w, found in entries.items() if found and all(e.is_proper_noun for e in found)}
    assert {"北京", "李白", "AA制"} <= expected and not {"南北", "银行", "不是词"} & expected
    assert fresh.names(words) == expected
    assert fresh.names(words[:5]) == expected & set(words[:5])  # from memory


def test_the_word_lists_kept_for_a_book_are_those_of_the_tables(full):
    """The headwords and those whose every entry is a name, kept joined when the cache is
    built, are what reading the tables row by row gives."""
    db = full._db
    readings: dict[str, list[str]] = {}
    for word, pinyin in db.execute(
        "SELECT h.word, e.pinyin FROM headwords h JOIN entries e ON e.id = h.entry"
    ):
        readings.setdefault(word, []).append(pinyin)
    name_only = {w for w, found in readings.items() if all(p[:1].isupper() for p in found)}
    fresh = dictionary_module.Dictionary(full.path)
    assert fresh.headwords() == set(readings) and "银行" in readings
    assert fresh.name_only_words() == name_only
    assert {"北京", "李白"} <= name_only and not {"王", "银行"} & name_only


def test_a_name_only_entry_makes_no_common_word(tmp_path, small_source):
    small = open_dictionary([small_source], cache=tmp_path / "cache")
    assert small.common_words(["银行", "行", "印航", "没有"]) == {"银行", "行"}


def test_phrase_readings_are_remembered_in_one_update(full):
    """The reader asks from a worker while the UI thread reads too: a memo that said ""
    before the phrase's reading arrived would let the other thread see a wrong "unknown"."""

    class Watched(dict):
        seen: list[dict] = []

        def update(self, *args, **kwargs):
            self.seen.append(dict(*args, **kwargs))
            super().update(*args, **kwargs)

    fresh = dictionary_module.Dictionary(full.path)
    fresh._context_memo = Watched()
    assert fresh.context_phrases(["银行", "不是词组"]) == {"银行": "yin2 hang2"}
    assert all(update.get("银行", "yin2 hang2") for update in Watched.seen), Watched.seen
