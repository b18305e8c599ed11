"""Chinese characters survive in whatever floats over other widgets (notifications,
tooltips, menus).

Textual's compositor cuts every screen line at the edge of every widget on it and draws
each piece from the front-most widget there. When a notification lies over the edge of
the text and the gloss panel, that edge cuts the notification's own line too, and a
double-width character across it is replaced by two spaces: "Saved 还 hái" showed as
"Saved    hái" (Textual issue #6357, open when this was written).

The replacement below divides a widget's line only where another widget wins the next
piece: where the same front-most widget wins neighbouring pieces, they are drawn as one
(and the pieces merged into it hold an empty strip, so nothing behind shows through).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from textual._compositor import Compositor
from textual.geometry import Region
from textual.strip import Strip

_EMPTY = Strip([], 0)


def _render_chops(
    self: Compositor, crop: Region, is_rendered_line: Callable[[int], bool]
) -> Sequence[Mapping[int, Strip]]:
    cuts = self.cuts
    chops: list[dict[int, Strip | None]] = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
    # Renders come front to back: the first strip put in a piece wins it.
    for region, clip, strips in self._get_renders(crop):
        render_region = region.intersection(clip)
        render_x = render_region.x
        first_cut, last_cut = render_region.column_span
        for y, strip in zip(render_region.line_range, strips, strict=False):
            if not is_rendered_line(y):
                continue
            line = chops[y]
            edges = [cut for cut in cuts[y] if last_cut >= cut >= first_cut]
            free = [line.get(start) is None for start in edges[:-1]]
            # Keep an edge only where this widget's pieces on either side differ in
            # whether it wins them.
            kept = [edges[0]] + [
                edge for n, edge in enumerate(edges[1:-1], 1) if not (free[n - 1] and free[n])
            ]
            pieces = strip.divide([edge - render_x for edge in [*kept[1:], edges[-1]]])
            starts = dict(zip(kept, pieces, strict=False))
            for n, start in enumerate(edges[:-1]):
                if not free[n]:
                    continue
                line[start] = starts.get(start, _EMPTY)
    return chops  # type: ignore[return-value]


def install() -> None:
    """Replace the compositor's line division (once; the reader calls this at start)."""
    Compositor._render_chops = _render_chops  # type: ignore[method-assign]
