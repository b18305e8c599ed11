import json

from click.testing import CliRunner

from readaid.cli import cli


def test_annotate_traditional_writes_words_as_their_reading_has_them(core):
    result = CliRunner().invoke(
        cli,
        ["annotate", "-", "--to", "json", "--script", "traditional"],
        input="台风过后，我得走了。",
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["text"] == "".join(t["text"] for t in payload["tokens"])
    assert payload["text"].startswith("颱風過後")
    typhoon, must = payload["tokens"][0], payload["tokens"][4]
    assert (typhoon["traditional"], typhoon["definitions"][0]) == ("颱風", "typhoon")
    assert (must["text"], must["pinyin"], must["definitions"][0]) == ("得", "dei3", "to have to")
