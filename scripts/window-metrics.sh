#!/usr/bin/env bash
# Idle frames, idle CPU and memory of the real window on a virtual X display with Mesa's
# software OpenGL, in three situations:
#   start      the start screen;
#   checklist  a plan of N checklist items opened from the command line, then moved to the
#              checklist step with Alt+Left (the Back shortcut) three times;
#   bare       the smallest eframe window (examples/bare_window.rs), for comparison.
# Each window gets 8 s to settle (the "plan opened" message fades after 5 s), then frames and
# CPU time are counted over 5 s with no input. Frames come from the app's own trace log: with
# RUST_LOG=frames=trace it logs one line per frame (the default log level is "warn", so
# users never see it); as a control, moving the mouse over the window for a second must draw
# frames. CPU time comes from /proc/PID/stat; memory from /proc/PID/status
# (VmHWM is the peak resident set since start, VmRSS the current one: anonymous memory, plus
# pages of mapped files such as the GL driver, plus shared memory). DETAIL=N also lists the N
# largest mappings by resident size. Exits 1 when an idle window draws frames, when the app
# logs no frames (nothing measured), or when the window does not hold all N items: after the
# measurement it saves the plan with Ctrl+S and the saved file must still hold N items.
# Needs: xvfb, xdotool, python3 and a release build (also `cargo build --release --example
# bare_window` for the comparison). Usage: scripts/window-metrics.sh [binary] [items=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/social-franchise-planner}
items=${2:-2000}
bare=${BARE:-target/release/examples/bare_window}
settle=${SETTLE:-8}
window=${WINDOW:-5}
[ -x "$bin" ] || cargo build --release --quiet
work=$(mktemp -d)
xvfb_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

display=:$((500 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display HOME=$work XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work
export XDG_DOCUMENTS_DIR=$work/docs RUST_LOG=warn,frames=trace

# A plan with $items checklist items in the CURRENT format (the newest tests/fixtures/plan_vN.json,
# so opening it runs no upgrade that could rebuild the checklist): the fixture's items repeated
# as the user's own items (origin "custom", ids custom_1…), which every version keeps.
fixture=$(ls tests/fixtures/plan_v*.json | sort -V | tail -1)
python3 - "$fixture" "$work/plan.json" "$items" <<'PY'
import copy, json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
base, items = plan["checklist"], int(sys.argv[3])
plan["checklist"] = []
for i in range(items):
    entry = copy.deepcopy(base[i % len(base)])
    entry["id"] = f"custom_{i + 1}"
    entry["origin"] = "custom"
    entry["note"] = f"Notatka {i}: zadzwonić do PUP w sprawie dotacji."
    entry["owner"] = f"Osoba {i % 7}"
    plan["checklist"].append(entry)
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
count_items() {
  python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))["checklist"]))' "$1"
}
version_of() {
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["schema_version"])' "$1"
}
# The plan must be of the version this binary writes (a `new` plan shows it).
"$bin" new --model kindergarten --name probe -o "$work/probe.json" >/dev/null
[ "$(version_of "$work/plan.json")" = "$(version_of "$work/probe.json")" ] || {
  echo "the generated plan is not in the current format" >&2; exit 1; }
[ "$(count_items "$work/plan.json")" = "$items" ] || { echo "the plan was not generated" >&2; exit 1; }

field() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$app_pid/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }
frames() { grep -c ' frame ' "$work/app.log" || true; }

measure() { # name, keys to press, plan file or "", command...
  local name=$1 keys=$2 plan=$3
  shift 3
  "$@" >"$work/app.log" 2>&1 &
  app_pid=$!
  local wid=""
  for _ in $(seq 100); do
    wid=$(xdotool search --pid "$app_pid" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.2
  done
  [ -n "$wid" ] || { echo "$name: no window appeared" >&2; cat "$work/app.log" >&2; exit 1; }
  sleep 2
  if [ -n "$keys" ]; then
    xdotool windowfocus --sync "$wid"
    for key in $keys; do xdotool key --clearmodifiers "$key"; sleep 0.5; done
  fi
  sleep "$settle"
  local f0 c0 f1 c1 ticks
  f0=$(frames) c0=$(cpu_ticks)
  sleep "$window"
  f1=$(frames) c1=$(cpu_ticks)
  ticks=$(getconf CLK_TCK)
  local step
  step=$({ grep ' frame ' "$work/app.log" || true; } | tail -1 | sed -n 's/.* on \([A-Za-z]*\).*/\1/p')
  local idle="n/a" moving="n/a" # The bare window logs no frames.
  if [ "$f1" -gt 0 ]; then
    idle=$((f1 - f0))
    # Control: moving the mouse over the window for a second does draw frames.
    for x in $(seq 100 20 500); do xdotool mousemove --window "$wid" "$x" 300; sleep 0.05; done
    sleep 0.2
    moving=$(($(frames) - f1))
  fi
  printf '%-10s step %-10s idle frames in %ss: %-4s idle CPU: %4s ms   frames while the mouse moves: %s\n' \
    "$name" "${step:-n/a}" "$window" "$idle" "$(((c1 - c0) * 1000 / ticks))" "$moving"
  printf '%-10s VmHWM %s kB  VmRSS %s kB = RssAnon %s kB + RssFile %s kB + RssShmem %s kB\n' \
    "" "$(field VmHWM)" "$(field VmRSS)" "$(field RssAnon)" "$(field RssFile)" "$(field RssShmem)"
  if [ -n "${DETAIL:-}" ]; then # The largest mappings by resident size.
    awk '/^[0-9a-f]+-[0-9a-f]+ / { name = ($6 == "" ? "[anonymous]" : $6) }
         /^Rss:/ { rss[name] += $2 }
         END { for (n in rss) printf "%10d kB  %s\n", rss[n], n }' "/proc/$app_pid/smaps" |
      sort -rn | head -"$DETAIL"
  fi
  if [ -n "$plan" ]; then
    # What the window holds, seen from outside: Ctrl+S writes it back to the plan's file.
    local before
    before=$(cksum <"$plan")
    xdotool mousemove --window "$wid" 600 40 windowfocus --sync "$wid" key --clearmodifiers Escape ctrl+s ||
      echo "$name: xdotool could not press Ctrl+S" >&2
    for _ in $(seq 50); do
      [ "$(cksum <"$plan")" != "$before" ] && break
      sleep 0.2
    done
    sleep 0.5
    if [ "$(cksum <"$plan")" = "$before" ]; then
      echo "$name: FAILED – Ctrl+S did not save the plan, its item count is unknown" >&2
      failed=1
    fi
    local opened
    opened=$(count_items "$plan")
    echo "$name: the window held $opened checklist items (saved back with Ctrl+S)"
    if [ "$opened" != "$items" ]; then
      echo "$name: FAILED – the plan has $items items, the window held $opened" >&2
      failed=1
    fi
  fi
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  if [ "$idle" = n/a ] && [ "$name" != bare ]; then
    echo "$name: FAILED – no frames were logged, nothing was measured" >&2
    failed=1
  elif [ "$idle" != n/a ] && { [ "$idle" -ne 0 ] || [ "$moving" -eq 0 ]; }; then
    echo "$name: FAILED – an idle window must draw no frames, a moving mouse some" >&2
    failed=1
  fi
}
failed=0

echo "binary: $bin ($(stat -c %s "$bin") bytes); plan: $items items"
measure start "" "" "$bin"
measure checklist "alt+Left alt+Left alt+Left" "$work/plan.json" "$bin" "$work/plan.json"
if [ -x "$bare" ]; then
  measure bare "" "" "$bare"
else
  echo "bare: not built (cargo build --release --example bare_window)"
fi
exit "$failed"
