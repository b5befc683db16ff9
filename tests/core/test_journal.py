"""The request journal and recovery: durable records, owners alive or dead, torn lines, and what
recovery does with each unfinished request (fetched, already cached, never billed, maybe billed)."""

from __future__ import annotations

import os

import pytest

from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import ClipSpec
from studio.core.journal import STORED, RequestJournal, find_orphans, read_entries
from studio.core.recovery import HISTORY_LAG_S, Generation, recover_interrupted
from tests.journal_crash import die_with_open_entries

SPEC = ClipSpec("elevenlabs", "voice-1", "Bonjour tout le monde.", "eleven_multilingual_v2",
                (("speed", 1.1),), "mp3")
OTHER = ClipSpec("narakeet", "alain", "Salut.", None, (), "mp3")


def test_an_entry_closed_leaves_no_file_and_an_open_one_survives_its_owner(tmp_path):
    journal = RequestJournal(tmp_path)
    entry = journal.sent(SPEC, estimated=22.0)
    files = list((tmp_path / "journal").iterdir())
    assert len(files) == 1 and entry.key == SPEC.key
    assert find_orphans(tmp_path).entries == []  # its owner is alive: not an orphan
    journal.closed(entry.id, STORED)
    journal.release()
    assert list((tmp_path / "journal").iterdir()) == []
    die_with_open_entries(tmp_path, SPEC)
    orphans = find_orphans(tmp_path)
    assert [e.key for e in orphans.entries] == [SPEC.key] and orphans.entries[0].estimated == 12.0
    assert orphans.entries[0].clip_spec() == SPEC
    orphans.release(settled=set())  # nothing settled: the entry stays for the next start
    assert [e.key for e in find_orphans(tmp_path).entries] == [SPEC.key]


def test_a_torn_last_line_is_ignored(tmp_path):
    die_with_open_entries(tmp_path, SPEC)
    path = next((tmp_path / "journal").iterdir())
    with open(path, "ab") as handle:
        handle.write(b'{"t": "sent", "id": "abc", "key": "12')  # killed mid-append
    assert [e.key for e in read_entries(path)] == [SPEC.key]


def test_recovery_without_history_reports_maybe_billed_once(tmp_path):
    cache = ClipCache.open(tmp_path / "clips")
    die_with_open_entries(cache.root, OTHER, SPEC)
    report = recover_interrupted(cache, "narakeet", None)
    assert report.interrupted == 1 and report.maybe_billed == 1
    assert "1 may have been billed by narakeet, which keeps no history" in report.message()
    # The other provider's entry is kept for when that provider runs; narakeet's is settled.
    assert recover_interrupted(cache, "narakeet", None).interrupted == 0
    assert [e.provider for e in find_orphans(cache.root).entries] == ["elevenlabs"]


class _History:
    def __init__(self, found=None, error=None):
        self.found, self.error, self.calls = found or {}, error, 0

    def find_generations(self, entries, known_ids):
        self.calls += 1
        if self.error:
            raise self.error
        return {e.id: self.found[e.text] for e in entries if e.text in self.found}


def test_recovery_stores_what_the_history_has_and_waits_no_longer_than_the_grace(tmp_path):
    cache = ClipCache.open(tmp_path / "clips")
    missing = ClipSpec("elevenlabs", "voice-1", "Jamais arrivé.", "eleven_multilingual_v2", (), "mp3")
    die_with_open_entries(cache.root, SPEC, missing)
    history = _History({SPEC.text: Generation("h1", b"ID3audio", "mp3", billed=22.0, request_id="r1")})
    clock = [os.path.getmtime(next((cache.root / "journal").iterdir()))]
    sleeps = []

    def sleep(seconds):
        sleeps.append(seconds)
        clock[0] += seconds

    report = recover_interrupted(cache, "elevenlabs", history, clock=lambda: clock[0], sleep=sleep)
    assert report.recovered_keys == {SPEC.key} and report.billed == 22.0
    assert cache.path(SPEC.key).read_bytes() == b"ID3audio" and cache.meta(SPEC.key).request_id == "r1"
    assert 9 <= sum(sleeps) <= 11  # polled while the missing one could still show up, then went on
    # Not settled yet: the history may lag, so its line gets a second look before it is paid.
    assert report.in_doubt == 1 and report.not_found == 0
    assert "1 not in the provider's history yet" in report.message()
    assert [e.text for e in find_orphans_released(cache.root)] == [missing.text]
    clock[0] += HISTORY_LAG_S
    calls, waited = history.calls, sum(sleeps)
    report = recover_interrupted(cache, "elevenlabs", history, clock=lambda: clock[0], sleep=sleep)
    # Once it has settled: one last look, no wait, and it is called what it is: never billed.
    assert report.not_found == 1 and report.in_doubt == 0
    assert history.calls == calls + 1 and sum(sleeps) == waited
    assert find_orphans(cache.root).entries == []


def find_orphans_released(root):
    orphans = find_orphans(root)
    orphans.release(settled=set())
    return orphans.entries


def test_recovery_stops_on_a_network_error_and_keeps_the_entries(tmp_path):
    cache = ClipCache.open(tmp_path / "clips")
    die_with_open_entries(cache.root, SPEC)
    with pytest.raises(ConnectionError):
        recover_interrupted(cache, "elevenlabs", _History(error=ConnectionError("down")))
    assert len(find_orphans(cache.root).entries) == 1


def test_a_key_without_history_access_is_reported_not_fatal(tmp_path):
    cache = ClipCache.open(tmp_path / "clips")
    die_with_open_entries(cache.root, SPEC)
    report = recover_interrupted(cache, "elevenlabs", _History(error=PermissionError("no history")),
                                 history_note=lambda error: "The key may not read the history.")
    assert report.maybe_billed == 1 and report.note == "The key may not read the history."


def test_a_clip_stored_before_the_kill_is_settled_without_a_lookup(tmp_path):
    cache = ClipCache.open(tmp_path / "clips")
    die_with_open_entries(cache.root, SPEC)
    cache.put(SPEC, b"ID3audio", "mp3")
    history = _History()
    report = recover_interrupted(cache, "elevenlabs", history)
    assert report.already_cached == 1 and history.calls == 0
