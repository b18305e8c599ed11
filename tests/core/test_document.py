import subprocess
import sys

from readaid.language.script import Script, convert

TEXT = "第一段。第二句！\n\n他说：“好。”然后走了。\n最后"


def test_paragraphs_cover_the_text(core):
    document = core.open(TEXT)
    assert [TEXT[s:e] for s, e in document.paragraphs] == [
        "第一段。第二句！\n",
        "\n",
        "他说：“好。”然后走了。\n",
        "最后",
    ]


def test_sentences_keep_closing_quotes(core):
    document = core.open(TEXT)
    tokens = document.tokens(2)
    sentences = ["".join(t.text for t in tokens[a:b]) for a, b in document.sentences(2)]
    assert sentences == ["他说：“好。”", "然后走了。\n"]


def test_sentence_text_around_an_offset(core):
    document = core.open(TEXT)
    offset = TEXT.index("走")
    sentence, position = document.sentence_text(offset)
    assert sentence == "然后走了。" and sentence[position] == "走"


def test_token_at_offset(core):
    document = core.open("我在银行工作")
    paragraph, index = document.token_at(3)
    assert document.tokens(paragraph)[index].text == "银行"


def test_merge_and_split(core):
    document = core.open("我在银行工作")
    document.merge(2, 6)
    assert [t.text for t in document.tokens(0)] == ["我", "在", "银行工作"]
    document.split(4)
    assert [t.text for t in document.tokens(0)] == ["我", "在", "银行", "工作"]


def test_scripts_keep_length(core):
    for script in Script:
        assert len(convert(TEXT + "後來發展得很快", script)) == len(TEXT) + 7
    assert convert("银行后来", Script.TRADITIONAL) == "銀行後來"
    assert convert("銀行後來", Script.SIMPLIFIED) == "银行后来"
    assert convert("软件", Script.TAIWAN) == "軟件"


def test_core_does_not_import_textual():
    code = (
        "import sys, readaid.language.reader, readaid.language.annotation, readaid.text;"
        "assert 'textual' not in sys.modules, 'core imported textual'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_language_core_imports_no_loader_store_or_front_end():
    """The layers point one way: text -> language; nothing in language reaches back up."""
    import ast
    from pathlib import Path

    import readaid.language

    upward = ("readaid.text", "readaid.vocab", "readaid.cli", "readaid.tui", "textual")
    package = Path(readaid.language.__file__).parent
    found = []
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            found += [f"{module.name}: {n}" for n in names if n.startswith(upward)]
    assert found == []


def test_a_huge_line_is_cut_into_bounded_paragraphs(core):
    from readaid.language.document import MAX_PARAGRAPH

    line = "我在银行工作，觉得这个地方很好。" * 20_000 + "结尾"
    document = core.open(line)
    assert all(end - start <= MAX_PARAGRAPH for start, end in document.paragraphs)
    assert document.paragraphs[0][1] == line.rindex("。", 0, MAX_PARAGRAPH) + 1, (
        "cut after a sentence"
    )
    assert "".join(line[s:e] for s, e in document.paragraphs) == line
    last = len(document) - 1
    assert "".join(t.text for t in document.tokens(last)).endswith("结尾")


def test_a_huge_line_without_sentences_is_still_bounded(core):
    from readaid.language.document import MAX_PARAGRAPH

    line = "字" * (MAX_PARAGRAPH * 3 + 5)
    spans = core.open(line).paragraphs
    assert [e - s for s, e in spans] == [MAX_PARAGRAPH] * 3 + [5]


PAGE = (
    "城市晚报 https://example.com 首页 新闻 社会\n"
    "今天上午，市政府召开新闻发布会，介绍了城市交通建设的最新进展。"
    "详情见 https://example.com/a 网页。\n"
    "扫一扫下载APP\n"
)


def test_paragraph_roles_and_the_learners_flip(core):
    document = core.open(PAGE)
    assert [document.is_furniture(p) for p in range(3)] == [True, False, True]
    assert document.flip_role(2).value == "text"
    assert not document.is_furniture(2)
    assert document.overrides.roles == {PAGE.index("扫"): document.roles[2]}
    again = core.open(PAGE, overrides=document.overrides)
    assert [again.is_furniture(p) for p in range(3)] == [True, False, False]


def test_a_saved_sentence_is_article_text_without_addresses(core):
    document = core.open(PAGE)
    assert document.sentence_text(PAGE.index("新闻")) == ("", 0)  # the site's banner
    sentence, position = document.sentence_text(PAGE.index("网页"))
    assert sentence == "网页。" and sentence[position] == "网"
    sentence, position = document.sentence_text(PAGE.index("详情"))
    assert sentence == "详情见" and position == 0
    assert document.sentence_text(PAGE.index("example")) == ("", 0)
