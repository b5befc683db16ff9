"""What the parts of the dub feature (Export and Dub Video, the speed offer, the video side) read of
the dub actions that own them: a protocol, so that a part never imports the module that builds it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from studio.core.dub_pipeline import DubResult
    from studio.gui.dub.dub_jobs import DubInputs
    from studio.gui.timeline.timeline_strip import TimelineStrip


class DubState(Protocol):
    result: DubResult | None  # the last build
    strip: TimelineStrip
    video: Any  # the VideoActions, itself one of the parts
    dub_ready: SignalInstance  # emits the DubResult of each build

    def current_inputs(self) -> DubInputs | None: ...
    def ready_result(self, inputs: DubInputs) -> DubResult | None: ...
