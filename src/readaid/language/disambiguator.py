"""A learned choice between a character's dictionary readings, for where no rule decides.

The model is g2pM's (Park & Lee, Interspeech 2020): a one-layer bidirectional LSTM over the
characters of a sentence, trained on the CPP corpus, that scores every reading of a
polyphonic character. Its weights ship in the ``g2pM`` package; the forward pass here is our
own, batched: all the sentences of a paragraph step through the LSTM together, with both
directions in one matrix product per step, which is what makes it cheap enough to run per
paragraph (g2pM's own loop reads one sentence at a time).

numpy and the weights load on first use, never at import: the reader paints first and warms
the model afterwards. Without numpy or g2pM the readings fall back to the rules alone.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)

#: g2pM's vocabulary marks the sentence's start and end with these two characters.
_BEGIN, _END = "시", "끝"
_UNKNOWN = "<UNK>"
#: Context kept on each side of a character: the LSTM's memory fades well before this, and
#: a paragraph-long "sentence" would make every step of the batch longer.
REACH = 12


@dataclass(frozen=True, slots=True)
class Query:
    """One character to read: its Simplified sentence and its index there."""

    sentence: str
    index: int


class Disambiguator:
    """Scores of each reading (numbered pinyin, ``v`` for ü) of characters in context."""

    def __init__(
        self,
        weights: dict[str, Any],
        characters: dict[str, int],
        readings: list[str],
        trained: dict[str, list[str]],
    ):
        import numpy as np

        self._np = np
        self._characters = characters
        # The readings the model learned to choose between, per character: its scores for
        # any other reading (个 gě) mean nothing.
        self._trained = {ch: frozenset(map(_normal, rs)) for ch, rs in trained.items()}
        self._readings = readings
        self._reading_index = {r: i for i, r in enumerate(readings)}
        f32 = np.float32
        self._embeddings = weights["embedding.weight"].astype(f32)
        # Input projections of both directions side by side: [64, 2 * 4H].
        self._input = np.concatenate(
            [weights["lstm.weight_ih_l0"].T, weights["lstm.weight_ih_l0_reverse"].T], axis=1
        ).astype(f32)
        self._bias = np.concatenate(
            [
                weights["lstm.bias_ih_l0"] + weights["lstm.bias_hh_l0"],
                weights["lstm.bias_ih_l0_reverse"] + weights["lstm.bias_hh_l0_reverse"],
            ]
        ).astype(f32)
        forward_hh = weights["lstm.weight_hh_l0"].T  # [H, 4H]
        backward_hh = weights["lstm.weight_hh_l0_reverse"].T
        hidden = forward_hh.shape[0]
        self._hidden = hidden
        # Block-diagonal recurrence, so one product steps both directions: [2H, 2 * 4H].
        recurrent = np.zeros((2 * hidden, 8 * hidden), dtype=f32)
        recurrent[:hidden, : 4 * hidden] = forward_hh
        recurrent[hidden:, 4 * hidden :] = backward_hh
        # sigmoid(x) = (tanh(x / 2) + 1) / 2: with the i, f and o gates' weights halved, one
        # tanh per step serves all four gates.
        half = np.full(8 * hidden, 0.5, dtype=f32)
        for direction in (0, 4 * hidden):
            half[direction + 2 * hidden : direction + 3 * hidden] = 1.0  # the g gate
        self._input = self._input * half
        self._bias = self._bias * half
        self._recurrent = recurrent * half
        self._hidden_layer = (
            weights["logit_layer.0.weight"].T.astype(f32),
            weights["logit_layer.0.bias"].astype(f32),
        )
        self._output_layer = (
            weights["logit_layer.2.weight"].T.astype(f32),
            weights["logit_layer.2.bias"].astype(f32),
        )

    def spelling(self, original: str, simplified: str) -> str:
        """The text as the model best knows it: each character as written where the model
        learned it (吒, 閤), else its Simplified form (OpenCC turns 吒 into 咤)."""
        known = self._characters
        return "".join(
            ch if ch in known else plain for ch, plain in zip(original, simplified, strict=True)
        )

    def scores(
        self, queries: Sequence[Query], options: Sequence[Sequence[str]]
    ) -> list[dict[str, float]]:
        """For each query, the log-probability of each of its options (numbered pinyin as
        the dictionary writes it) among the readings the model knows; options the model
        was not trained to tell apart for that character are left out."""
        if not queries:
            return []
        np = self._np
        logits = self.logits(queries)
        logits = logits - logits.max(axis=1, keepdims=True)
        logits = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        out = []
        for query, row, choices in zip(queries, logits, options, strict=True):
            trained = self._trained.get(query.sentence[query.index], frozenset())
            known = {
                c: self._reading_index.get(_normal(c)) for c in choices if _normal(c) in trained
            }
            out.append({c: float(row[i]) for c, i in known.items() if i is not None})
        return out

    def logits(self, queries: Sequence[Query]) -> Any:
        """Unnormalised scores over every reading the model knows, one row per query."""
        np = self._np
        windows = [_window(q.sentence, q.index) for q in queries]
        # One row per distinct sentence: a paragraph's queries mostly share a few.
        rows: dict[str, int] = {}
        for text, _ in windows:
            rows.setdefault(text, len(rows))
        unknown = self._characters[_UNKNOWN]
        ids = [
            [self._characters[_BEGIN]]
            + [self._characters.get(ch, unknown) for ch in text]
            + [self._characters[_END]]
            for text in rows
        ]
        lengths = np.array([len(row) for row in ids])
        steps, batch, hidden = int(lengths.max()), len(ids), self._hidden
        padded = np.zeros((batch, steps), dtype=np.int64)  # 0 is g2pM's padding
        for row, values in enumerate(ids):
            padded[row, : len(values)] = values
        projected = self._embeddings[padded] @ self._input + self._bias  # [B, T, 8H]
        # The backward half reads each sentence from its own last character, so both halves
        # meet their padding only after the sentence: step t of the backward half reads
        # position length - 1 - t.
        h4 = 4 * hidden
        backward_at = np.maximum(lengths[:, None] - 1 - np.arange(steps)[None, :], 0)
        backward = np.take_along_axis(projected[:, :, h4:], backward_at[:, :, None], axis=1)
        inputs = np.concatenate([projected[:, :, :h4], backward], axis=2)
        inputs = np.ascontiguousarray(inputs.transpose(1, 0, 2))  # [T, B, 8H]
        state = np.zeros((batch, 2 * hidden), dtype=np.float32)
        cell = np.zeros((batch, 2, hidden), dtype=np.float32)
        states = []
        for step in range(steps):
            squashed = np.tanh(inputs[step] + state @ self._recurrent).reshape(batch, 2, 4, hidden)
            gates = squashed * 0.5 + 0.5  # sigmoids of i, f and o ([i f g o])
            cell = gates[:, :, 1] * cell + gates[:, :, 0] * squashed[:, :, 2]
            state = (gates[:, :, 3] * np.tanh(cell)).reshape(batch, 2 * hidden)
            states.append(state)
        outputs = np.stack(states)  # [T, B, 2H]
        sentence_rows = np.array([rows[text] for text, _ in windows])
        positions = np.array([index for _, index in windows]) + 1  # +1: the start marker
        forward_states = outputs[positions, sentence_rows, :hidden]
        backward_steps = lengths[sentence_rows] - 1 - positions
        backward_states = outputs[backward_steps, sentence_rows, hidden:]
        targets = np.concatenate([forward_states, backward_states], axis=1)
        weight, bias = self._hidden_layer
        hidden_layer = np.maximum(targets @ weight + bias, 0)
        weight, bias = self._output_layer
        return hidden_layer @ weight + bias


def _window(sentence: str, index: int) -> tuple[str, int]:
    start = max(0, index - REACH)
    return sentence[start : index + REACH + 1], index - start


def _normal(reading: str) -> str:
    return reading.lower().replace("u:", "v")


def _load() -> Disambiguator | None:
    # BLAS threads cost far more than they save on these small products, and on a busy
    # machine they make a paragraph ten times slower; this must precede numpy's import.
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    try:
        import numpy  # noqa: F401

        package = resources.files("g2pM")
    except ImportError:
        log.info("numpy or g2pM is not installed: readings come from the rules alone")
        return None
    try:
        # The package's own pickled data (numpy arrays and dicts), installed with it.
        weights = pickle.loads(package.joinpath("np_ckpt.pkl").read_bytes())
        characters = pickle.loads(package.joinpath("char2idx.pkl").read_bytes())
        classes = pickle.loads(package.joinpath("class2idx.pkl").read_bytes())
        trained = pickle.loads(package.joinpath("digest_cedict.pkl").read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError) as error:
        log.warning("g2pM's model could not be read (%s): readings from the rules alone", error)
        return None
    readings = [""] * len(classes)
    for reading, index in classes.items():
        readings[index] = _normal(reading)
    return Disambiguator(weights, characters, readings, trained)


_lock = threading.Lock()
_loaded: list[Disambiguator | None] = []


def get_disambiguator() -> Disambiguator | None:
    """The model, loaded once (about 0.15 s with numpy's import), or None if unavailable."""
    if not _loaded:
        with _lock:
            if not _loaded:
                _loaded.append(_load())
    return _loaded[0]


def is_loaded() -> bool:
    return bool(_loaded)
