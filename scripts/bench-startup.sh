#!/usr/bin/env bash
# Start-up time, measured as the wall time from process start to process EXIT with
# `--exit-after-first-frame` (the window opens, presents one frame, closes) on a virtual X
# display with Mesa's software OpenGL. It includes closing the window and tearing down GL, so
# it is an upper bound of the time to the first presented frame, not that time itself.
# Every run must exit 0 (a crash is not a fast start). Prints the median and spread of N runs.
# Needs: xvfb. Usage: scripts/bench-startup.sh [runs=20] [binary=target/release/...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
bin=${2:-target/release/social-franchise-planner}
[ -x "$bin" ] || cargo build --release --quiet
work=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
display=:$((500 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display HOME=$work XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work

"$bin" --exit-after-first-frame >/dev/null 2>&1 || { echo "the app failed to start" >&2; exit 1; } # warm the file cache
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" --exit-after-first-frame >/dev/null 2>&1 || { echo "the app failed to start" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
done | sort -n >"$work/times"
python3 - "$work/times" <<'PY'
import statistics, sys
times = [int(line) for line in open(sys.argv[1])]
print(f"runs: {len(times)}  median: {statistics.median(times)} ms  "
      f"min: {times[0]} ms  max: {times[-1]} ms  p90: {times[int(len(times) * 0.9) - 1]} ms")
PY
