#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The console's loopback line: two virtual fax modems wired back to back (fax_virtualline, built
# on spandsp), so a fax sent on port "Loopback out" to any number rings port "Loopback in" and
# arrives in the Inbox. scripts/run uses it; so does the loopback integration test.
#
# Usage: scripts/loopback.sh start|stop [--data-dir DIR] [--virtualline PATH] [--faxctl PATH]
#   start  starts the line in the background (its pty links and log in DIR/loopback/) and adds
#          or updates the two ports in the local engine of DIR
#   stop   stops the line and takes the two ports out of use (send and receive off)
# DIR defaults to the local engine's default data folder ($FAXCONSOLE_DATA_DIR, else
# $XDG_DATA_HOME/faxconsole, else ~/.local/share/faxconsole).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
action="${1:-}"
[ $# -gt 0 ] && shift
data_dir=""
vline="$root/build/release/tests/support/virtualline/fax_virtualline"
faxctl="$root/build/release/bin/faxctl"
while [ $# -gt 0 ]; do
    case "$1" in
        --data-dir) data_dir="${2:?--data-dir needs a folder}"; shift 2 ;;
        --virtualline) vline="${2:?--virtualline needs a path}"; shift 2 ;;
        --faxctl) faxctl="${2:?--faxctl needs a path}"; shift 2 ;;
        *) echo "loopback.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
if [ -z "$data_dir" ]; then
    data_dir="${FAXCONSOLE_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/faxconsole}"
fi
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"

out_port="Loopback out"
in_port="Loopback in"
dir="$data_dir/loopback"
pid_file="$dir/virtualline.pid"
log="$dir/virtualline.log"
# Modem lock files (LCK..NAME in /var/lock) are named after the link: keep one data folder's
# links apart from another's.
tag="$(printf '%s' "$data_dir" | cksum | cut -d' ' -f1)"
link_out="$dir/ttyFaxLoop${tag}a"
link_in="$dir/ttyFaxLoop${tag}b"

ctl() {
    "$faxctl" --server "local:$data_dir" "$@"
}

# The PID of our running line, or nothing.
running_pid() {
    [ -f "$pid_file" ] || return 0
    local pid
    pid="$(cat "$pid_file")"
    if [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] &&
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "fax_virtualline"; then
        echo "$pid"
    fi
}

stop_line() {
    local pid
    pid="$(running_pid)"
    if [ -n "$pid" ]; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pid_file"
}

# Adds the port, or brings an existing one (of an earlier run) up to date. The station id is
# set only when the port is added: the user may have changed it since.
configure_port() {
    local name="$1" device="$2" id="$3"
    shift 3
    local keys=("flow-control=none" "$@")
    if ctl port "$name" >/dev/null 2>&1; then
        ctl port "$name" set "device=$device" "${keys[@]}" >/dev/null
    else
        ctl port "$name" add "$device" "${keys[@]}" "$id" >/dev/null
    fi
}

case "$action" in
    start)
        [ -x "$vline" ] || { echo "loopback.sh: $vline is not built" >&2; exit 1; }
        [ -x "$faxctl" ] || { echo "loopback.sh: $faxctl is not built" >&2; exit 1; }
        mkdir -p "$dir"
        stop_line # a line left over from a run that was killed
        "$vline" --back-to-back --serve --timeout 0 --pty-link "$link_out" --pty-link "$link_in" \
            </dev/null >"$log" 2>&1 &
        pid=$!
        echo "$pid" >"$pid_file"
        for _ in $(seq 100); do
            grep -q FAXVLINE_READY "$log" && break
            if ! kill -0 "$pid" 2>/dev/null; then
                echo "loopback.sh: the virtual line did not start:" >&2
                cat "$log" >&2
                rm -f "$pid_file"
                exit 1
            fi
            sleep 0.1
        done
        if ! grep -q FAXVLINE_READY "$log"; then
            echo "loopback.sh: the virtual line did not get ready in 10 s (log: $log)" >&2
            stop_line
            exit 1
        fi
        if ! configure_port "$out_port" "$link_out" "tsid=+1 555 0100" send-enabled=yes \
            receive-mode=off priority=99 ||
            ! configure_port "$in_port" "$link_in" "csid=+1 555 0199" send-enabled=no \
                receive-mode=auto rings=1; then
            echo "loopback.sh: cannot configure the loopback ports in $data_dir" >&2
            stop_line
            exit 1
        fi
        echo "Loopback line ready: a fax sent on port '$out_port' to any number arrives on" \
            "port '$in_port' (PID $pid, log $log)."
        ;;
    stop)
        stop_line
        # Out of use while no line is behind them; the next start turns them on again.
        if [ -x "$faxctl" ]; then
            ctl port "$out_port" set send-enabled=no >/dev/null 2>&1 || true
            ctl port "$in_port" set receive-mode=off >/dev/null 2>&1 || true
        fi
        ;;
    *)
        echo "usage: scripts/loopback.sh start|stop [--data-dir DIR] [--virtualline PATH]" \
            "[--faxctl PATH]" >&2
        exit 2
        ;;
esac
