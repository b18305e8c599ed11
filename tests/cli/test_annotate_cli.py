import difflib
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_json_tokens_have_spans_kinds_readings_and_definitions(core):
    result = run("annotate", "-", "--to", "json", input="我在銀行工作。AI")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    tokens = payload["tokens"]
    assert "".join(t["text"] for t in tokens) == "我在銀行工作。AI"
    bank = next(t for t in tokens if t["text"] == "銀行")
    assert (bank["start"], bank["end"], bank["kind"], bank["pinyin"]) == (
        2,
        4,
        "chinese",
        "yin2 hang2",
    )
    assert bank["definitions"] == ["bank"]
    assert tokens[-1] | {"pinyin": ""} == tokens[-1] and tokens[-1]["kind"] == "latin"


def test_script_option_converts_and_keeps_spans(core):
    original = json.loads(run("annotate", "-", "--to", "json", input="我在銀行工作。").stdout)
    simplified = json.loads(
        run(
            "annotate", "-", "--to", "json", "--script", "simplified", input="我在銀行工作。"
        ).stdout
    )
    assert simplified["text"] == "我在银行工作。"
    assert [(t["start"], t["end"]) for t in simplified["tokens"]] == [
        (t["start"], t["end"]) for t in original["tokens"]
    ]


def test_txt_puts_readings_after_words(core):
    result = run("annotate", "-", "--to", "txt", input="我觉得这个地方很便宜。")
    assert result.stdout == "我(wǒ)觉得(juéde)这个(zhège)地方(dìfang)很(hěn)便宜(piányi)。"


def test_html_is_a_standalone_ruby_page_and_escapes_text(core):
    result = run("annotate", "-", "--to", "html", input="银行<script>alert(1)</script>")
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>")
    assert (
        '<span class="w" title="bank"><ruby>银<rt class="t2">yín</rt>'
        '行<rt class="t2">háng</rt></ruby></span>' in page
    )
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_markdown_has_ruby_and_word_list(core):
    result = run("annotate", "-", "--to", "md", input="银行")
    assert "<ruby" in result.stdout and "| 银行 | yínháng | bank |" in result.output


def test_output_file_is_written(core, tmp_path):
    out = tmp_path / "out.json"
    result = run("annotate", "-", "--to", "json", "-o", str(out), input="你好")
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["tokens"][0]["pinyin"] == "ni3 hao3"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"], "no temp file is left behind"


def test_empty_and_non_chinese_input_are_annotated(core):
    assert run("annotate", "-", "--to", "json", input="").exit_code == 0
    result = run("annotate", "-", "--to", "txt", input="hello world")
    assert result.exit_code == 0 and result.stdout == "hello world"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
        (
            lambda p: _write(
                p / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
            ),
            "not text",
        ),
    ],
    ids=["missing", "directory", "binary"],
)
def test_bad_input_is_one_line_and_exit_1(core, tmp_path, make, message):
    result = run("annotate", str(make(tmp_path)))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output


def test_unwritable_output_is_one_line(core, tmp_path):
    result = run("annotate", "-", "-o", str(tmp_path / "no" / "such" / "dir.txt"), input="你好")
    assert result.exit_code == 1 and "cannot write" in result.output


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_golden_annotation_of_bundled_samples(core, seed):
    """Whole-article golden files; regenerate with READAID_UPDATE_GOLDEN=1 after reviewing
    the change."""
    result = run("annotate", str(seed), "--to", "txt")
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"{seed.stem}.txt"
    if os.environ.get("READAID_UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    diff = "\n".join(
        difflib.unified_diff(
            expected.splitlines(), result.stdout.splitlines(), "golden", "now", lineterm=""
        )
    )
    assert result.stdout == expected, diff


def test_sandhi_is_off_by_default_and_optional(core):
    plain = run("annotate", "-", "--to", "txt", input="我不是一个人。")
    assert plain.stdout == "我(wǒ)不是(bùshì)一(yī)个(gè)人(rén)。"
    spoken = run("annotate", "-", "--to", "txt", "--sandhi", input="我不是一个人。")
    assert spoken.stdout == "我(wǒ)不是(búshì)一(yí)个(gè)人(rén)。"


def test_pinyin_glued_after_characters_is_removed_and_used(core, tmp_path):
    page = tmp_path / "glued.txt"
    # The site's reading chooses among 還's own (readaid alone would say hái here).
    page.write_text("這個創(chuàng)新還(huán)來。", encoding="utf-8")
    result = run("annotate", str(page), "--to", "json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["text"] == "這個創新還來。"
    assert next(t for t in payload["tokens"] if t["text"] == "還")["pinyin"] == "huan2"


def test_notices_go_to_stderr_and_repair_can_be_turned_off(core, tmp_path):
    page = tmp_path / "glued.txt"
    page.write_text("創(chuàng)新", encoding="utf-8")
    runner = CliRunner()
    repaired = runner.invoke(cli, ["annotate", str(page), "--to", "txt"])
    assert repaired.stdout == "創新(chuàngxīn)"
    assert "readaid: note: removed 1 pinyin annotation" in repaired.stderr
    kept = runner.invoke(cli, ["annotate", str(page), "--to", "txt", "--no-repair"])
    assert kept.stdout.startswith("創(chuàng)(")


def test_narrow_turns_full_width_latin_into_ascii(core):
    result = CliRunner().invoke(
        cli, ["annotate", "-", "--to", "txt", "--narrow"], input="ＡＩ模型２０２４"
    )
    assert result.stdout == "AI模型(móxíng)2024"


def test_markdown_from_the_article_is_shown_not_rendered(core):
    result = run("annotate", "-", "--to", "md", input="点[我](javascript:alert(1)) *粗*")
    body = result.stdout.split("## Words")[0]
    assert "\\[" in body and "\\]\\(javascript:alert\\(1\\)\\)" in body and "\\*" in body
    assert "](javascript" not in body


def test_txt_separates_syllables_with_an_apostrophe(core):
    assert run("annotate", "-", "--to", "txt", input="西安").stdout == "西安(Xī'ān)"


def test_json_lists_every_paragraph_with_its_role(core):
    page = (
        "城市晚报 https://example.com 首页 新闻\n"
        "\n"
        "今天上午，市政府召开新闻发布会，介绍了城市交通建设的最新进展。\n"
        "扫一扫下载APP"
    )
    result = run("annotate", "-", "--to", "json", input=page)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    spans = [(page[p["start"] : p["end"]], p["role"]) for p in payload["paragraphs"]]
    assert spans == [
        ("城市晚报 https://example.com 首页 新闻", "furniture"),
        ("今天上午，市政府召开新闻发布会，介绍了城市交通建设的最新进展。", "text"),
        ("扫一扫下载APP", "furniture"),
    ]


def test_json_paragraph_roles_on_the_users_articles(core, user_seeds):
    for seed in user_seeds:
        payload = json.loads(run("annotate", str(seed), "--to", "json").stdout)
        text, paragraphs = payload["text"], payload["paragraphs"]
        assert [p["start"] for p in paragraphs] == sorted(p["start"] for p in paragraphs)
        assert all(text[p["start"] : p["end"]].strip() for p in paragraphs), seed.name
        assert "text" in {p["role"] for p in paragraphs}, seed.name
