#!/usr/bin/env bash
# Set-up for a fresh Debian 12 machine (as root, or through sudo).
#   setup.sh run    install what is missing, build, start the explorer (demo portal when no webhook)
#   setup.sh test   install what is missing, check the changed files' format, build (warnings are errors), run
#                   every test, then again under ASan+UBSan,
#                   then build the .deb and run the programs from it (packaging/ci-package.sh)
#   setup.sh deps   only install the Debian packages
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-test}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(cmake ninja-build g++ pkg-config
    qt6-base-dev qtkeychain-qt6-dev qt6-l10n-tools libssl-dev
    libsecret-1-0 gnome-keyring dbus
    xvfb xauth fonts-dejavu-core libxkbcommon-dev
    clang libclang-rt-14-dev clang-format nodejs npm wrk time librsvg2-bin
    dpkg-dev file appstream desktop-file-utils qt6-translations-l10n python3)

install_deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    # nodejs may come from another repository with npm inside it
    if command -v npm >/dev/null 2>&1; then
        missing=("${missing[@]/npm/}")
        missing=("${missing[@]/nodejs/}")
    fi
    local want=()
    for p in "${missing[@]}"; do [ -n "$p" ] && want+=("$p"); done
    if [ ${#want[@]} -gt 0 ]; then
        echo "setup: installing ${want[*]}"
        export DEBIAN_FRONTEND=noninteractive
        $SUDO apt-get update -qq
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
    fi
}

build() { # preset
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" -j"$(nproc)"
}

# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring,
# so keychain tests use the real Secret Service. Never started under xvfb-run (see reference recipe).
with_keyring() {
    local kr
    kr=$(mktemp -d -t b24-keyring.XXXXXX)
    mkdir -p "$kr/data" "$kr/run" && chmod 700 "$kr/run"
    XDG_DATA_HOME="$kr/data" XDG_RUNTIME_DIR="$kr/run" \
        env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
        dbus-run-session -- bash -euo pipefail -c '
            printf %s b24-ci-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            for i in $(seq 50); do
                dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
                sleep 0.1
            done
            "$@"' b24-keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    local rc=$?
    rm -rf "$kr"
    return $rc
}

run_tests() { # preset
    B24_REQUIRE_KEYCHAIN=1 with_keyring xvfb-run -a -s "-screen 0 1280x800x24" \
        ctest --preset "$1" --output-on-failure -j2 --label-exclude '^bench$'
}

case "$mode" in
deps)
    install_deps
    ;;
run)
    install_deps
    build release # the three programs only: the release preset leaves the tests out
    # With no portal saved yet, the explorer opens its demo portal at once.
    exec ./build/release/app/b24-explorer/b24-explorer --demo-if-no-portal "${@:2}"
    ;;
test)
    install_deps
    t0=$SECONDS
    bash packaging/check-format.sh # seconds; a formatting slip fails before the long builds
    build ci
    run_tests ci
    echo "setup: ci preset passed after $((SECONDS - t0)) s"
    build asan
    run_tests asan
    echo "setup: asan preset passed after $((SECONDS - t0)) s"
    tests/fuzz/run.sh "${B24_FUZZ_SECONDS:-20}" build/fuzz # libFuzzer + ASan/UBSan, bounded time per target
    bash packaging/ci-package.sh build/ci # the ci build, already made: a third full build would cost CI time
    echo "setup: package built, installed and run after $((SECONDS - t0)) s"
    ;;
*)
    echo "usage: $0 run|test|deps" >&2
    exit 2
    ;;
esac
