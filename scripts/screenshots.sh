#!/usr/bin/env bash
# Takes the README screenshots from the real window (Polish UI) in the light and the dark
# theme: the app runs on a virtual X display and is driven with the keyboard only, exactly
# as a user without a mouse would (Ctrl+N, typing, Tab, Space, Ctrl+Enter).
# Needs: xvfb, xdotool, imagemagick. Usage: [THEMES="Light Dark"] scripts/screenshots.sh [out-dir]
# (out-dir defaults to docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
bin=target/debug/social-franchise-planner
cargo build --quiet
mkdir -p "$out"
size=1100x760

shoot() { # theme
  local theme=$1 work xvfb_pid app_pid display wid
  work=$(mktemp -d)
  display=:$((500 + RANDOM % 400))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  # Preferences as the app stores them: Polish, the chosen theme, normal text size.
  mkdir -p "$work/data/social-franchise-planner" "$work/Documents/Social Franchise Planner"
  printf '{"app":"(lang:pl,recent:[],look:(theme:%s,high_contrast:false,zoom:1.0),show_glossary:false)"}' \
    "$theme" >"$work/data/social-franchise-planner/app.ron"
  # A filled-in example plan (a nursery founded by natural persons), opened from the command
  # line: the window shows its review; Alt+Left walks back through the steps.
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
  sleep 2 # the first frames of a cold start
  xdotool windowfocus --sync "$wid"
  local prefix=$out/${theme,,}
  snap() { sleep 1.5; import -window root -crop "$size+0+0" "$prefix-$1.png"; }
  back() { xdotool key --delay 150 alt+Left; }
  sleep 5 # let the "opened" message fade from view of the first shot
  snap 9-review
  back; snap 8-budget
  back; snap 7-team
  back; snap 6-checklist
  back; snap 5-readiness
  back; snap 4-franchise
  back; snap 3-model
  back; snap 2-profile
  back; snap 1-start
  kill "$app_pid" "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}

for theme in ${THEMES:-Light Dark}; do
  shoot "$theme"
done
ls -1 "$out"
