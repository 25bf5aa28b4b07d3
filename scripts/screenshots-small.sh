#!/usr/bin/env bash
# The screens a clerk spends the day on (checklist, budget, review) in a small 800×600 window,
# at the normal and at the largest text size, in the light and the dark theme: what must read
# without overlaps or cut text at any size. Same recipe as scripts/screenshots.sh (real window
# on a virtual X display, keyboard only, Polish UI, the example plan opened from the command line).
# Needs: xvfb, xdotool, imagemagick. Usage: scripts/screenshots-small.sh [out-dir]
# (out-dir defaults to docs/screenshots; files are named small-<theme>-<zoom>-<screen>.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
bin=target/debug/social-franchise-planner
cargo build --quiet
mkdir -p "$out"
# shellcheck source=scripts/lib/plan-window.sh
. scripts/lib/plan-window.sh

shoot() { # theme zoom
  local theme=$1 zoom=$2
  start_plan_window 800x600 "$theme" "$zoom"
  # Fill the small screen, whatever size the window opened at.
  xdotool windowmove --sync "$window_id" 0 0 windowsize --sync "$window_id" 800 600
  local prefix=$out/small-${theme,,}-$zoom
  snap() { sleep 1.5; import -window root "$prefix-$1.png"; }
  back() { xdotool key --delay 150 alt+Left; }
  sleep 5
  snap 9-review
  back; snap 8-budget
  back; back; snap 6-checklist
  stop_plan_window
}

for theme in Light Dark; do
  for zoom in 1.0 2.5; do
    shoot "$theme" "$zoom"
  done
done
ls -1 "$out" | grep '^small-'
