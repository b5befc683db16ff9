from __future__ import annotations

from types import ModuleType

import pytest

from tests.packaging.layout import load_bundle


@pytest.fixture(scope="session")
def bundle() -> ModuleType:
    return load_bundle()
