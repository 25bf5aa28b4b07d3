#!/usr/bin/env bash
# Checks that the app never opens a network socket. The command-line tools and the window
# (on a virtual X display started outside the trace) run under strace, which records every
# socket the process and its threads and children create. Local sockets (AF_UNIX: X11,
# D-Bus) are fine; any IPv4, IPv6 or raw socket fails the check.
# Needs: strace, xvfb. Usage: scripts/no-network.sh [binary]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/social-franchise-planner}
[ -x "$bin" ] || cargo build --quiet
work=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export HOME=$work XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work

display=:$((500 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

trace() { # name, arguments...
  local name=$1; shift
  DISPLAY=$display strace -f -qq -e trace=socket -o "$work/$name.trace" "$bin" "$@" \
    >/dev/null 2>&1 || true
}
trace models models --json
trace new new --model kindergarten --name Test -o "$work/plan.json"
trace validate validate "$work/plan.json"
trace window --exit-after-first-frame "$work/plan.json"

cat "$work"/*.trace >"$work/all"
if grep -E 'socket\((AF_INET|AF_INET6|AF_PACKET)' "$work/all"; then
  echo "no-network: FAILED – the app opened a network socket (above)" >&2
  exit 1
fi
sockets=$(grep -c 'socket(' "$work/all" || true)
echo "no-network: $sockets sockets created, all local (AF_UNIX); no network socket"
