"""The store's behaviour as the reader and the CLI use it."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

from readaid.vocab.store import VocabularyStore, WordStatus


def test_a_saved_word_keeps_everything_it_was_saved_with(store: VocabularyStore) -> None:
    saved = store.save(
        "银行",
        "銀行",
        "yin2 hang2",
        senses=["bank", "CL:家[jia1]"],
        sentence="我去银行取钱。",
        position=2,
        source="news.txt",
        offset=120,
        tags=["finance"],
        note="not 很行",
    )
    [word] = store.words()
    assert word == saved
    assert (word.simplified, word.traditional, word.pinyin) == ("银行", "銀行", "yin2 hang2")
    assert word.senses == ("bank", "CL:家[jia1]")
    assert word.status is WordStatus.LEARNING
    assert word.tags == ("finance",)
    assert word.note == "not 很行"
    [context] = word.contexts
    assert (context.sentence, context.position, context.source, context.offset) == (
        "我去银行取钱。",
        2,
        "news.txt",
        120,
    )
    assert context.sentence[context.position : context.position + 2] == "银行"
    assert abs(word.added - datetime.now(timezone.utc)) < timedelta(minutes=1)


def test_saving_the_same_word_again_adds_the_sentence_not_a_duplicate(store) -> None:
    store.save("银行", "銀行", "yin2 hang2", senses=["bank"], sentence="我去银行。", position=2)
    store.save("银行", "銀行", "yin2 hang2", senses=["bank"], sentence="银行关门了。")
    store.save("银行", "銀行", "yin2 hang2", senses=["bank"], sentence="银行关门了。")
    [word] = store.words()
    assert [c.sentence for c in word.contexts] == ["我去银行。", "银行关门了。"]
    assert word.senses == ("bank",)


def test_another_reading_is_another_word(store) -> None:
    store.save("行", "行", "xing2", senses=["to walk"])
    store.save("行", "行", "hang2", senses=["row"])
    assert sorted(w.pinyin for w in store.words()) == ["hang2", "xing2"]
    assert [w.pinyin for w in store.find("行", "hang2")] == ["hang2"]


def test_statuses_are_keyed_by_both_scripts(store) -> None:
    store.save("银行", "銀行", "yin2 hang2")
    store.set_status("銀行", WordStatus.KNOWN)
    assert store.statuses() == {"银行": WordStatus.KNOWN, "銀行": WordStatus.KNOWN}
    [word] = store.words()
    assert word.status is WordStatus.KNOWN


def test_set_status_on_an_unsaved_word_creates_it_in_both_scripts(store) -> None:
    store.set_status("學習", WordStatus.IGNORED)
    statuses = store.statuses()
    assert statuses["學習"] is WordStatus.IGNORED
    assert statuses["学习"] is WordStatus.IGNORED
    [word] = store.words(WordStatus.IGNORED)
    assert (word.simplified, word.traditional, word.pinyin) == ("学习", "學習", "")


def test_saving_a_status_only_word_gives_it_its_reading(store) -> None:
    store.set_status("学习", WordStatus.KNOWN)
    store.save("学习", "學習", "xue2 xi2", senses=["to learn"], sentence="我学习中文。", position=1)
    [word] = store.words()
    assert (word.pinyin, word.status, word.senses) == (
        "xue2 xi2",
        WordStatus.LEARNING,
        ("to learn",),
    )


def test_set_status_of_one_reading_leaves_the_others(store) -> None:
    store.save("行", "行", "xing2")
    store.save("行", "行", "hang2")
    store.set_status("行", WordStatus.KNOWN, pinyin="xing2")
    by_reading = {w.pinyin: w.status for w in store.words()}
    assert by_reading == {"xing2": WordStatus.KNOWN, "hang2": WordStatus.LEARNING}


def test_words_filters_by_status_and_time(store) -> None:
    store.save("猫", "貓", "mao1")
    cutoff = datetime.now(timezone.utc)
    store.save("狗", "狗", "gou3", status=WordStatus.NEW)
    assert [w.simplified for w in store.words(since=cutoff)] == ["狗"]
    assert [w.simplified for w in store.words(WordStatus.NEW)] == ["狗"]
    assert [w.simplified for w in store.words()] == ["猫", "狗"]
    local_naive_later = datetime.now() + timedelta(hours=1)
    assert store.words(since=local_naive_later) == []


def test_annotate_replaces_tags_and_note(store) -> None:
    word = store.save("猫", "貓", "mao1", tags=["animal"])
    store.annotate(word.id, tags=["pet", "hsk1"], note="meow")
    [again] = store.words()
    assert (again.tags, again.note) == (("pet", "hsk1"), "meow")


def test_annotate_replaces_the_meaning_and_the_cards_sentence(store) -> None:
    word = store.save("猫", "貓", "mao1", senses=["cat"], sentence="首页 猫咪频道", source="a")
    store.save("猫", "貓", "mao1", sentence="我家有两只猫。", source="b")
    store.annotate(word.id, senses=["cat", "kitty"], sentence="我的猫很可爱。")
    [again] = store.words()
    assert again.senses == ("cat", "kitty")
    assert [c.sentence for c in again.contexts] == ["我的猫很可爱。", "我家有两只猫。"]
    assert again.contexts[0].position == 2
    store.annotate(word.id, sentence="")
    assert [c.sentence for c in store.words()[0].contexts] == ["我家有两只猫。"]


def test_annotate_gives_a_word_without_a_sentence_one(store) -> None:
    word = store.save("狗", "狗", "gou3")
    store.annotate(word.id, sentence="狗在叫。")
    assert [(c.sentence, c.position) for c in store.words()[0].contexts] == [("狗在叫。", 0)]


def test_paragraph_roles_round_trip_per_document(store) -> None:
    assert store.load_roles("doc-1") == {}
    store.save_roles("doc-1", {0: "text", 120: "furniture"})
    store.save_roles("doc-2", {5: "furniture"})
    assert store.load_roles("doc-1") == {0: "text", 120: "furniture"}
    store.save_roles("doc-1", {})
    assert store.load_roles("doc-1") == {}
    assert store.load_roles("doc-2") == {5: "furniture"}


def test_mark_known_counts_only_changes(store) -> None:
    store.set_status("猫", WordStatus.KNOWN)
    changed = store.mark_known([("猫", "貓", ""), ("狗", "狗", "gou3"), ("鸟", "鳥", "")])
    assert changed == 2
    assert {w.simplified for w in store.words(WordStatus.KNOWN)} == {"猫", "狗", "鸟"}


def test_overrides_round_trip_and_are_forgotten_when_empty(store) -> None:
    assert store.load_overrides("doc-1") == (set(), set())
    store.save_overrides("doc-1", {4, 9}, {(0, 3), (10, 12)})
    store.save_overrides("doc-2", {1}, set())
    assert store.load_overrides("doc-1") == ({4, 9}, {(0, 3), (10, 12)})
    store.save_overrides("doc-1", set(), set())
    assert store.load_overrides("doc-1") == (set(), set())
    assert store.load_overrides("doc-2") == ({1}, set())


def test_everything_survives_reopening(store, data_dir) -> None:
    store.save("猫", "貓", "mao1", sentence="一只猫。", position=2)
    store.save_overrides("k", {2}, set())
    store.close()
    with VocabularyStore.open(data_dir) as again:
        [word] = again.words()
        assert word.contexts[0].sentence == "一只猫。"
        assert again.load_overrides("k") == ({2}, set())


def test_worker_threads_can_save_at_once(store) -> None:
    def save_many(prefix: str) -> None:
        for n in range(50):
            store.save(f"{prefix}{n}", f"{prefix}{n}", "ceshi4")

    threads = [threading.Thread(target=save_many, args=(p,)) for p in "甲乙丙丁"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.words()) == 200


def test_sent_words_are_not_offered_again(store) -> None:
    cat = store.save("猫", "貓", "mao1")
    dog = store.save("狗", "狗", "gou3")
    store.set_status("鸟", WordStatus.KNOWN)
    assert [w.id for w in store.unsent()] == [cat.id, dog.id]
    store.record_sent([(cat.id, 1234)], deck="readaid")
    assert [w.id for w in store.unsent()] == [dog.id]


def test_delete_and_restore_keep_everything(tmp_path) -> None:
    from readaid.vocab.store import VocabularyStore

    with VocabularyStore.open(tmp_path) as store:
        saved = store.save(
            "银行", "銀行", "yin2 hang2", senses=["bank"], sentence="我去银行。", position=2
        )
        store.save(
            "银行", "銀行", "yin2 hang2", sentence="银行关门了。", position=0, tags=["money"]
        )
        word = store.find("银行")[0]
        store.delete(word.id)
        assert store.find("银行") == []
        assert "银行" not in store.statuses()
        restored = store.restore(word)
        assert restored == word, "the same id, dates, senses, tags and sentences"
        assert saved.id == restored.id
