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

shoot() { # theme zoom
  local theme=$1 zoom=$2 work xvfb_pid app_pid display wid
  work=$(mktemp -d)
  display=:$((500 + RANDOM % 400))
  Xvfb "$display" -screen 0 800x600x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  mkdir -p "$work/data/social-franchise-planner" "$work/Documents/Social Franchise Planner"
  printf '{"app":"(lang:pl,recent:[],look:(theme:%s,high_contrast:false,zoom:%s),show_glossary:false)"}' \
    "$theme" "$zoom" >"$work/data/social-franchise-planner/app.ron"
  local plan="$work/Documents/Social Franchise Planner/Żłobek Promyk.json"
  cp tests/fixtures/plan_v3.json "$plan"
  HOME=$work XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work DISPLAY=$display \
    "$bin" "$plan" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 100); do
    wid=$(DISPLAY=$display xdotool search --pid "$app_pid" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.2
  done
  export DISPLAY=$display
  sleep 2
  xdotool windowfocus --sync "$wid"
  # Fill the small screen, whatever size the window opened at.
  xdotool windowmove --sync "$wid" 0 0 windowsize --sync "$wid" 800 600
  local prefix=$out/small-${theme,,}-$zoom
  snap() { sleep 1.5; import -window root "$prefix-$1.png"; }
  back() { xdotool key --delay 150 alt+Left; }
  sleep 5
  snap 9-review
  back; snap 8-budget
  back; back; snap 6-checklist
  kill "$app_pid" "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}

for theme in Light Dark; do
  for zoom in 1.0 2.5; do
    shoot "$theme" "$zoom"
  done
done
ls -1 "$out" | grep '^small-'
