#!/usr/bin/env bash
# clang-format check of the C++ files a change touches, and of every include naming its layer from the
# repository root (CODING_GUIDELINES.md §1). Works on a clean clone:
#   check-format.sh [BASE]   files changed since BASE (a commit), committed or not
# Without BASE: since the merge base with main (or origin/main) when HEAD is on another branch,
# else since the commit before HEAD; with no history to compare, every tracked file.
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$formatter" ] || { echo "check-format: clang-format not installed (Debian: clang-format)" >&2; exit 2; }

base="${1:-${B24_FORMAT_BASE:-}}"
if [ -z "$base" ]; then
    for ref in main origin/main; do
        if git rev-parse -q --verify "$ref^{commit}" >/dev/null &&
            [ "$(git rev-parse "$ref")" != "$(git rev-parse HEAD)" ]; then
            base=$(git merge-base "$ref" HEAD) && break
        fi
    done
fi
[ -n "$base" ] || base=$(git rev-parse -q --verify 'HEAD~1^{commit}' || true)

if [ -n "$base" ]; then
    mapfile -t files < <(git diff --name-only --diff-filter=ACMR "$base" -- '*.cpp' '*.h')
else
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
fi
# Every quoted include names its layer (core/, ui/, app/, tests/), so no header can shadow another;
# generated ones (b24version.h, *.moc) are the exception. All files: a grep takes no time.
if git grep -n -E '^\s*#\s*include\s+"' -- '*.cpp' '*.h' |
    grep -v -E '#\s*include\s+"((core|ui|app|tests)/|b24version\.h"|[^"]*\.moc")'; then
    echo "check-format: the includes above do not name their layer (core/..., ui/..., app/..., tests/...)" >&2
    exit 1
fi

[ ${#files[@]} -gt 0 ] || { echo "check-format: no C++ file changed"; exit 0; }
if ! "$formatter" --dry-run --Werror "${files[@]}"; then
    echo "check-format: run $formatter -i on the files above (.clang-format)" >&2
    exit 1
fi
echo "check-format: ${#files[@]} changed C++ files follow .clang-format"
