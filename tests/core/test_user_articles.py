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


def test_a_word_saved_from_the_site_banner_keeps_no_sentence(core, user_seeds):
    """Saving 神話 in article 000 stored the site's banner and its URL as the card's sentence."""
    banner = next(p for p in user_seeds if p.name.startswith("000"))
    text = banner.read_text(encoding="utf-8")
    document = core.open(text)
    assert document.sentence_text(text.index("神話")) == ("", 0)
    sentence, _ = document.sentence_text(text.index("抄襲事件過去"))
    assert sentence.startswith("抄襲事件過去") and "http" not in sentence


def test_every_article_keeps_most_of_its_paragraphs_as_text(core, user_seeds):
    for path in user_seeds:
        document = core.open(path.read_text(encoding="utf-8"))
        roles = [
            document.roles[p]
            for p, (s, e) in enumerate(document.paragraphs)
            if document.text[s:e].strip()
        ]
        text = sum(role.value == "text" for role in roles)
        assert text / len(roles) > 0.7, path.name
