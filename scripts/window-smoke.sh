#!/usr/bin/env bash
# Starts the real window under a virtual X display, lets it present one frame and exit.
# Fails if the window cannot open or the process does not exit cleanly.
# Needs: xvfb (see README). Usage: scripts/window-smoke.sh [path-to-binary]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/social-franchise-planner}
[ -x "$bin" ] || cargo build --quiet
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
status=0
HOME=$home XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home timeout 120 \
  xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --exit-after-first-frame || status=$?
if [ "$status" -ne 0 ]; then
  echo "window smoke test: FAILED (exit code $status)" >&2
  exit 1
fi
echo "window smoke test: the window opened, drew a frame and closed"
