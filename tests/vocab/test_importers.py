"""Known-word lists from the places learners keep them."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.vocab.importers import ImportFileError, detect_format, read_known_words
from readaid.vocab.store import VocabularyStore, WordStatus


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def forms(path: Path, file_format: str = "auto") -> list[tuple[str, str]]:
    return [(s, t) for s, t, _ in read_known_words(path, file_format).words]


def test_plain_word_list_in_either_script_and_gbk(tmp_path: Path) -> None:
    path = write(tmp_path, "known.txt", "# my words\n银行\n學生 猫、狗\n\nhello\n银行\n", "gb18030")
    assert detect_format(path, path.read_bytes().decode("gb18030")) == "words"
    assert forms(path) == [("银行", "銀行"), ("学生", "學生"), ("猫", "貓"), ("狗", "狗")]
    assert read_known_words(path).skipped == 1


def test_csv_with_a_named_column_and_a_bom(tmp_path: Path) -> None:
    text = '\ufeffEnglish,Hanzi,Pinyin\nbank,银行,yin2hang2\n"cat, small",猫,mao1\nx,=cmd,\n'
    path = write(tmp_path, "list.csv", text)
    result = read_known_words(path)
    assert [(s, t) for s, t, _ in result.words] == [("银行", "銀行"), ("猫", "貓")]
    assert result.skipped == 1


def test_csv_without_a_header_uses_the_first_chinese_cell(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "1;银行;bank\n2;学生;student\n")
    assert forms(path) == [("银行", "銀行"), ("学生", "學生")]


def test_pleco_export_keeps_both_scripts(tmp_path: Path) -> None:
    text = (
        "//HSK/Level 1\n银行[銀行]\tyin2hang2\tbank\n猫\tmāo\tcat\n"
        "//Other\n干净[乾淨]\tgan1jing4\tclean\n"
    )
    path = write(tmp_path, "pleco.txt", text)
    assert detect_format(path, text) == "pleco"
    assert forms(path) == [("银行", "銀行"), ("猫", "貓"), ("干净", "乾淨")]


def test_anki_notes_in_plain_text_with_guid_and_html(tmp_path: Path) -> None:
    text = (
        "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#tags column:5\n"
        "abc\tChinese\t<b>银行</b>\t<span>yín</span>háng\tHSK3\n"
        'def\tChinese\t"&nbsp;学生"\tstudent\t\n'
        "ghi\tBasic\tenglish only\tx\t\n"
    )
    path = write(tmp_path, "anki.txt", text)
    assert detect_format(path, text) == "anki"
    result = read_known_words(path)
    assert [(s, t) for s, t, _ in result.words] == [("银行", "銀行"), ("学生", "學生")]
    assert result.skipped == 1


def test_headerless_anki_export_is_tab_separated(tmp_path: Path) -> None:
    text = "猫\tmāo\tcat\n狗\tgǒu\tdog\n"
    path = write(tmp_path, "Chinese.txt", text)
    assert detect_format(path, text) == "anki"
    assert forms(path) == [("猫", "貓"), ("狗", "狗")]


def test_marking_an_imported_list_known(store: VocabularyStore, tmp_path: Path) -> None:
    store.save("银行", "銀行", "yin2 hang2")
    path = write(tmp_path, "known.txt", "銀行\n学生\n")
    assert store.mark_known(read_known_words(path).words) == 2
    statuses = store.statuses()
    assert statuses["銀行"] is statuses["学生"] is statuses["學生"] is WordStatus.KNOWN
    assert len(store.words()) == 2


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot read"):
        read_known_words(tmp_path / "nope.txt")


def test_a_field_over_the_csv_limit_is_one_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path, "big.csv", 'hanzi\n银行\n"' + "x" * 200_000 + '"\n')
    with pytest.raises(ImportFileError, match=r"big\.csv: not a readable csv list \(field larger"):
        read_known_words(path)


def test_a_non_decimal_column_number_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path, "anki.txt", "#separator:tab\n#tags column:²\n银行\tbank\n")
    assert forms(path) == [("银行", "銀行")]


@pytest.mark.parametrize("device", ["/dev/zero", "fifo"])
def test_only_regular_files_are_read(tmp_path: Path, device: str) -> None:
    import os

    if device == "fifo":
        device = str(tmp_path / "fifo")
        os.mkfifo(device)
    with pytest.raises(ImportFileError, match="not a regular file"):
        read_known_words(Path(device))


def test_a_list_over_the_input_limit_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    from readaid.text import files

    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 1000)
    path = write(tmp_path, "huge.txt", "银行\n" * 200)
    with pytest.raises(ImportFileError, match="too large"):
        read_known_words(path)


def test_a_cell_too_long_to_be_a_word_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "known.txt", "银行\n" + "字" * 5000 + "\n")
    result = read_known_words(path)
    assert [w[0] for w in result.words] == ["银行"] and result.skipped == 1


def test_a_quoted_anki_field_may_span_lines(tmp_path: Path) -> None:
    text = '#separator:tab\n"银行"\t"a bank,\nwhere money is"\n学生\tx\n'
    path = write(tmp_path, "anki.txt", text)
    assert forms(path) == [("银行", "銀行"), ("学生", "學生")]
