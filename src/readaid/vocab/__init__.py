"""The learner's vocabulary: a SQLite store of saved words and their contexts, imports of
known-word lists, and flashcard exports (Anki, Pleco, Zhongwen, CSV, AnkiConnect).

Import the submodules you need (``readaid.vocab.store``); nothing heavy loads here."""
