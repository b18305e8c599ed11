"""The reader's settings from the ``[reader]`` and ``[keys]`` tables of the config file.

```toml
[reader]
pinyin = "over"          # over | inline | unknown | off
pinyin_style = "marks"   # marks | numbers | zhuyin
script = "original"      # original | simplified | traditional
tone_colours = true
gloss_panel = true

[keys]                   # binding id -> key(s), e.g. save a word with ctrl+s too
save-word = "s,ctrl+s"
```
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from readaid import paths
from readaid.language.script import Script
from readaid.tui.flow import PINYIN_STYLES, PinyinMode, ViewSettings


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
    #: Show the gloss panel for the word under the cursor.
    gloss_panel: bool = True
    #: Binding id -> keys (comma-separated), overriding the defaults.
    keys: Mapping[str, str] = field(default_factory=dict)

    def view_settings(self) -> ViewSettings:
        return ViewSettings(self.pinyin, self.pinyin_style, self.script, self.tone_colours)


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


def parse_config(data: Mapping, where: str = "config") -> ReaderConfig:
    reader = data.get("reader", {})
    keys = data.get("keys", {})
    if not isinstance(reader, Mapping) or not isinstance(keys, Mapping):
        raise ConfigError(f"{where}: [reader] and [keys] must be tables")
    try:
        pinyin = PinyinMode(reader.get("pinyin", "over"))
        script = Script(reader.get("script", "original"))
    except ValueError as error:
        raise ConfigError(f"{where}: {error}") from None
    style = reader.get("pinyin_style", "marks")
    if style not in PINYIN_STYLES:
        raise ConfigError(
            f"{where}: pinyin_style must be one of {', '.join(PINYIN_STYLES)}, not {style!r}"
        )
    switches = {"tone_colours": not no_color_requested(), "gloss_panel": True}
    for name, default in switches.items():
        switches[name] = reader.get(name, default)
        if not isinstance(switches[name], bool):
            # TOML has booleans; a string "false" would otherwise count as true.
            raise ConfigError(f"{where}: {name} must be true or false, not {switches[name]!r}")
    bad = [key for key, value in keys.items() if not isinstance(value, str)]
    if bad:
        raise ConfigError(f"{where}: [keys] values must be strings (see {bad[0]!r})")
    return ReaderConfig(
        pinyin=pinyin,
        pinyin_style=style,
        script=script,
        tone_colours=switches["tone_colours"],
        gloss_panel=switches["gloss_panel"],
        keys=dict(keys),
    )
