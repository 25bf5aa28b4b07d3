#!/usr/bin/env bash
# Writes the Word and PDF exports of a plan and renders them to PNG so a person can look:
# the DOCX is converted to PDF by LibreOffice headless (as an office would open it), then the
# first pages of both PDFs are rendered with pdftoppm.
#
# Usage: scripts/look-at-exports.sh PLAN.json [OUT_DIR] [more export options]
#   e.g. scripts/look-at-exports.sh tests/golden/fixture_plan.json /tmp/look --appendix
#
# Needs LibreOffice (`soffice`) and poppler-utils (`pdftoppm`); as root on Debian/Ubuntu the
# script installs them with apt-get when missing. The app binary is built with cargo when
# missing; set SFP_BIN to use another binary. Not part of CI.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 PLAN.json [OUT_DIR] [export options]" >&2
  exit 2
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
plan=$(realpath "$1")
out=$(realpath -m "${2:-look}")
shift $(( $# >= 2 ? 2 : 1 ))
mkdir -p "$out"

bin=${SFP_BIN:-$repo/target/debug/social-franchise-planner}
if [ ! -x "$bin" ]; then
  (cd "$repo" && cargo build --quiet)
fi

need() {
  if ! command -v "$1" >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    else
      echo "$1 is missing: install $2" >&2
      exit 1
    fi
  fi
}
need pdftoppm poppler-utils
need soffice libreoffice-writer-nogui

name=$(basename "$plan" .json)
"$bin" export "$plan" --format docx -o "$out/$name.docx" "$@"
"$bin" export "$plan" --format pdf -o "$out/$name.pdf" "$@"

# LibreOffice writes <name>.pdf next to its input: convert in a folder of its own.
mkdir -p "$out/from-docx"
soffice --headless --convert-to pdf --outdir "$out/from-docx" "$out/$name.docx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 3 "$out/from-docx/$name.pdf" "$out/docx-page"
pdftoppm -png -r 80 -f 1 -l 3 "$out/$name.pdf" "$out/pdf-page"
echo "Pages rendered in $out:"
ls "$out"/*.png
