#!/usr/bin/env bash
# Checks that the app never opens a network socket. Every command-line tool and a window
# session of several seconds (on a virtual X display started outside the trace, driven with
# key presses) run under strace, which records every socket, connect, bind and send of the
# process, its threads and children. Local sockets (AF_UNIX: X11, D-Bus) are fine; any IPv4,
# IPv6 or raw socket fails the check.
#
# The check proves it can see: strace must attach (the trace holds the program's execve),
# every traced run must exit 0, the window's X11 AF_UNIX connection must be in its trace, and
# a deliberate TCP connect to 127.0.0.1 run under the same wrapper must be caught.
# Needs: strace, xvfb, xdotool. Usage: scripts/no-network.sh [binary]
# (KEEP_WORK=1 keeps the traces in the temporary folder for a look.)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then bin=$1; else cargo build --quiet; bin=target/debug/social-franchise-planner; fi
[ -x "$bin" ] || { echo "no-network: FAILED – no binary at $bin" >&2; exit 1; }
for tool in strace Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "no-network: FAILED – $tool is not installed" >&2; exit 1; }
done
work=$(mktemp -d)
xvfb_pid="" strace_pid=""
cleanup() {
  [ -n "$strace_pid" ] && kill "$strace_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work
fail() { echo "no-network: FAILED – $*" >&2; exit 1; }

display=:$((500 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X${display#:}" ] || fail "Xvfb did not start"

syscalls=execve,socket,connect,bind,sendto,sendmsg
strace_cmd() { # trace file, program, arguments...
  local out=$1; shift
  DISPLAY=$display strace -f -qq -e trace=$syscalls -o "$out" -- "$@"
}
# The network calls in a trace: a non-local socket, or a connect/bind/send to an IP address.
network_calls() {
  grep -E 'socket\((AF_INET|AF_INET6|AF_PACKET)|sa_family=AF_INET6?[,}]' "$1" || true
}
attached() { # trace file, program: strace really followed the program
  grep -q "execve(\"$2\"" "$1" || fail "strace did not attach to $2 (see $(basename "$1"))"
}
trace() { # name, arguments...
  local name=$1; shift
  local status=0
  strace_cmd "$work/$name.trace" "$bin" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  if [ "$status" -ne 0 ]; then
    cat "$work/$name.err" >&2
    fail "'$name' exited with $status under strace"
  fi
  attached "$work/$name.trace" "$bin"
  echo "no-network: traced $name"
}

# Positive control 1: a deliberate TCP connect to a loopback port, under the same wrapper,
# must be caught (port 9 is "discard"; refused or not, the connect call is made).
strace_cmd "$work/control.trace" bash -c '(exec 3<>/dev/tcp/127.0.0.1/9) 2>/dev/null; exit 0' \
  || fail "the control program failed under strace"
attached "$work/control.trace" "$(command -v bash)"
[ -n "$(network_calls "$work/control.trace")" ] ||
  fail "the control connect to 127.0.0.1 was not caught: the check cannot see network sockets"
echo "no-network: control – a deliberate connect to 127.0.0.1 is caught"

# Every command.
plan=$work/plan.json
trace models models --json
trace models-table models --lang en
trace new new --model kindergarten --name Test -o "$plan"
trace validate validate "$plan"
cp tests/fixtures/plan_v1.json "$work/old.json"
trace upgrade upgrade "$work/old.json"
trace export-html export "$plan" --format html
trace export-md export "$plan" --format md -o "$work/plan.md"
trace export-csv export "$plan" --format csv
trace export-docx export "$plan" --format docx -o "$work/plan.docx"
trace export-pdf export "$plan" --format pdf -o "$work/plan.pdf"
# An imported model: the file the window's import copies into the data folder, read by the
# command line and by the window below (there is no import command on the command line).
mkdir -p "$XDG_DATA_HOME/social-franchise-planner/models"
sed '0,/"id": "kindergarten"/s//"id": "own_kindergarten"/' assets/models/kindergarten.json \
  >"$XDG_DATA_HOME/social-franchise-planner/models/own_kindergarten.json"
trace models-imported models --json
grep -q '"own_kindergarten"' "$work/models-imported.out" || fail "the imported model was not loaded"

# The window: first frame and exit, then a session of several seconds driven by key presses.
trace window-first-frame --exit-after-first-frame "$plan"
strace_cmd "$work/window.trace" "$bin" "$plan" >"$work/window.out" 2>"$work/window.err" &
strace_pid=$!
wid=""
for _ in $(seq 150); do
  wid=$(DISPLAY=$display xdotool search --onlyvisible --name 'Planer franczyzy' 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  sleep 0.2
done
[ -n "$wid" ] || { cat "$work/window.err" >&2; fail "no window appeared under strace"; }
# No window manager runs: give the window the keyboard, then send real (XTEST) key presses.
focused=""
for _ in $(seq 20); do
  if DISPLAY=$display xdotool mousemove --window "$wid" 400 300 windowfocus --sync "$wid" 2>/dev/null; then
    focused=1
    break
  fi
  sleep 0.5
done
[ -n "$focused" ] || fail "could not give the window the keyboard"
key() { DISPLAY=$display xdotool key --delay 150 "$@" 2>/dev/null || fail "xdotool could not press $*"; sleep 0.5; }
key F1 F1 ctrl+plus ctrl+minus ctrl+0  # glossary, text size
key alt+Right alt+Right alt+Left        # wizard steps
DISPLAY=$display xdotool type --delay 50 "abc" 2>/dev/null || fail "xdotool could not type"
key ctrl+z ctrl+o Escape                # undo, the Open dialog
sleep 4                                 # past the autosave delay
key ctrl+q                              # quit (asks if anything is unsaved)
for _ in $(seq 50); do kill -0 "$strace_pid" 2>/dev/null || break; sleep 0.2; done
# Quitting on ctrl+q also shows that the key presses reached the window.
kill -0 "$strace_pid" 2>/dev/null && fail "the window did not quit on ctrl+q"
status=0
wait "$strace_pid" || status=$?
strace_pid=""
[ "$status" -eq 0 ] || { cat "$work/window.err" >&2; fail "the window exited with $status"; }
attached "$work/window.trace" "$bin"
echo "no-network: traced a window session of several seconds"

# Positive control 2: the window's connection to the X server (a local socket) is visible.
grep -qE "connect\(.*AF_UNIX.*X11-unix/X${display#:}" "$work/window.trace" ||
  fail "the window's X11 AF_UNIX connection is not in its trace: the trace saw nothing"

rm "$work/control.trace"
cat "$work"/*.trace >"$work/all"
found=$(network_calls "$work/all")
if [ -n "$found" ]; then
  echo "$found" >&2
  fail "the app opened a network socket (above)"
fi
sockets=$(grep -c 'socket(' "$work/all" || true)
echo "no-network: $sockets sockets created, all local (AF_UNIX); no network socket"
