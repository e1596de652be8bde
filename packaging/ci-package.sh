#!/usr/bin/env bash
# Builds the Debian package, unpacks it into a temporary root and runs the installed programs from
# there; validates the desktop file and AppStream metainfo it carries. Called by setup.sh test.
#   ci-package.sh [BUILD_DIR]   (default build/package, configured from the release preset if new)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/package}

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake --preset release -B "$build_dir" -DB24_BUILD_TESTS=OFF >/dev/null
fi
# Only what the package holds; cpack installs from the build tree without building.
cmake --build "$build_dir" -j"$(nproc)" --target b24-explorer b24-cli b24-sandbox
(cd "$build_dir" && rm -f ./*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build_dir"/*.deb)
echo "package: $deb"
dpkg-deb -f "$deb" Package Version Depends Recommends

root=$(mktemp -d -t b24-deb-root.XXXXXX)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

fail() { echo "ci-package: $*" >&2; exit 1; }
for f in usr/bin/b24-explorer usr/bin/b24-cli usr/bin/b24-sandbox \
    usr/share/applications/io.github.b24_explorer.B24Explorer.desktop \
    usr/share/metainfo/io.github.b24_explorer.B24Explorer.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.b24_explorer.B24Explorer.svg \
    usr/share/icons/hicolor/48x48/apps/io.github.b24_explorer.B24Explorer.png \
    usr/share/icons/hicolor/256x256/apps/io.github.b24_explorer.B24Explorer.png \
    usr/share/bash-completion/completions/b24-cli; do
    [ -e "$root/$f" ] || fail "missing from the package: /$f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libqt6keychain1 libsecret-1-0; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

# The installed programs, not the build tree's (system Qt: no LD_LIBRARY_PATH needed).
"$root/usr/bin/b24-cli" --version | grep -q "^b24-cli " || fail "b24-cli --version"
"$root/usr/bin/b24-sandbox" --help | grep -q -- "--listen" || fail "b24-sandbox --help"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/b24-explorer" --version | grep -q "[0-9]\.[0-9]" ||
    fail "b24-explorer --version"
# Translations travel inside the binaries.
LANGUAGE= LC_ALL=ru_RU.UTF-8 "$root/usr/bin/b24-cli" --help | grep -q "Коды завершения" ||
    fail "b24-cli --help is not Russian under a Russian locale"

desktop-file-validate "$root/usr/share/applications/io.github.b24_explorer.B24Explorer.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.b24_explorer.B24Explorer.metainfo.xml"
bash -n "$root/usr/share/bash-completion/completions/b24-cli"
echo "ci-package: $(basename "$deb") installs and runs"
