"""The reader's settings from the ``[reader]`` and ``[keys]`` tables of the config file.

```toml
[reader]
pinyin = "over"          # over | inline | unknown | off
pinyin_style = "marks"   # marks | numbers | zhuyin
script = "original"      # original | simplified | traditional | taiwan | hongkong
traditional = "standard" # the Traditional that `t` shows: standard (OpenCC) | taiwan | hongkong
tone_colours = true
gloss_panel = true

[keys]                   # binding id -> key(s), e.g. save a word with ctrl+s too
save-word = "s,ctrl+s"
```

The reader writes the learner's choices (``p``, ``P``, ``c``) back into ``[reader]``
(see :mod:`readaid.tui.preferences`); the script chosen with ``t`` is kept per text.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from readaid import paths
from readaid.language.script import Script
from readaid.tui.view_settings import PINYIN_STYLES, PinyinMode, ViewSettings


def no_color_requested() -> bool:
    """The NO_COLOR convention: present and not empty."""
    return bool(os.environ.get("NO_COLOR"))


class ConfigError(Exception):
    """The config file cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class ReaderConfig:
    #: Where pinyin goes when a text opens: over, inline, unknown (unknown words only) or off.
    pinyin: PinyinMode = PinyinMode.OVER
    #: Tone marks, tone numbers or zhuyin.
    pinyin_style: str = "marks"
    #: The script a text opens in.
    script: Script = Script.ORIGINAL
    #: Colour syllables by tone (1 red, 2 orange, 3 green, 4 blue, neutral grey); off by
    #: default where NO_COLOR is set (no-color.org).
    tone_colours: bool = field(default_factory=lambda: not no_color_requested())
    #: Which Traditional the script toggle shows: OpenCC's standard forms (裏, 麪), Taiwan's
    #: (裡, 麵) or Hong Kong's.
    traditional: Script = Script.TRADITIONAL
    #: Show the gloss panel for the word under the cursor.
    gloss_panel: bool = True
    #: Binding id -> keys (comma-separated), overriding the defaults.
    keys: Mapping[str, str] = field(default_factory=dict)

    def view_settings(self) -> ViewSettings:
        return ViewSettings(
            self.pinyin, self.pinyin_style, self.script, self.tone_colours, self.traditional
        )


def load_config(path: Path | None = None) -> ReaderConfig:
    path = path or paths.config_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ReaderConfig()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the config ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    return parse_config(data, str(path))


#: The config's names for the Traditional variants.
TRADITIONAL_VARIANTS = {
    "standard": Script.TRADITIONAL,
    "taiwan": Script.TAIWAN,
    "hongkong": Script.HONG_KONG,
}


def parse_config(data: Mapping, where: str = "config") -> ReaderConfig:
    reader = data.get("reader", {})
    keys = data.get("keys", {})
    if not isinstance(reader, Mapping) or not isinstance(keys, Mapping):
        raise ConfigError(f"{where}: [reader] and [keys] must be tables")

    def choice(key: str, valid: Sequence[str], default: str) -> str:
        value = reader.get(key, default)
        if value not in valid:
            raise ConfigError(
                f"{where}: [reader] {key} must be one of {', '.join(valid)} (not {value!r})"
            )
        return value

    def flag(key: str, default: bool) -> bool:
        value = reader.get(key, default)
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: [reader] {key} must be true or false (not {value!r})")
        return value

    bad = [key for key, value in keys.items() if not isinstance(value, str)]
    if bad:
        raise ConfigError(f"{where}: [keys] values must be strings (see {bad[0]!r})")
    return ReaderConfig(
        pinyin=PinyinMode(choice("pinyin", [m.value for m in PinyinMode], "over")),
        pinyin_style=choice("pinyin_style", PINYIN_STYLES, "marks"),
        script=Script(choice("script", [s.value for s in Script], "original")),
        traditional=TRADITIONAL_VARIANTS[
            choice("traditional", list(TRADITIONAL_VARIANTS), "standard")
        ],
        tone_colours=flag("tone_colours", not no_color_requested()),
        gloss_panel=flag("gloss_panel", True),
        keys=dict(keys),
    )
