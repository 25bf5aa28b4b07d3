#!/usr/bin/env bash
# Starts the real window under a virtual X display and checks what a person would see:
#  1. with --exit-after-first-frame the window opens, presents a frame and exits 0;
#  2. started normally, a window appears and a screenshot of it is not blank.
# Needs: xvfb, xdotool, imagemagick (see README). Usage: scripts/window-check.sh [binary] [shot.png]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/social-franchise-planner}
shot=${2:-}
[ -x "$bin" ] || cargo build --quiet
work=$(mktemp -d)
xvfb_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display HOME=$work XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work LANG=pl_PL.UTF-8

status=0
timeout 60 "$bin" --exit-after-first-frame >"$work/first.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  echo "window check: --exit-after-first-frame FAILED (exit $status)" >&2
  cat "$work/first.log" >&2
  exit 1
fi

"$bin" >"$work/app.log" 2>&1 &
app_pid=$!
wid=""
for _ in $(seq 100); do
  wid=$(xdotool search --pid "$app_pid" 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  sleep 0.2
done
if [ -z "$wid" ]; then
  echo "window check: no window appeared" >&2
  cat "$work/app.log" >&2
  exit 1
fi
sleep 2
import -window root "$work/shot.png"
colours=$(identify -format '%k' "$work/shot.png")
[ -n "$shot" ] && cp "$work/shot.png" "$shot"
if [ "$colours" -lt 64 ]; then
  echo "window check: the screenshot looks blank ($colours colours)" >&2
  exit 1
fi
echo "window check: window opened and drew the start screen ($colours colours)"
