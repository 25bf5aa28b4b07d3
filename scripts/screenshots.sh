#!/usr/bin/env bash
# Takes the README screenshots from the real window (Polish UI) in the light and the dark
# theme: the app runs on a virtual X display with the example plan (tests/fixtures/plan_v4.json,
# which has milestones and due dates) and is walked back from the review with Alt+Left. The
# mouse is used once: a click opens the checklist's timeline tab (at its place in a 1100×760
# window at text size 1.0) and another goes back to the list.
# Needs: xvfb, xdotool, imagemagick. Usage: [THEMES="Light Dark"] scripts/screenshots.sh [out-dir]
# (out-dir defaults to docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
bin=target/debug/social-franchise-planner
cargo build --quiet
mkdir -p "$out"
size=1100x760
# shellcheck source=scripts/lib/plan-window.sh
. scripts/lib/plan-window.sh

shoot() { # theme
  local theme=$1
  start_plan_window 1280x800 "$theme" 1.0 tests/fixtures/plan_v4.json
  local prefix=$out/${theme,,}
  snap() { sleep 1.5; import -window root -crop "$size+0+0" "$prefix-$1.png"; }
  back() { xdotool key --delay 150 alt+Left; }
  sleep 5 # let the "opened" message fade from view of the first shot
  snap 9-review
  back; snap 8-budget
  back; snap 7-team
  back; snap 6-checklist
  xdotool mousemove 372 84 click 1; snap 6-timeline
  xdotool mousemove 274 84 click 1
  back; snap 5-readiness
  back; snap 4-franchise
  back; snap 3-model
  back; snap 2-profile
  back; snap 1-start
  stop_plan_window
}

for theme in ${THEMES:-Light Dark}; do
  shoot "$theme"
done
ls -1 "$out"
