#!/usr/bin/env bash
# Set up BLA Assistant on a fresh Debian/Ubuntu machine, then run the app or the tests.
#   bash scripts/setup.sh --run    # install, then open the desktop app
#   bash scripts/setup.sh --test   # install, then run the whole test suite (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:---run}"
PYTHON="${PYTHON:-python3}"

# System packages: Qt's offscreen/xcb platform libraries, LibreOffice for the Word round-trip
# tests, poppler for PDF pictures, binutils for PyInstaller.
APT_TEST="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
 libxkbcommon0 fonts-dejavu-core libreoffice-writer-nogui poppler-utils binutils
 fonts-crosextra-carlito fonts-crosextra-caladea"
APT_WINDOW="xvfb xauth libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0
 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"

install_apt() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "warning: cannot install ${missing[*]} (no apt-get); install them by hand" >&2
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}" >&2
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# shellcheck disable=SC2086
install_apt $APT_TEST
[ "$mode" = "--run" ] && install_apt $APT_WINDOW

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]" 2> >(grep -v "is ignored: it is neither" >&2)

case "$mode" in
    --run)
        shift || true
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found: starting the app on a virtual screen (xvfb-run)." >&2
            exec xvfb-run -a .venv/bin/bla-assistant "$@"
        fi
        exec .venv/bin/bla-assistant "$@"
        ;;
    --test)
        export QT_QPA_PLATFORM=offscreen
        .venv/bin/ruff check bla_assistant tests benchmarks
        status=0
        .venv/bin/python -m pytest -q -p no:cacheprovider "${@:2}" || status=$?
        if [ "$status" -eq 5 ]; then
            echo "error: pytest collected no tests" >&2
            exit 1
        fi
        exit "$status"
        ;;
    *)
        echo "usage: bash scripts/setup.sh [--run|--test]" >&2
        exit 2
        ;;
esac
