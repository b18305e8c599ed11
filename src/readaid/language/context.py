"""pypinyin's reading of a token in context, and the dictionary words the segmenter cut
apart around it: the evidence the reading rules weigh."""

from __future__ import annotations

from collections.abc import Sequence

from readaid.language.document import Token
from readaid.language.script import to_simplified


class ContextReader:
    """pypinyin's reading of a token in context, from its phrase data compiled into the
    dictionary cache: the longest known phrase made of whole tokens around the token,
    else each character's most frequent reading."""

    def __init__(self, dictionary) -> None:
        self._dictionary = dictionary
        self._simplified = ""
        self._base = 0
        self._words: set[str] = set()

    def prepare(self, tokens: Sequence[Token], indices: Sequence[int]) -> None:
        """Fetch the phrases around all of ``indices`` at once, from one Simplified copy
        of the tokens' text (one OpenCC call and a few queries per paragraph)."""
        if not tokens:
            return
        self._base = tokens[0].start
        self._simplified = to_simplified("".join(t.text for t in tokens))
        windows = [self._windows(tokens, index) for index in indices]
        self._dictionary.context_phrases({text for w in windows for text in w.values()})
        # Dictionary words of three or more characters cut into pieces (黑 + 冠 + 长臂猿).
        spanning = {text for w in windows for (a, b), text in w.items() if b > a and len(text) > 2}
        self._words = self._dictionary.known_words(spanning)

    def spanning_word(self, tokens: Sequence[Token], index: int) -> str:
        """The token's reading inside a dictionary word of three or more characters that
        the segmenter cut apart around it, where that word has a single reading."""
        windows = self._windows(tokens, index)
        for (a, b), text in sorted(windows.items(), key=lambda item: -len(item[1])):
            if b == a or text not in self._words:
                continue
            readings = {e.pinyin.lower() for e in self._dictionary.lookup(text) if not e.fallback}
            if len(readings) == 1:
                syllables = readings.pop().split()
                offset = tokens[index].start - tokens[a].start
                if len(syllables) == len(text):
                    return " ".join(syllables[offset : offset + len(tokens[index].text)])
        return ""

    def _windows(self, tokens: Sequence[Token], index: int, reach: int = 2) -> dict:
        """Runs of whole Chinese tokens around ``index`` (up to ``reach`` each side), each
        with its Simplified text."""
        first = last = index
        while first > 0 and index - first < reach and tokens[first - 1].is_chinese:
            first -= 1
        while last + 1 < len(tokens) and last - index < reach and tokens[last + 1].is_chinese:
            last += 1
        base = self._base
        return {
            (a, b): self._simplified[tokens[a].start - base : tokens[b].end - base]
            for a in range(first, index + 1)
            for b in range(index, last + 1)
            if b > a or len(tokens[index].text) > 1
        }

    def syllables(self, tokens: Sequence[Token], index: int) -> list[str]:
        return self.reading(tokens, index)[0]

    def reading(self, tokens: Sequence[Token], index: int) -> tuple[list[str], bool]:
        """pypinyin's syllables for the token, and whether a phrase around it decided them
        (rather than each character's most frequent reading)."""
        text = self._windows(tokens, index)
        known = self._dictionary.context_phrases(text.values())
        best = max((s for s in text if text[s] in known), key=lambda s: len(text[s]), default=None)
        if best is not None:
            syllables = known[text[best]].split()
            offset = tokens[index].start - tokens[best[0]].start
            here = syllables[offset : offset + len(tokens[index].text)]
            if len(here) == len(tokens[index].text):
                return here, True
        own = self._simplified[tokens[index].start - self._base : tokens[index].end - self._base]
        return [self._dictionary.common_reading(ch) or "?" for ch in own], False

    def phrase(self, text: str) -> str:
        """pypinyin's numbered reading of ``text`` (Simplified) as a phrase, or ""."""
        return self._dictionary.context_phrases([text]).get(text, "")

    def text_of(self, token: Token) -> str:
        """The token's Simplified text."""
        return self._simplified[token.start - self._base : token.end - self._base]

    @property
    def simplified(self) -> tuple[str, int]:
        """The Simplified text of the tokens last prepared, and the offset it starts at."""
        return self._simplified, self._base
