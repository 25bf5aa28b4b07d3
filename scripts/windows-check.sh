#!/usr/bin/env bash
# Builds the Windows binary (cross-compiled with MinGW) and checks it under Wine:
#  1. the command line end to end: models, new, validate, export in every format, upgrade,
#     a bad file (exit 1 with a one-line message), with drive-letter paths, backslashes,
#     Polish letters and a path longer than Windows' old 260-character limit;
#  2. the window under Xvfb: --exit-after-first-frame exits 0, and a screenshot of the start
#     screen is not blank.
# Exits non-zero on any failure.
#
# Needs (see README, "Windows"): the x86_64-pc-windows-gnu Rust target, gcc-mingw-w64-x86-64,
# wine, xvfb, xauth, imagemagick.
# Usage: scripts/windows-check.sh [--screenshot FILE.png]
# WINDOWS_PROFILE=release|dev picks the cargo profile (default release, what is shipped);
# WINDOWS_SKIP_BUILD=1 checks the .exe already built (for re-running the checks only).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=x86_64-pc-windows-gnu
profile=${WINDOWS_PROFILE:-release}
shot_out=""
if [ "${1:-}" = "--screenshot" ]; then shot_out=$(realpath -m "${2:?--screenshot needs a file}"); fi

for tool in x86_64-w64-mingw32-gcc wine Xvfb import identify; do
  command -v "$tool" >/dev/null || { echo "windows check: $tool is missing (see README, Windows)" >&2; exit 1; }
done
if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  echo "windows check: the Rust target $target is missing: rustup target add $target" >&2
  exit 1
fi

start=$(date +%s)
if [ "${WINDOWS_SKIP_BUILD:-}" != 1 ]; then
  echo "windows check: building ($profile profile)"
  cargo build --quiet --profile "$profile" --target "$target" --bin social-franchise-planner
fi
dir=$profile; [ "$profile" = dev ] && dir=debug
exe=$root/target/$target/$dir/social-franchise-planner.exe
echo "windows check: built in $(($(date +%s) - start)) s, $(du -h "$exe" | cut -f1)"

# The icon (the PNG of assets/icons, whole) and the version information are in the .exe.
failures=0
fail() { echo "windows check: FAILED: $*" >&2; failures=$((failures + 1)); }
png=assets/icons/social-franchise-planner.png
icon_found=no
# grep reads lines, so the pattern stops at the PNG signature's \n; -b gives its offset.
for at in $(LC_ALL=C grep -obUaP '\x89PNG\r$' "$exe" | cut -d: -f1); do
  cmp -s -n "$(stat -c %s "$png")" -i "$at:0" "$exe" "$png" && icon_found=yes && break
done
[ "$icon_found" = yes ] || fail "the app icon is not embedded in the .exe"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
resources=$(x86_64-w64-mingw32-strings -el "$exe")
for field in ProductName "Social Franchise Planner" FileVersion "$version"; do
  grep -qxF "$field" <<<"$resources" || fail "the version information lacks \"$field\""
done

# Everything runs in a fresh folder with its own Wine prefix (its C: drive and registry).
work=$(mktemp -d)
xvfb_pid="" app_pid=""
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LC_ALL=C.UTF-8
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wineserver -k 2>/dev/null || true # only this run's prefix
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display

# The app next to the test-only ProcessPrng shim (see packaging/wine/bcryptprimitives.c).
app=$work/app
mkdir -p "$app"
cp "$exe" "$app/"
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$app/bcryptprimitives.dll" \
  packaging/wine/bcryptprimitives.c -ladvapi32
start=$(date +%s)
mkdir -p "$WINEPREFIX"
wineserver -p # one server for the whole run, not one per command
wineboot -i >"$work/wineboot.log" 2>&1
echo "windows check: Wine prefix ready in $(($(date +%s) - start)) s"

# A Linux path as the Windows program sees it: Z:\ is Wine's drive for /.
win() { printf 'Z:%s' "${1//\//\\}"; }
# Runs the app with a command line; stdout in $work/out, stderr in $work/err, exit code in $rc.
run() {
  rc=0
  timeout 120 wine "$app/social-franchise-planner.exe" "$@" >"$work/out" 2>"$work/err" || rc=$?
  tr -d '\r' <"$work/out" >"$work/out.txt" && mv "$work/out.txt" "$work/out"
  tr -d '\r' <"$work/err" >"$work/err.txt" && mv "$work/err.txt" "$work/err"
}
expect() { # expect CODE DESCRIPTION
  if [ "$rc" -ne "$1" ]; then
    fail "$2: exit $rc, expected $1"
    sed 's/^/  | /' "$work/err" >&2
  fi
}

plans="$work/Plany Łódź"
mkdir -p "$plans"

run --version
expect 0 "--version"
grep -qF "social-franchise-planner $version" "$work/out" || fail "--version printed: $(cat "$work/out")"

run models --json
expect 0 "models --json"
model=$(grep -o '"id": *"[^"]*"' "$work/out" | head -1 | sed 's/.*"\([^"]*\)"$/\1/' || true)
[ -n "$model" ] || fail "models --json listed no model id"
run models --lang en
expect 0 "models --lang en"
grep -q "$model" "$work/out" || fail "models does not list $model"

plan="$plans/Żłobek w Łodzi.json"
run new --model "$model" --name "Żłobek „Słoneczko” w Łodzi" -o "$(win "$plan")"
expect 0 "new with a drive-letter path and Polish letters"
grep -q "Słoneczko" "$plan" 2>/dev/null || fail "new did not write $plan"

cp "$plan" "$work/before.json"
run new --model "$model" --name "Inny" -o "$(win "$plan")"
expect 1 "new over an existing file without --force"
cmp -s "$plan" "$work/before.json" || fail "new without --force changed the existing file"
run new --model "$model" --name "Żłobek „Słoneczko” w Łodzi" -o "$(win "$plan")" --force
expect 0 "new --force over an existing file (replace on Windows)"

run validate "$(win "$plan")"
expect 0 "validate"
grep -q "Żłobek w Łodzi.json" "$work/out" || fail "validate did not name the file: $(cat "$work/out")"

# Relative path with backslashes, from the plans folder as the current folder.
rc=0
(cd "$plans" && timeout 120 wine "$app/social-franchise-planner.exe" validate '.\Żłobek w Łodzi.json' \
  >"$work/out" 2>"$work/err") || rc=$?
expect 0 "validate a relative path with a backslash"

# A folder path longer than the old MAX_PATH (260 characters).
long=$plans
for part in pierwszy drugi trzeci czwarty piąty szósty; do
  long="$long/katalog-$part-o-bardzo-długiej-nazwie-aby-przekroczyć-limit"
done
mkdir -p "$long"
long_plan="$long/plan.json"
[ "${#long_plan}" -gt 260 ] || fail "the long test path is only ${#long_plan} characters"
run new --model "$model" --name "Długa ścieżka" -o "$(win "$long_plan")"
expect 0 "new with a path of ${#long_plan} characters"
run validate "$(win "$long_plan")"
expect 0 "validate with a long path"
run export "$(win "$long_plan")" --format md
expect 0 "export next to a plan with a long path"
[ -s "$long/plan.md" ] || fail "export did not write plan.md next to the long-path plan"

formats=(html md csv)
for extra in docx pdf; do
  run export "$(win "$plan")" --format "$extra" -o "$(win "$work/probe.$extra")"
  if [ "$rc" -eq 2 ] && grep -q "unknown format" "$work/err"; then continue; fi
  formats+=("$extra")
done
for format in "${formats[@]}"; do
  out_file="$plans/eksport Łódź.$format"
  run export "$(win "$plan")" --format "$format" -o "$(win "$out_file")"
  expect 0 "export --format $format"
  [ -s "$out_file" ] || fail "export --format $format wrote nothing"
done
csv="$plans/eksport Łódź.csv"
if [ -s "$csv" ]; then
  [ "$(head -c 3 "$csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "the CSV has no UTF-8 byte-order mark"
  head -1 "$csv" | grep -q ';' || fail "the CSV does not use ; between cells"
  head -1 "$csv" | grep -q $'\r$' || fail "the CSV lines do not end with CR LF"
fi
run export "$(win "$plan")" --format md
expect 0 "export without -o"
[ -s "$plans/Żłobek w Łodzi.md" ] || fail "export without -o did not write next to the plan"

old="$plans/stary plan.json"
cp tests/fixtures/plan_v1.json "$old"
run upgrade "$(win "$old")"
expect 0 "upgrade"
cmp -s tests/fixtures/plan_v1.json "$old.bak" || fail "upgrade did not keep the old file as .bak"
cmp -s tests/fixtures/plan_v1.json "$old" && fail "upgrade did not rewrite the plan"
run validate "$(win "$old")"
expect 0 "validate the upgraded plan"

printf 'to nie jest plan' >"$plans/zły.json"
run validate "$(win "$plans/zły.json")"
expect 1 "validate a bad file"
[ "$(grep -c . "$work/err")" -eq 1 ] || fail "a bad file should give one line, got: $(cat "$work/err")"
grep -q 'zły.json$' "$work/err" || fail "the message does not end with the path: $(cat "$work/err")"
cmp -s <(printf 'to nie jest plan') "$plans/zły.json" || fail "validate changed the bad file"

run no-such-command
expect 2 "an unknown subcommand"

echo "windows check: command line done ($failures failures)"

# The window: one frame and exit, then a screenshot of the start screen.
rc=0
timeout 120 wine "$app/social-franchise-planner.exe" --exit-after-first-frame >"$work/first.log" 2>&1 || rc=$?
if [ "$rc" -ne 0 ]; then
  fail "--exit-after-first-frame: exit $rc"
  sed 's/^/  | /' "$work/first.log" >&2
fi
wine "$app/social-franchise-planner.exe" >"$work/app.log" 2>&1 &
app_pid=$!
colours=0
for _ in $(seq 45); do
  sleep 2
  import -window root "$work/shot.png" 2>/dev/null || continue
  colours=$(identify -format '%k' "$work/shot.png")
  [ "$colours" -ge 64 ] && break
done
sleep 3 # let the first frames settle
import -window root "$work/shot.png"
colours=$(identify -format '%k' "$work/shot.png")
if [ "$colours" -lt 64 ]; then
  fail "the window's screenshot looks blank ($colours colours)"
  sed 's/^/  | /' "$work/app.log" >&2
elif [ -n "$shot_out" ]; then
  # The window alone, without the empty rest of the virtual screen.
  convert "$work/shot.png" -trim +repage "$shot_out"
  echo "windows check: screenshot in $shot_out"
fi

if [ "$failures" -gt 0 ]; then
  echo "windows check: $failures failures" >&2
  exit 1
fi
echo "windows check: all passed (window drew $colours colours)"
