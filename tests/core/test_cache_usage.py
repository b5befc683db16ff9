"""What the Clip Cache dialog shows and clears: the clips' size and recorded cost, the rebuildable copies'
size, and clearing those copies never touches a clip. Real clips (mp3, m4a) and a real dub build."""

from __future__ import annotations

from studio.core.cache_usage import MB, clear_derived, measure
from studio.core.clip_cache import ClipCache, ClipMeta
from studio.core.clip_spec import ClipSpec
from studio.core.derived_cache import DerivedCache
from tests.core.test_redub import built_once


def _paid(cache: ClipCache, provider: str, text: str, cost: float | None, size: int = 1000) -> None:
    spec = ClipSpec(provider, "voice", text, None, (), "mp3")
    cache.put(spec, b"\xff" * size, "mp3", ClipMeta(cost=cost))


def test_sizes_of_clips_and_of_rebuildable_copies_and_the_cost_recorded(tmp_path):
    _, _, cache = built_once(tmp_path)  # five ElevenLabs clips stored without a cost, and their dub's copies
    first = measure(cache)
    files = [p for p in cache.root.glob("??/*")]
    assert first.clips == 5 and first.clip_bytes == sum(p.stat().st_size for p in files)
    assert first.derived_bytes == DerivedCache(cache.root).size_bytes() > 0
    assert first.costs == {} and first.paid_clips == first.uncosted == 5
    _paid(cache, "offline", "gratuit", 0.0)  # the offline voice bills nothing: not a paid clip
    _paid(cache, "elevenlabs", "un", 31.0)
    _paid(cache, "elevenlabs", "deux", 12.0)
    _paid(cache, "narakeet", "trois", 2.5)
    _paid(cache, "elevenlabs", "quatre", None)  # a clip whose answer carried no cost
    other = ClipCache(cache.root)  # another process stores a clip: measure reads the folder again...
    _paid(other, "elevenlabs", "cinq", 5.0)
    usage = measure(cache)
    # ...with a view of its own: the caller's index is not reloaded under a render that may be storing
    # a clip (dropped from the index, its line would look unrendered and be paid for again).
    assert not cache.contains(ClipSpec("elevenlabs", "voice", "cinq", None, (), "mp3").key)
    assert usage.clips == 11 and usage.paid_clips == 10 and usage.uncosted == 6
    assert usage.costs == {"elevenlabs": 48.0, "narakeet": 2.5}
    assert usage.clip_bytes > first.clip_bytes + 4000 and usage.total_bytes == usage.clip_bytes + usage.derived_bytes
    assert MB == 1024 * 1024


def test_clearing_rebuildable_copies_keeps_every_clip_byte_for_byte(tmp_path):
    _, _, cache = built_once(tmp_path)
    clips = {path: path.read_bytes() for path in cache.root.glob("??/*")}
    before = measure(cache)
    assert clear_derived(cache) == before.derived_bytes > 0
    after = measure(cache)
    assert after.derived_bytes == 0 and after.clips == before.clips and after.clip_bytes == before.clip_bytes
    assert {path: path.read_bytes() for path in cache.root.glob("??/*")} == clips
