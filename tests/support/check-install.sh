#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch DESTDIR (prefix /usr, as a distribution package would) and
# checks that everything a user's desktop and CUPS look for lands where they look: the programs,
# the desktop files (valid by desktop-file-validate when it is installed; their Exec programs and
# Icon installed), the application icon, the CUPS backend (mode 0700: CUPS runs it as root), its
# PPD, the conversion helper, the common cover pages and the compiled translations.
# Usage: check-install.sh CMAKE BUILD_DIR
set -euo pipefail

cmake=${1:?usage: check-install.sh CMAKE BUILD_DIR}
build=${2:?usage: check-install.sh CMAKE BUILD_DIR}
dest=$(mktemp -d "${TMPDIR:-/tmp}/faxconsole-install-XXXXXX")
trap 'rm -rf "$dest"' EXIT
prefix=/usr
root="$dest$prefix"
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

if ! DESTDIR="$dest" "$cmake" --install "$build" --prefix "$prefix" >"$dest.log" 2>&1; then
    cat "$dest.log" >&2
    rm -f "$dest.log"
    echo "FAIL: cmake --install $build failed (is everything built? ninja -C $build)" >&2
    exit 1
fi
rm -f "$dest.log"

# A regular, non-empty file (executable when the second argument says so).
expect_file() {
    local path=$1 exec=${2:-}
    if [ ! -f "$root/$path" ]; then
        fail "$prefix/$path is not installed"
    elif [ ! -s "$root/$path" ]; then
        fail "$prefix/$path is empty"
    elif [ -n "$exec" ] && [ ! -x "$root/$path" ]; then
        fail "$prefix/$path is not executable"
    fi
}

expect_file bin/faxconsole exec
expect_file bin/faxctl exec
expect_file libexec/faxconsole/faxrender exec
expect_file share/icons/hicolor/scalable/apps/faxconsole.svg
expect_file share/faxconsole/faxconsole.ppd
for cover in general confidential fyi urgent; do
    expect_file "share/faxconsole/covers/$cover.coverpage"
done

# The CUPS backend: in CUPS' own backend folder under the prefix, named after its URI scheme,
# mode 0700 (run as root, and by nobody else).
backend=lib/cups/backend/faxconsole
expect_file "$backend" exec
if [ -f "$root/$backend" ]; then
    mode=$(stat -c %a "$root/$backend")
    [ "$mode" = 700 ] || fail "$prefix/$backend has mode $mode, CUPS needs 700"
fi

# Compiled translations: Qt's .qm files (they start with Qt's magic number).
for lang in de fr; do
    qm=share/faxconsole/translations/faxconsole_$lang.qm
    expect_file "$qm"
    if [ -f "$root/$qm" ]; then
        magic=$(od -An -tx1 -N16 "$root/$qm" | tr -d ' \n')
        [ "$magic" = 3cb86418caef9c95cd211cbf60a1bddd ] ||
            fail "$prefix/$qm is not a compiled Qt translation (starts with $magic)"
    fi
done

# Desktop files: valid, and what they name is installed.
validator=$(command -v desktop-file-validate || true)
[ -n "$validator" ] || echo "note: desktop-file-validate is not installed (desktop-file-utils); the desktop files are checked without it"
for desktop in faxconsole faxconsole-viewer; do
    file=share/applications/$desktop.desktop
    expect_file "$file"
    [ -f "$root/$file" ] || continue
    if [ -n "$validator" ]; then
        if ! out=$("$validator" "$root/$file" 2>&1); then
            fail "desktop-file-validate refuses $prefix/$file: $out"
        elif [ -n "$out" ]; then
            echo "desktop-file-validate on $prefix/$file: $out"
        fi
    fi
    while IFS= read -r exec_line; do
        program=${exec_line#*=}
        program=${program%% *}
        [ -x "$root/bin/$program" ] || fail "$prefix/$file runs '$program', which is not installed in $prefix/bin"
    done < <(grep '^Exec=' "$root/$file")
    icon=$(sed -n 's/^Icon=//p' "$root/$file")
    [ -f "$root/share/icons/hicolor/scalable/apps/$icon.svg" ] ||
        fail "$prefix/$file shows icon '$icon', which is not installed"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) in the installed tree" >&2
    exit 1
fi
echo "installed tree OK: $(find "$dest" -type f | wc -l) files under $prefix"
