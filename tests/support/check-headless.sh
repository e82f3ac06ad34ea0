#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the engine sources include a widget header or a headless binary links QtWidgets.
# Usage: check-headless.sh ENGINE_SOURCE_DIR BINARY...
src=$1; shift
status=0
if grep -rnE '#include\s*[<"](QtWidgets/|QWidget|QMainWindow|QDialog|QApplication|QMessageBox)' "$src"; then
    echo "FAIL: $src includes QtWidgets headers (above)"
    status=1
fi
for bin in "$@"; do
    if ldd "$bin" | grep -q 'libQt6Widgets'; then
        echo "FAIL: $bin links QtWidgets"
        status=1
    else
        echo "ok: $bin does not link QtWidgets"
    fi
done
exit $status
