"""The interactive reader (Textual). Only this package imports Textual."""

from __future__ import annotations


def make_app(*args, **kwargs):
    from readaid.tui.app import make_app as factory

    return factory(*args, **kwargs)
