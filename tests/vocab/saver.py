"""Run by the data-safety tests in a separate process: saves ``count`` words named
``prefix0``, ``prefix1``... and prints each word once its transaction has committed."""

from __future__ import annotations

import sys
from pathlib import Path

from readaid.vocab.store import StoreError, VocabularyStore


def main(data_dir: str, prefix: str, count: int) -> None:
    try:
        store = VocabularyStore.open(Path(data_dir))
        for n in range(count):
            word = f"{prefix}{n}"
            store.save(word, word, "ce4 shi4", sentence=f"这是{word}。", position=2)
            print(word, flush=True)
    except StoreError as error:
        print(f"readaid: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
