"""The reader's side widgets: the status line, the gloss panel and the prompt bar."""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Static

from readaid.language.pinyin import TONE_COLOURS
from readaid.tui.gloss import GlossStyles

_TONE_CSS = "\n".join(
    f"GlossPanel > .gloss--tone-{tone} {{ color: {colour}; }}"
    for tone, colour in TONE_COLOURS.items()
)


def gloss_styles(widget: Widget, prefix: str, tone_colours: bool, pinyin_style: str) -> GlossStyles:
    """Gloss styles from a widget's component classes (so themes and CSS decide colours)."""
    tones = (
        {
            tone: widget.get_component_rich_style(f"{prefix}--tone-{tone}", partial=True)
            for tone in TONE_COLOURS
        }
        if tone_colours
        else {}
    )
    return GlossStyles(
        tones=tones,
        heading=widget.get_component_rich_style(f"{prefix}--heading", partial=True),
        muted=widget.get_component_rich_style(f"{prefix}--muted", partial=True),
        link=widget.get_component_rich_style(f"{prefix}--link", partial=True),
        pinyin_style=pinyin_style,
    )


class StatusLine(Static):
    """Document name, position, script and pinyin mode: one line at the top. A long name
    (a headline) is cut to leave the figures after it in view."""

    DEFAULT_CSS = """
    StatusLine { dock: top; height: 1; background: $panel; color: $foreground; padding: 0 1; }
    """
    #: Cells the name keeps however narrow the line (a name cut shorter tells nothing).
    NAME_AT_LEAST = 8

    _shown: tuple[str, str, str] | None = None  # name, chapter, what follows them

    def show(
        self,
        name: str,
        percent: float,
        script: str,
        pinyin: str,
        extra: str = "",
        chapter: str = "",
    ) -> None:
        after = f" {percent:3.0f}% · {script} · {pinyin}" + (f" · {extra}" if extra else "")
        self._shown = (name, chapter, after)
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        if self._shown is None:
            return
        name, chapter, after = self._shown
        head = Text(no_wrap=True)
        head.append(name, Style(bold=True))
        if chapter:
            head.append(f" · {chapter}")
        width = self.content_size.width
        if width:  # laid out: the name gives way to the figures
            head.truncate(max(width - cell_len(after), self.NAME_AT_LEAST), overflow="ellipsis")
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append_text(head)
        text.append(after)
        self.update(text)


class GlossPanel(VerticalScroll, can_focus=False):
    """The full gloss of the word under the keyboard cursor."""

    COMPONENT_CLASSES = {
        "gloss--heading",
        "gloss--muted",
        "gloss--link",
        *(f"gloss--tone-{tone}" for tone in TONE_COLOURS),
    }
    DEFAULT_CSS = (
        """
    GlossPanel {
        width: 44;
        height: 100%;
        background: $panel;
        border-left: vkey $foreground 20%;
        padding: 0 1;
    }
    GlossPanel.-below {
        width: 100%;
        height: 8;
        border-left: none;
        border-top: hkey $foreground 20%;
    }
    GlossPanel > .gloss--heading { text-style: bold; color: $text-primary; }
    GlossPanel > .gloss--muted { color: $text-muted; }
    GlossPanel > .gloss--link { color: $text-accent; text-style: underline; }
    GlossPanel #gloss-body { width: 100%; }
    """
        + _TONE_CSS
    )

    def compose(self):
        yield Static(id="gloss-body")

    def show(self, text: Text) -> None:
        self.query_one("#gloss-body", Static).update(text)
        self.scroll_home(animate=False)

    def styles_for(self, tone_colours: bool, pinyin_style: str) -> GlossStyles:
        return gloss_styles(self, "gloss", tone_colours, pinyin_style)


class PromptBar(Input):
    """A one-line prompt at the bottom for search (/) and go-to (%)."""

    DEFAULT_CSS = """
    PromptBar { display: none; border: none; height: 1; padding: 0 1; background: $boost; }
    PromptBar:focus { border: none; }  /* Input:focus's tall border would hide the text */
    PromptBar.-open { display: block; }
    """

    class Answered(Message):
        def __init__(self, purpose: str, value: str) -> None:
            super().__init__()
            self.purpose = purpose
            self.value = value

    purpose = ""

    def ask(self, purpose: str, placeholder: str) -> None:
        self.purpose = purpose
        self.placeholder = placeholder
        self.value = ""
        self.add_class("-open")
        self.focus()

    def close(self) -> None:
        self.remove_class("-open")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.close()
        self.post_message(self.Answered(self.purpose, event.value))

    def key_escape(self) -> None:
        self.close()
        self.post_message(self.Answered(self.purpose, ""))
