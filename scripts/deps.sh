#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Fax Console needs that are missing (as root, or with sudo).
# Usage: scripts/deps.sh run|test|bench
set -euo pipefail

build_pkgs=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-serialport-dev qt6-pdf-dev libqt6sql6-sqlite libqt6svg6 libtiff-dev libjbig-dev libgl-dev
    qtkeychain-qt6-dev
    qt6-translations-l10n # Qt's own texts (standard buttons, file dialogs) in German and French
    ghostscript fonts-dejavu-core
    libspandsp-dev) # spandsp: the virtual fax line, also the console's loopback line (scripts/run)
# Real peers and tools the tests use: efax, libtiff's tools, jbigkit's T.85 tools, clang's libFuzzer,
# HylaFAX's faxgetty/faxsend (a T.85 peer; its postinst asks nothing, see the policy-rc.d below).
# CUPS: cupsd, lp/lpadmin/lpstat and the filters a private cupsd runs in the print-to-fax test.
# desktop-file-validate checks the installed desktop files (CTest install_tree).
test_pkgs=(libtiff-tools sqlite3 efax jbigkit-bin clang libclang-rt-14-dev xauth xvfb hylafax-server
    cups-daemon cups-client cups-filters desktop-file-utils)

want=("${build_pkgs[@]}")
case "${1:-run}" in
    test|bench) want+=("${test_pkgs[@]}") ;;
esac

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
# No daemon may start from a postinst (hylafax-server pulls in exim4, whose postinst starts it
# where no systemd runs): a policy-rc.d that denies every start, for this install only.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
    $sudo chmod 755 /usr/sbin/policy-rc.d
    trap "$sudo rm -f /usr/sbin/policy-rc.d" EXIT
fi
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
