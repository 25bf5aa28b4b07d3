#!/usr/bin/env bash
# Prints a plan to PDF: exports it as HTML with the app's own `export` command, then lets
# headless Chromium print that page (A4 pages and breaks come from the page's print styles).
#
# Usage: scripts/print-html.sh PLAN.json OUT.pdf [more export options]
#   e.g. scripts/print-html.sh plany/żłobek.json żłobek.pdf --lang en --skip-not-started
#
# Needs Chromium (`chromium`, `chromium-browser` or `google-chrome` on PATH). When none is
# found and the script runs as root on Debian/Ubuntu, it installs `chromium` with apt-get.
# The app binary is built with cargo when missing; set SFP_BIN to use another binary.
# Not part of CI: it needs a browser and prints real pages.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 PLAN.json OUT.pdf [export options]" >&2
  exit 2
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
plan=$(realpath "$1")
out=$(realpath -m "$2")
shift 2

bin=${SFP_BIN:-$repo/target/debug/social-franchise-planner}
if [ ! -x "$bin" ]; then
  (cd "$repo" && cargo build --quiet)
fi

find_chromium() {
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

if ! chrome=$(find_chromium); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing chromium" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
    chrome=$(find_chromium)
  else
    echo "error: Chromium is not installed (install the chromium package, or run as root)" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
html=$work/plan.html
"$bin" export "$plan" --format html -o "$html" "$@" >/dev/null

# A throw-away profile, no network chatter, no browser header or footer on the pages.
"$chrome" --headless --no-sandbox --disable-gpu --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$(mktemp -d -p "$work")" --no-pdf-header-footer \
  --print-to-pdf="$out" "file://$html" 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2
  exit 1
}
if [ ! -s "$out" ]; then
  cat "$work/chromium.log" >&2
  echo "error: Chromium wrote no PDF: $out" >&2
  exit 1
fi
echo "$out"
