#!/usr/bin/env bash
# Install the OS libraries Dubbing Studio needs, only those that are missing (Debian/Ubuntu).
#   bash packaging/os-deps.sh          what the app needs to run
#   bash packaging/os-deps.sh --test   that, plus what the test suite needs
# Elsewhere (macOS, Windows, other Linux families) it prints what to install and does nothing:
# PySide6's wheels carry Qt itself there.
set -euo pipefail

# Qt's xcb/offscreen platforms and its OpenGL, fonts, keyboard and D-Bus layers; QtMultimedia plays
# through PulseAudio (libpulse0). python3-venv: Debian's Python has no venv module without it.
app_pkgs=(
  python3-venv
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libpulse0
  fonts-dejavu-core
)
# Tests: a real X server for the tests that need one, real audio/video tools for timing tests;
# a real Secret Service keychain (gnome-keyring on a private D-Bus session: dbus-run-session) for
# tests/test_secrets.py. desktop-file-validate and update-mime-database check the desktop entry and
# the project file type as a desktop reads them (tests/packaging/). ffmpeg brings ffprobe, the
# independent reader the tests check dubbed videos with (streams, default track, titles, languages);
# the app itself never needs ffprobe.
test_pkgs=(xvfb gnome-keyring dbus-x11 desktop-file-utils shared-mime-info ffmpeg)

want=("${app_pkgs[@]}")
[ "${1:-}" = "--test" ] && want+=("${test_pkgs[@]}")

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "os-deps: not a Debian-family system; nothing installed." >&2
  echo "os-deps: needs Python >= 3.11 with venv; on Linux, Qt's xcb libraries and libpulse." >&2
  exit 0
fi

missing=()
for pkg in "${want[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "os-deps: missing ${missing[*]}; run this script as root to install them." >&2
    exit 1
  fi
fi
echo "os-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
