"""Every action of the current screen (the reader, the vocabulary, the library) in the
command palette (ctrl+p), named as in the help."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class ReaderCommands(Provider):
    def _commands(self):
        from readaid.tui.article import ArticleView
        from readaid.tui.reader_screen import ReaderScreen

        screen = self.screen
        groups = [(screen, type(screen).BINDINGS)]
        if isinstance(screen, ReaderScreen):
            groups.append((screen.query_one(ArticleView), ArticleView.BINDINGS))
        out = []
        for target, bindings in groups:
            for binding in bindings:
                out.append(
                    (
                        binding.description,
                        self.app.key_label(binding),
                        partial(target.run_action, binding.action),
                    )
                )
        return out

    async def discover(self) -> Hits:
        for name, key, run in self._commands():
            yield DiscoveryHit(name, run, help=f"key: {key}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, key, run in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), run, help=f"key: {key}")
