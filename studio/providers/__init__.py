"""The providers by name, created lazily so a missing or broken provider module fails on its own.

    provider = create_provider("elevenlabs", api_key=key, base_url="http://127.0.0.1:8123")

Importing this package imports no provider module (and no HTTP stack): the CLI's `check` and the
GUI start without them, and asking for a provider whose module is not there is one clear error.
"""

from __future__ import annotations

import importlib
from typing import Any

from studio.providers.base import Provider

PROVIDERS = ("offline", "elevenlabs", "narakeet")

# How the user knows them (menus, messages).
DISPLAY_NAMES: dict[str, str] = {"offline": "Offline", "elevenlabs": "ElevenLabs", "narakeet": "Narakeet"}

# API roots of the HTTP providers (a data-residency host or an emulator replaces them).
DEFAULT_BASE_URLS: dict[str, str] = {
    "elevenlabs": "https://api.elevenlabs.io",
    "narakeet": "https://api.narakeet.com",
}

# name -> (module, class); imported only when that provider is created.
_CLASSES: dict[str, tuple[str, str]] = {
    "offline": ("studio.providers.offline", "OfflineProvider"),
    "elevenlabs": ("studio.providers.elevenlabs", "ElevenLabsProvider"),
    "narakeet": ("studio.providers.narakeet", "NarakeetProvider"),
}


class ProviderUnavailable(Exception):
    """The provider is unknown or its module cannot be loaded in this build."""


def needs_key(name: str) -> bool:
    """Whether the provider needs an account key (every provider but the offline engine)."""
    _check_name(name)
    return name != "offline"


def display_name(name: str) -> str:
    _check_name(name)
    return DISPLAY_NAMES[name]


def create_provider(name: str, *, api_key: str | None = None, base_url: str | None = None,
                    **kwargs: Any) -> Provider:
    """Create the named provider.

    HTTP providers get api_key and base_url (None: the provider's default root); the offline engine
    takes neither. Raises ProviderUnavailable for an unknown name or a module that cannot load, and
    ValueError for a base URL that check_base_url refuses.
    """
    _check_name(name)
    module_name, class_name = _CLASSES[name]
    try:
        module = importlib.import_module(module_name)
        cls = getattr(module, class_name)
    except (ImportError, AttributeError) as err:
        raise ProviderUnavailable(f"The {DISPLAY_NAMES[name]} provider is not available in this build "
                                  f"({type(err).__name__}: {err}).") from None
    if not needs_key(name):
        return cls(**kwargs)
    if base_url is not None:
        from studio.providers.http import check_base_url

        base_url = check_base_url(base_url)
        kwargs["base_url"] = base_url
    return cls(api_key, **kwargs)


def _check_name(name: str) -> None:
    if name not in _CLASSES:
        raise ProviderUnavailable(f"Unknown provider {name!r}: choose one of {', '.join(PROVIDERS)}.")
