# Shared by scripts/screenshots.sh and scripts/screenshots-small.sh (source it, do not run it):
# starts the app's real window on a private virtual X display with the example plan (a nursery
# founded by natural persons, opened from the command line, so the window shows its review;
# Alt+Left walks back through the steps) and stops it again.
#
#   start_plan_window SCREEN THEME ZOOM [PLAN]
#                                         e.g. 1280x800 Light 1.0; PLAN defaults to
#                                         tests/fixtures/plan_v3.json; needs $bin; sets DISPLAY
#                                         and window_id, exits 1 if no window appears
#   stop_plan_window                      ends what start_plan_window started, by process id

start_plan_window() {
  local screen=$1 theme=$2 zoom=$3 fixture=${4:-tests/fixtures/plan_v3.json} display
  plan_work=$(mktemp -d)
  display=:$((500 + RANDOM % 400))
  Xvfb "$display" -screen 0 "${screen}x24" -nolisten tcp >/dev/null 2>&1 &
  plan_xvfb_pid=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  # Preferences as the app stores them: Polish, the chosen theme and text size.
  mkdir -p "$plan_work/data/social-franchise-planner" "$plan_work/Documents/Social Franchise Planner"
  printf '{"app":"(lang:pl,recent:[],look:(theme:%s,high_contrast:false,zoom:%s),show_glossary:false)"}' \
    "$theme" "$zoom" >"$plan_work/data/social-franchise-planner/app.ron"
  local plan="$plan_work/Documents/Social Franchise Planner/Żłobek Promyk.json"
  cp "$fixture" "$plan"
  HOME=$plan_work XDG_DATA_HOME=$plan_work/data XDG_RUNTIME_DIR=$plan_work DISPLAY=$display \
    "$bin" "$plan" >"$plan_work/app.log" 2>&1 &
  plan_app_pid=$!
  window_id=
  for _ in $(seq 100); do
    window_id=$(DISPLAY=$display xdotool search --pid "$plan_app_pid" 2>/dev/null | head -1 || true)
    [ -n "$window_id" ] && break
    sleep 0.2
  done
  if [ -z "$window_id" ]; then
    echo "no window appeared on $display; the app said:" >&2
    cat "$plan_work/app.log" >&2
    stop_plan_window
    exit 1
  fi
  export DISPLAY=$display
  sleep 2 # the first frames of a cold start
  xdotool windowfocus --sync "$window_id"
}

stop_plan_window() {
  kill "$plan_app_pid" "$plan_xvfb_pid" 2>/dev/null || true
  rm -rf "$plan_work"
}
