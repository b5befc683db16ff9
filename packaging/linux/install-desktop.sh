#!/usr/bin/env bash
# Add Dubbing Studio to this user's desktop: menu entry, icons, and the .srt/.dubproj associations.
#   bash packaging/linux/install-desktop.sh                from a source checkout (dubbing-studio on PATH)
#   bash dubbing-studio/_internal/linux/install-desktop.sh from an unpacked bundle (runs that bundle)
#   ... --exec /path/to/dubbing-studio                     to launch a given executable
# Installs under $XDG_DATA_HOME (default ~/.local/share); needs no root. Run it again after moving
# the bundle. The caches are refreshed when the desktop's tools are installed; otherwise the
# desktop picks the files up at next login.
set -euo pipefail

name=dubbing-studio
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

exec_path=""
if [ -d "$here/../../resources/icons" ]; then  # source tree: packaging/linux/
  icons="$here/../../resources/icons"
else                                          # bundle: _internal/linux/, executable two levels up
  icons="$here/../resources/icons"
  exec_path="$(cd "$here/../.." && pwd)/$name"
fi
if [ "${1:-}" = "--exec" ]; then
  exec_path=${2:?"--exec needs the path of the dubbing-studio executable"}
elif [ $# -gt 0 ]; then
  echo "usage: $0 [--exec /path/to/$name]" >&2
  exit 2
fi
if [ -n "$exec_path" ]; then
  # The Exec key quotes the path (it may hold spaces); these four would need escaping as well.
  case "$exec_path" in *'"'* | *'`'* | *'$'* | *'\'*)
    echo "install-desktop: unsupported character in $exec_path" >&2; exit 2 ;;
  esac
  [ -x "$exec_path" ] || { echo "install-desktop: $exec_path is not an executable" >&2; exit 2; }
fi

data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
mkdir -p "$apps" "$data/mime/packages"

if [ -n "$exec_path" ]; then
  sed "s|^Exec=.*|Exec=\"$exec_path\" %f|" "$here/$name.desktop" > "$apps/$name.desktop"
else
  cp "$here/$name.desktop" "$apps/$name.desktop"
fi
cp "$here/$name.xml" "$data/mime/packages/$name.xml"

for png in "$icons/$name"-*.png; do
  size=${png##*-}
  size=${size%.png}
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/$name.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$icons/$name.svg" "$data/icons/hicolor/scalable/apps/$name.svg"

if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$data/mime"
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$apps"
fi
# Without an index.theme the user's hicolor folder has no cache to refresh; touching it tells
# running GTK desktops to rescan.
touch "$data/icons/hicolor"
echo "install-desktop: installed $name into $data"
