"""The user's real articles (../shared/seeds): coverage targets from the reading-core issue."""

from readaid.language.cedict import is_han
from readaid.language.script import to_simplified


def test_every_chinese_token_is_a_dictionary_word(core, user_seeds):
    total = with_entry = 0
    for path in user_seeds:
        text = path.read_text(encoding="utf-8")
        document = core.open(text)
        tokens = document.all_tokens()
        assert "".join(t.text for t in tokens) == text
        for token in tokens:
            if token.is_chinese:
                total += 1
                entries = core.dictionary.lookup(token.text) or core.dictionary.lookup(
                    to_simplified(token.text)
                )
                with_entry += any(not e.fallback for e in entries)
    assert with_entry / total >= 0.98, f"{with_entry}/{total} tokens have a word-level entry"


def test_every_han_character_has_a_gloss(core, user_seeds):
    for path in user_seeds:
        for ch in set(path.read_text(encoding="utf-8")):
            if is_han(ch):
                assert core.entries(ch), ch


def test_person_in_the_articles_is_read_as_a_name(core, user_seeds):
    text = next(
        (
            p.read_text(encoding="utf-8")
            for p in user_seeds
            if "曾國洋" in p.read_text(encoding="utf-8")
        ),
        None,
    )
    assert text is not None
    document = core.open(text)
    offset = text.index("曾國洋")
    paragraph, index = document.token_at(offset)
    assert document.tokens(paragraph)[index].text == "曾國洋"
    assert core.readings(document, paragraph)[index] == "Zeng1 Guo2 yang2"
