"""The learner's display choices are kept: p, P, c and i in the config file (with its
comments), the script per text; the Traditional variant comes from the config; a bad
value in the config names the key, the valid values and the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.language.script import Script
from readaid.tui.app import make_app
from readaid.tui.config import ConfigError, load_config
from readaid.tui.preferences import Preferences
from readaid.tui.view_settings import PinyinMode

from .conftest import article, wait_for, wait_opened

SIZE = (100, 30)


async def test_display_choices_become_the_defaults_in_the_config(
    core, fake_store, positions, tmp_path: Path
):
    path = tmp_path / "config.toml"
    path.write_text('# my settings\n[reader]\nscript = "simplified"  # always\n', encoding="utf-8")
    app = make_app(
        article(), core=core, store=fake_store, positions=positions, preferences=Preferences(path)
    )
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("p", "P", "c", "i", "q")
    text = path.read_text(encoding="utf-8")
    assert "# my settings" in text and "# always" in text
    config = load_config(path)
    assert config.pinyin is PinyinMode.INLINE and config.pinyin_style == "numbers"
    assert config.tone_colours is False and config.gloss_panel is False
    assert config.script is Script.SIMPLIFIED  # t's choice is per text, not written here


async def test_choices_are_written_soon_not_only_at_quit(
    core, fake_store, positions, tmp_path: Path
):
    path = tmp_path / "config.toml"
    app = make_app(
        article(), core=core, store=fake_store, positions=positions, preferences=Preferences(path)
    )
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("p", "p")
        await wait_for(pilot, lambda: path.is_file(), "the config to be written")
        assert load_config(path).pinyin is PinyinMode.UNKNOWN


async def test_the_script_is_kept_per_text(core, fake_store, positions):
    first = make_app(article(), core=core, store=fake_store, positions=positions)
    async with first.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("t", "t")
        assert first.screen.settings.script is Script.TRADITIONAL
        await pilot.press("q")
    again = make_app(article(), core=core, store=fake_store, positions=positions)
    async with again.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        assert again.screen.settings.script is Script.TRADITIONAL
        assert "Traditional" in str(again.screen.query_one("#status").render())
    other = make_app(article("别的文章。"), core=core, store=fake_store, positions=positions)
    async with other.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        assert other.screen.settings.script is Script.ORIGINAL


@pytest.mark.parametrize(
    ("variant", "script", "shown"),
    [("standard", Script.TRADITIONAL, "這裏"), ("taiwan", Script.TAIWAN, "這裡")],
)
async def test_the_traditional_variant_comes_from_the_config(
    core, fake_store, positions, tmp_path: Path, variant, script, shown
):
    path = tmp_path / "config.toml"
    path.write_text(f'[reader]\ntraditional = "{variant}"\n', encoding="utf-8")
    app = make_app(
        article("我在这里工作。"),
        core=core,
        store=fake_store,
        positions=positions,
        config=load_config(path),
    )
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("t", "t")
        assert app.screen.settings.script is script
        view = app.screen.article
        assert view.flow.display_text(0).startswith(f"我在{shown}")


async def test_help_says_where_choices_are_kept(core, fake_store, positions, tmp_path: Path):
    path = tmp_path / "config.toml"
    app = make_app(
        article(), core=core, store=fake_store, positions=positions, preferences=Preferences(path)
    )
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "HelpScreen", "the help")
        texts = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "become your defaults" in texts and "kept for each text" in texts


@pytest.mark.parametrize(
    ("content", "key", "valid"),
    [
        ('[reader]\npinyin = "above"\n', "pinyin", "over, inline, unknown, off"),
        ('[reader]\npinyin_style = "x"\n', "pinyin_style", "marks, numbers, zhuyin"),
        ('[reader]\nscript = "latin"\n', "script", "original, simplified, traditional"),
        ('[reader]\ntraditional = "tw"\n', "traditional", "standard, taiwan, hongkong"),
        ('[reader]\ntone_colours = "yes"\n', "tone_colours", "true or false"),
    ],
)
def test_a_bad_value_names_the_key_the_valid_values_and_the_file(
    tmp_path: Path, content, key, valid
):
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    message = str(error.value)
    assert str(path) in message and f"[reader] {key}" in message and valid in message
    assert "PinyinMode" not in message and "\n" not in message


def test_preferences_write_nothing_without_a_file():
    assert Preferences(None).remember(pinyin="off") is False


def test_an_unwritable_config_costs_the_choice_not_the_session(tmp_path: Path):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert Preferences(blocked / "config.toml").remember(pinyin="off") is False


def test_a_config_behind_a_symlink_is_written_into_its_target(tmp_path: Path):
    """Dotfiles are often symlinks into a repository: the link must stay a link."""
    target = tmp_path / "dotfiles" / "readaid.toml"
    target.parent.mkdir()
    target.write_text('# mine\n[reader]\npinyin = "over"\n', encoding="utf-8")
    link = tmp_path / "config.toml"
    link.symlink_to(target)
    assert Preferences(link).remember(pinyin="off") is True
    assert link.is_symlink()
    written = target.read_text(encoding="utf-8")
    assert "# mine" in written and 'pinyin = "off"' in written
