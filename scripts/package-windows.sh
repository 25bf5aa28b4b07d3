#!/usr/bin/env bash
# Builds what is handed out for Windows, in target/dist/:
#   social-franchise-planner-<version>-setup.exe   per-user NSIS installer (no administrator)
#   social-franchise-planner-<version>-windows-x86_64.zip   the portable .exe
# then checks the installer under Wine in a fresh prefix: a silent install into the user's
# AppData, the Start-menu entry, the installed app starting (--version, and one frame of the
# window under Xvfb), a silent uninstall that leaves nothing behind. Exits non-zero on failure.
# Needs: what scripts/windows-check.sh needs, plus nsis and zip.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
for tool in x86_64-w64-mingw32-gcc wine makensis zip convert Xvfb; do
  command -v "$tool" >/dev/null || { echo "package: $tool is missing (see README, Windows)" >&2; exit 1; }
done

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
version_num=${version%%[-+]*}
# WINDOWS_SKIP_BUILD=1 packages the .exe already built (e.g. right after windows-check.sh).
[ "${WINDOWS_SKIP_BUILD:-}" = 1 ] || cargo build --quiet --release --target "$target" --bin social-franchise-planner
exe=$PWD/target/$target/release/social-franchise-planner.exe
dist=$PWD/target/dist
mkdir -p "$dist"
work=$(mktemp -d)

# The installer's own icon, in the usual sizes (the .exe embeds its icon at build time).
convert assets/icons/social-franchise-planner.png -define icon:auto-resize=256,48,32,16 "$work/app.ico"
setup=$dist/social-franchise-planner-$version-setup.exe
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DVERSION_NUM="$version_num" \
  -DEXE="$exe" -DICON="$work/app.ico" -DOUTFILE="$setup" packaging/windows/installer.nsi
zip_file=$dist/social-franchise-planner-$version-windows-x86_64.zip
rm -f "$zip_file"
zip -q -j -X "$zip_file" "$exe"
echo "package: $(du -h "$setup" | cut -f1) $setup"
echo "package: $(du -h "$zip_file" | cut -f1) $zip_file"

# The check, in a throw-away Wine prefix.
xvfb_pid=""
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LC_ALL=C.UTF-8
cleanup() {
  wineserver -k 2>/dev/null || true # only this prefix
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display
mkdir -p "$WINEPREFIX"
wineboot -i >"$work/wineboot.log" 2>&1
wineserver -w
# Test-only: Wine 8 lacks ProcessPrng (see packaging/wine/bcryptprimitives.c). It goes into
# this prefix's system folder so that the installed folder holds only what was installed.
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  packaging/wine/bcryptprimitives.c -ladvapi32

failures=0
fail() { echo "package: FAILED: $*" >&2; failures=$((failures + 1)); }
user_dir=$(find "$WINEPREFIX/drive_c/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -1)
install_dir="$user_dir/AppData/Local/Programs/Social Franchise Planner"
start_menu="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SocialFranchisePlanner'

rc=0; wine "$setup" /S || rc=$?
wineserver -w
[ "$rc" -eq 0 ] || fail "the silent install exited $rc"
cmp -s "$exe" "$install_dir/social-franchise-planner.exe" || fail "the app is not in $install_dir"
[ -f "$install_dir/uninstall.exe" ] || fail "no uninstaller in $install_dir"
ls "$start_menu"/*.lnk >/dev/null 2>&1 || fail "no Start-menu entry in $start_menu"
wine reg query "$key" /v DisplayVersion 2>/dev/null | grep -q "$version" || fail "no Apps entry with the version"
[ ! -e "$WINEPREFIX/drive_c/Program Files/Social Franchise Planner" ] || fail "installed under Program Files"

installed="C:\\users\\$(basename "$user_dir")\\AppData\\Local\\Programs\\Social Franchise Planner\\social-franchise-planner.exe"
out=$(wine "$installed" --version 2>&1) || fail "the installed app did not run: $out"
[[ $out == *"$version"* ]] || fail "the installed app printed: $out"
rc=0; timeout 120 wine "$installed" --exit-after-first-frame >"$work/first.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { fail "the installed app's window did not start (exit $rc)"; cat "$work/first.log" >&2; }

# The uninstaller copies itself to a temporary folder and restarts from there: wait for it.
rc=0; wine "$install_dir/uninstall.exe" /S || rc=$?
wineserver -w
[ "$rc" -eq 0 ] || fail "the silent uninstall exited $rc"
[ ! -e "$install_dir" ] || fail "the uninstall left $(ls -A "$install_dir" | tr '\n' ' ')in $install_dir"
! ls "$start_menu"/*.lnk >/dev/null 2>&1 || fail "the uninstall left the Start-menu entry"
! wine reg query "$key" >/dev/null 2>&1 || fail "the uninstall left the Apps entry"

[ "$(unzip -Z1 "$zip_file")" = social-franchise-planner.exe ] || fail "the .zip should hold the .exe only"

if [ "$failures" -gt 0 ]; then
  echo "package: $failures failures" >&2
  exit 1
fi
echo "package: installed, started and uninstalled silently under Wine"
