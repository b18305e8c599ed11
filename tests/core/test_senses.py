"""Every view leads with the reading and sense the text uses; Traditional forms follow it."""

import pytest

from readaid.language.annotation import annotate
from readaid.language.script import Script
from readaid.language.senses import characters_in_context, form_for_reading, lead_with


@pytest.mark.parametrize(
    ("word", "reading", "first"),
    [
        ("得", "dei3", ("得", "dei3", "to have to")),
        ("得", "de2", ("得", "de2", "to obtain")),
        ("曲", "qu3", ("曲", "qu3", "tune")),
        ("台风", "tai2 feng1", ("颱風", "tai2 feng1", "typhoon")),
        ("干", "gan1", ("乾", "gan1", "dry")),
        ("干", "gan4", ("幹", "gan4", "tree trunk")),
        ("李", "Li3", ("李", "Li3", "surname Li")),
        ("李", "li3", ("李", "li3", "plum")),
    ],
)
def test_the_entry_read_and_meant_in_the_text_leads(core, word, reading, first):
    led = core.led_entries(word, reading)
    assert (led[0].traditional, led[0].pinyin, led[0].senses[0]) == first
    assert sorted(map(id, led)) == sorted(map(id, core.entries(word)))  # nothing lost


def test_the_usual_traditional_form_comes_from_the_dictionary_cache(core):
    assert core.dictionary.usual_traditional("台风") == "颱風"
    assert core.dictionary.usual_traditional("银行") == ""  # written one way
    # Without it only the reading leads; entries sharing it keep the dictionary's order.
    plain = lead_with(core.entries("台风"), "tai2 feng1")
    assert [e.traditional for e in plain] == [e.traditional for e in core.entries("台风")]


def test_each_character_leads_with_its_own_syllable(core):
    characters = core.dictionary.characters("首部曲")
    led = characters_in_context(characters, "shou3 bu4 qu3")
    assert led[2][1][0].pinyin == "qu3"
    # A reading that does not fit the characters leaves them as they are.
    assert characters_in_context(characters, "shou3") == [(c, list(e)) for c, e in characters]


@pytest.mark.parametrize(
    ("shown", "word", "reading", "script", "expected"),
    [
        ("幹", "干", "gan1", Script.TRADITIONAL, "乾"),
        ("幹", "干", "gan4", Script.TRADITIONAL, "幹"),
        ("颱風", "台风", "tai2 feng1", Script.TRADITIONAL, "颱風"),
        # OpenCC's form has the reading in use: its context decides, not the word alone.
        ("臺風", "台风", "tai2 feng1", Script.TAIWAN, "臺風"),
        ("幹", "干", "gan1", Script.SIMPLIFIED, "幹"),  # only Traditional scripts change
        ("後", "后", "hou4", Script.TRADITIONAL, "後"),  # OpenCC's form, the dictionary's own
    ],
)
def test_the_traditional_form_follows_the_reading(core, shown, word, reading, script, expected):
    led = core.led_entries(word, reading)
    assert form_for_reading(shown, led, reading, script) == expected


def test_the_reader_and_annotations_write_dry_gan_as_qian(core):
    # The site's printed reading makes 干 gān here, whatever the reading rules say.
    document = core.open("衣服干了。我去干活。", hints={2: "gan1"})
    assert core.paragraph_text(document, 0, Script.TRADITIONAL) == "衣服乾了。我去幹活。"
    tokens = annotate(core, document, Script.TRADITIONAL)
    dry = next(t for t in tokens if t.start == 2)
    assert (dry.text, dry.traditional, dry.definitions[0]) == ("乾", "乾", "dry")


def test_annotated_typhoon_is_written_and_glossed_as_one(core):
    tokens = annotate(core, core.open("台风过后"), Script.TRADITIONAL)
    assert (tokens[0].text, tokens[0].traditional) == ("颱風", "颱風")
    assert tokens[0].definitions[0] == "typhoon"
