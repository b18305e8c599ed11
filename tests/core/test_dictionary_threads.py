"""The dictionary is asked from several threads at once (the reader counts a text's words
in one worker and reads ahead in another while the UI thread lays out the screen). A
Python function registered on the shared SQLite connection let two of them deadlock:
SQLite called it holding the connection's mutex and waiting for the interpreter, while the
other thread held the interpreter and waited for that mutex. The stress runs in a child
process, so a deadlock fails the test instead of hanging the run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

STRESS = textwrap.dedent(
    """
    import threading, time
    from readaid.language.dictionary import Dictionary
    from readaid.language.reader import get_core

    path = get_core().dictionary.path
    dictionary = Dictionary(path)  # memos empty: every question goes to SQLite
    words = sorted(dictionary.headwords())
    characters = [w for w in words if len(w) == 1]
    stop = time.monotonic() + 3
    rounds = [0, 0]

    def count_words():  # as the word count does, in batches
        start = 0
        while time.monotonic() < stop:
            dictionary._common_words.clear()
            dictionary.common_words(words[start : start + 2000])
            start = (start + 2000) % len(words)
            rounds[0] += 1

    def read_characters():  # as reading a paragraph does, one character at a time
        start = 0
        while time.monotonic() < stop:
            dictionary._common_memo.clear()
            for ch in characters[start : start + 200]:
                dictionary.common_reading(ch)
            start = (start + 200) % len(characters)
            rounds[1] += 1

    threads = [threading.Thread(target=count_words), threading.Thread(target=read_characters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(rounds[0], rounds[1])
    """
)


def test_threads_asking_at_once_never_deadlock(core):
    # Before the fix this froze within a second or two, every run.
    result = subprocess.run(
        [sys.executable, "-c", STRESS],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert result.returncode == 0, result.stderr
    counted, read = map(int, result.stdout.split())
    assert counted > 1 and read > 1, "both threads went on asking"
