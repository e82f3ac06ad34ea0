#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that each engine library can include the headers of the areas it links and no others,
# and that only imaging (and what links it) reaches Qt Gui: a wrong include fails the build.
# Usage: check-layers.sh CXX LAYERS_FILE   (LAYERS_FILE: engine/CMakeLists.txt writes it)
cxx=${1:?usage: check-layers.sh CXX LAYERS_FILE}
layers=${2:?usage: check-layers.sh CXX LAYERS_FILE}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
status=0

# One header of each area.
header() {
    case $1 in
        core) echo '"core/result.h"' ;;
        imaging) echo '"imaging/faxtiff.h"' ;;
        t30) echo '"t30/t30session.h"' ;;
        modem) echo '"modem/atdialogue.h"' ;;
        queue) echo '"queue/jobstore.h"' ;;
        server) echo '"server/faxserver.h"' ;;
        cover) echo '"cover/coverpage.h"' ;;
        printing) echo '"printing/printinbox.h"' ;;
        addressbook) echo '"addressbook/addressbook.h"' ;;
        hylafax) echo '"hylafax/hylafaxreply.h"' ;;
        gui) echo '<QImage>' ;;
    esac
}
# What each library links, so what it may include.
allowed() {
    case $1 in
        faxcore) echo "core" ;;
        faximaging) echo "core imaging gui" ;;
        faxt30) echo "core t30" ;;
        faxmodem) echo "core t30 modem imaging gui cover" ;;
        faxqueue) echo "core queue" ;;
        faxhylafax) echo "core hylafax" ;;
        faxserver) echo "core server queue modem t30 imaging gui cover hylafax" ;;
        faxcover) echo "core imaging gui cover" ;;
        faxprinting) echo "core printing" ;;
        faxaddressbook) echo "core addressbook" ;;
    esac
}

for lib in faxcore faximaging faxt30 faxmodem faxqueue faxhylafax faxserver faxcover faxprinting faxaddressbook; do
    dirs=$(sed -n "s/^$lib=//p" "$layers")
    [ -n "$dirs" ] || { echo "FAIL: $lib is missing from $layers"; status=1; continue; }
    flags=$(printf '%s' "$dirs" | tr ':' '\n' | sed 's/^/-I/' | tr '\n' ' ')
    for area in core imaging t30 modem queue server cover hylafax printing addressbook gui; do
        printf '#include %s\n' "$(header $area)" >"$tmp/probe.cpp"
        # shellcheck disable=SC2086
        if "$cxx" -std=c++20 -fPIC -fsyntax-only $flags "$tmp/probe.cpp" 2>"$tmp/err"; then found=yes; else found=no; fi
        case " $(allowed $lib) " in *" $area "*) want=yes ;; *) want=no ;; esac
        if [ $found != $want ]; then
            status=1
            if [ $want = yes ]; then
                echo "FAIL: $lib cannot include $(header $area), which it links:"
                head -5 "$tmp/err"
            else
                echo "FAIL: $lib can include $(header $area) without linking $area"
            fi
        else
            echo "ok: $lib $([ $want = yes ] && echo includes || echo "cannot include") $(header $area)"
        fi
    done
done
exit $status
