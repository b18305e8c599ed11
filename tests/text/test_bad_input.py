"""The catalogue of bad input: each either raises InputError with a one-line message,
or loads with a notice. Never a traceback, never a hang, never the whole file read when
it is too big."""

from __future__ import annotations

import builtins
import os
import struct
import zipfile
import zlib

import pytest

from readaid.text import MAX_INPUT_BYTES, InputError, load


def one_line_error(source) -> str:
    with pytest.raises(InputError) as caught:
        load(source)
    message = str(caught.value)
    assert "\n" not in message and message.strip() == message and message
    return message


def test_missing_path(tmp_path):
    assert "no such file" in one_line_error(tmp_path / "nowhere.txt")


def test_directory(tmp_path):
    assert "is a directory" in one_line_error(tmp_path)


def test_device_is_not_read(tmp_path):
    # /dev/zero never ends; it must be refused from its metadata, not read.
    assert "not a regular file" in one_line_error("/dev/zero")


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("秘密", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:
        # Root reads a mode-000 file anyway, so make open() fail the way the kernel
        # does for everybody else.
        real_open = builtins.open

        def denied(file, mode="r", *args, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, mode, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", denied)
    assert "Permission denied" in one_line_error(path)


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_image(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(png_bytes())
    assert "PNG image, not text" in one_line_error(path)


def test_zip(tmp_path):
    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "中文")
    assert "ZIP archive" in one_line_error(path)


def test_other_binary(tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(range(256)) * 4)
    assert "binary" in one_line_error(path)


def test_bytes_in_no_supported_encoding(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 10)
    assert "cannot decode" in one_line_error(path)


def test_empty_file_loads_with_a_notice(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    loaded = load(path)
    assert loaded.text == ""
    assert any("empty" in notice for notice in loaded.notices)


def test_whitespace_only_loads_with_a_notice(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n\u3000\n", encoding="utf-8")
    loaded = load(path)
    assert loaded.text == " \n\t\n\u3000\n"
    assert any("only whitespace" in notice for notice in loaded.notices)


def test_no_chinese_loads_with_a_notice(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("Just some English.\n", encoding="utf-8")
    loaded = load(path)
    assert loaded.text == "Just some English.\n"
    assert any("no Chinese" in notice for notice in loaded.notices)


def test_chinese_text_has_no_content_notice(tmp_path):
    path = tmp_path / "ok.txt"
    path.write_text("中文\n", encoding="utf-8")
    assert load(path).notices == []


def test_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written
    reads = []
    real_open = builtins.open

    def watched(file, *args, **kwargs):
        reads.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watched)
    message = one_line_error(path)
    assert str(path) not in reads
    assert "200 MiB" in message
    assert f"{MAX_INPUT_BYTES // (1024 * 1024)} MiB" in message


def test_file_growing_past_the_limit_while_read_is_refused(tmp_path, monkeypatch):
    from readaid.text import files

    path = tmp_path / "growing.txt"
    path.write_text("中文" * 10, encoding="utf-8")
    # stat() saw a small file; by the time it is read it is bigger than the limit.
    monkeypatch.setattr(files, "check_file", lambda path, limit: None)
    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 8)
    assert "too large" in one_line_error(path)


def test_one_megabyte_line_loads_and_segments(tmp_path, core):
    sentence = "我们今天去学校读书老师讲了一个很有意思的故事"
    line = (sentence * (1024 * 1024 // len(sentence.encode()) + 1))[:350_000]
    path = tmp_path / "long-line.txt"
    path.write_text(line, encoding="utf-8")
    assert path.stat().st_size >= 1024 * 1024
    loaded = load(path)
    assert loaded.text == line
    document = core.open(loaded.text)
    tokens = document.all_tokens()
    assert "".join(token.text for token in tokens) == line
    assert len(tokens) > len(line) // 4  # segmented into words, not one giant token


UNUSUAL_TEXT = [
    ("astral plane han", "𠮷野家的𰻞𰻞麵"),
    ("emoji with joiners", "我们一家👨\u200d👩\u200d👧\u200d👦去旅行🏳️\u200d🌈"),
    ("combining marks", "拼音 ma\u0304 ma\u0301 ca\u0301fe\u0301 e\u0308\u0301"),
    ("right to left", "中文 שלום עולם العربية 中文"),
    ("variation selectors", "葛\U000e0100城 ☺\ufe0f"),
]


@pytest.mark.parametrize(("label", "text"), UNUSUAL_TEXT, ids=[u[0] for u in UNUSUAL_TEXT])
def test_unusual_characters_survive_unchanged(tmp_path, core, label, text):
    path = tmp_path / "unusual.txt"
    path.write_text(text, encoding="utf-8")
    loaded = load(path)
    assert loaded.text == text, label
    tokens = core.open(loaded.text).all_tokens()
    assert "".join(token.text for token in tokens) == text


def test_lone_surrogates_in_utf16_are_replaced_with_a_notice(tmp_path):
    good = "中文".encode("utf-16-le")
    lone_high = b"\x3d\xd8"  # U+D83D with no low surrogate after it
    lone_low = b"\x00\xdc"
    path = tmp_path / "broken-utf16.txt"
    path.write_bytes(b"\xff\xfe" + good + lone_high + "字".encode("utf-16-le") + lone_low)
    loaded = load(path)
    assert loaded.text == "中文\ufffd字\ufffd"
    assert any("lone surrogates" in notice for notice in loaded.notices)


def test_odd_length_utf16_does_not_crash(tmp_path):
    path = tmp_path / "truncated.txt"
    path.write_bytes(b"\xfe\xff" + "中文".encode("utf-16-be") + b"\x4e")
    loaded = load(path)
    assert loaded.text.startswith("中文") and loaded.text.endswith("\ufffd")
    assert loaded.notices


def test_lone_surrogates_in_a_str_never_reach_the_text():
    from readaid.text.repair import repair
    from readaid.untrusted import make_safe

    assert repair("a\ud800b").text == "a\ufffdb"
    assert make_safe("a\udc00b") == ("a\ufffdb", 1)


@pytest.mark.parametrize("source", ["ftp://example.com/a.txt", "file:///etc/passwd"])
def test_other_url_schemes_are_just_missing_paths(source):
    assert "no such file" in one_line_error(source)
