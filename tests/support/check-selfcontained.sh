#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file of the project refers to a path outside the source tree: the folder beside
# the checkout that once held the test data, or a relative path that climbs above the root.
# A user's clone has nothing beside it.
# Usage: check-selfcontained.sh SOURCE_ROOT
root=$(cd "${1:?usage: check-selfcontained.sh SOURCE_ROOT}" && pwd) || exit 2
cd "$root" || exit 2
self=tests/support/check-selfcontained.sh
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(git ls-files --cached --others --exclude-standard)
else
    files=$(find . -path ./build -prune -o -path ./.git -prune -o -type f -print | sed 's|^\./||')
fi
status=0
# The sibling folder by name (written in two parts so that this script does not match itself).
sibling='shared''/testdata'
for f in $files; do
    [ "$f" = "$self" ] && continue
    case "$f" in tests/data/*.tif | *.png | *.svg | *.ts) continue ;; esac
    [ -f "$f" ] || continue
    if grep -nE "\.\./shared|$sibling" "$f" /dev/null; then
        echo "FAIL: $f refers to the folder beside the checkout"
        status=1
    fi
    # ../ chains deeper than the file's own folder reach above the root.
    depth=$(printf '%s' "$f" | tr -cd '/' | wc -c)
    max=$(grep -oE '(\.\./)+' "$f" | awk '{ n = length($0) / 3; if (n > m) m = n } END { print m + 0 }')
    if [ "$max" -gt "$depth" ]; then
        grep -nE "(\.\./){$((depth + 1)),}" "$f" /dev/null
        echo "FAIL: $f climbs $max folder(s) up from a folder $depth deep: out of the source tree"
        status=1
    fi
done
[ $status = 0 ] && echo "ok: no file refers to a path outside $root"
exit $status
