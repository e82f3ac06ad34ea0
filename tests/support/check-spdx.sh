#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file of the project lacks its licence line: every C++ file, script and
# CMake file names GPL-3.0-or-later in an SPDX-License-Identifier line at its top (after a #!
# line where there is one).
# Usage: check-spdx.sh SOURCE_ROOT
root=$(cd "${1:?usage: check-spdx.sh SOURCE_ROOT}" && pwd) || exit 2
cd "$root" || exit 2
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(git ls-files --cached --others --exclude-standard)
else
    files=$(find . -path ./build -prune -o -path ./.git -prune -o -type f -print | sed 's|^\./||')
fi
status=0
count=0
for f in $files; do
    [ -f "$f" ] || continue
    case "$f" in
    *.cpp | *.h | *.c | *.sh | *.cmake | *.py | */CMakeLists.txt | CMakeLists.txt) ;;
    scripts/* | .ci/*) head -c 2 "$f" | grep -q '#!' || continue ;;
    *) continue ;;
    esac
    count=$((count + 1))
    if ! head -n 3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "FAIL: $f has no 'SPDX-License-Identifier: GPL-3.0-or-later' line at its top"
        status=1
    fi
done
[ $status = 0 ] && echo "ok: $count source files carry their licence line"
exit $status
