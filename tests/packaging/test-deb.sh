#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging test (issue 6): from a configured and built BUILD_DIR, builds the .deb with
# CPack, checks what it holds and depends on, installs it with apt as a user would, runs
# the *installed* programs (`smsdesk --version`, a headless start answering /healthz, a
# clean stop on SIGTERM), validates the installed desktop file and AppStream metadata, and
# removes the package again. Needs root (or sudo) for apt; CI runs as root.
#   tests/packaging/test-deb.sh build-ci
set -euo pipefail

build_dir=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "test-deb: needs root or sudo for apt-get" >&2; exit 1; }
    SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive

work=$(mktemp -d)
chmod 755 "$work" # apt's unprivileged _apt user reads the .deb from here
headless_pid=""
installed=0
cleanup() {
    if [ -n "$headless_pid" ] && kill -0 "$headless_pid" 2>/dev/null; then
        kill -KILL "$headless_pid" 2>/dev/null || true
    fi
    if [ "$installed" = 1 ]; then
        $SUDO apt-get remove -y -qq smsdesk >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "test-deb: FAIL: $*" >&2
    exit 1
}
step() { echo "--- test-deb: $*"; }

step "building the package (cpack -G DEB in $build_dir)"
(cd "$build_dir" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    fail "cpack failed"
}
debs=("$work"/cpack/smsdesk_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no smsdesk_*.deb"
deb=${debs[0]}
cp "$deb" "$work/"
deb="$work/$(basename "$deb")"
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

step "checking its contents and dependencies"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
app_id=io.github.smsdesk.Smsdesk
for path in /usr/bin/smsdesk /usr/bin/smsdesk-headless /usr/bin/smsdesk-gateway-sim \
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/icons/hicolor/48x48/apps/$app_id.png /usr/share/icons/hicolor/256x256/apps/$app_id.png \
    /usr/lib/systemd/user/smsdesk.service /usr/share/doc/smsdesk/copyright; do
    grep -qx "$path" "$work/contents" || fail "the package lacks $path"
done
if grep -Eq '\.(a|h)$|^/usr/local/|^/usr/include/' "$work/contents"; then
    fail "the package carries build files: $(grep -E '\.(a|h)$|^/usr/local/|^/usr/include/' "$work/contents" | head -3)"
fi
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Three loaded at run time (nothing links them), one found by dpkg-shlibdeps from the ELF files.
for pkg in libqt6svg6 libqt6sql6-sqlite libsecret-1-0 libqt6core6; do
    [[ ", $depends," == *", $pkg"[\ ,]* ]] || fail "Depends lacks $pkg"
done
version=$(dpkg-deb -f "$deb" Version)

step "installing it with apt-get"
if dpkg-query -W -f='${Status}' smsdesk 2>/dev/null | grep -q 'install ok installed'; then
    $SUDO apt-get remove -y -qq smsdesk >/dev/null # left over from an interrupted run
fi
installed=1
$SUDO apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    fail "apt-get install failed"
}
dpkg-query -W -f='${Status}\n' smsdesk | grep -q 'install ok installed' || fail "smsdesk is not fully installed"

step "running the installed programs"
out=$(/usr/bin/smsdesk --version 2>&1) || fail "/usr/bin/smsdesk --version exited non-zero: $out"
echo "$out"
[[ "$out" == *"$version"* ]] || fail "smsdesk --version does not print the package version $version"
/usr/bin/smsdesk-gateway-sim --help >/dev/null 2>&1 || fail "/usr/bin/smsdesk-gateway-sim --help exited non-zero"

desktop-file-validate /usr/share/applications/$app_id.desktop || fail "installed desktop file is invalid"
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml >"$work/appstream.log" 2>&1 || {
    cat "$work/appstream.log" >&2
    fail "installed AppStream metadata is invalid"
}

if command -v systemd-analyze >/dev/null; then
    # Checks the unit's syntax and that its ExecStart program exists at the installed path.
    systemd-analyze verify /usr/lib/systemd/user/smsdesk.service || fail "the systemd user unit does not verify"
else
    echo "(systemd-analyze not installed: the unit's syntax is not checked)"
fi

data_dir="$work/data"
mkdir -p "$data_dir"
log="$work/headless.log"
/usr/bin/smsdesk-headless --headless --data-dir "$data_dir" --listen 127.0.0.1:0 >"$log" 2>&1 &
headless_pid=$!
for _ in $(seq 1 150); do # up to 15 s
    if ! kill -0 "$headless_pid" 2>/dev/null; then
        cat "$log" >&2
        fail "smsdesk-headless exited during start"
    fi
    grep -q " running" "$log" && break
    sleep 0.1
done
grep -q " running" "$log" || { cat "$log" >&2; fail "smsdesk-headless did not report running within 15 s"; }
# "smsdesk 0.1.0 running; data in DIR; API on http://127.0.0.1:PORT" (the bound port).
address=$(sed -n 's|.*API on http://\([0-9.]*:[0-9]*\).*|\1|p' "$log")
[ -n "$address" ] || { cat "$log" >&2; fail "smsdesk-headless runs but reports no API address, though --listen was given"; }
echo "smsdesk-headless up, API on $address"
status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://$address/healthz") || true
[ "$status" = 200 ] || { cat "$log" >&2; fail "GET /healthz answered '$status', not 200"; }

kill -TERM "$headless_pid"
rc=0
wait "$headless_pid" || rc=$?
headless_pid=""
[ "$rc" -eq 0 ] || { cat "$log" >&2; fail "smsdesk-headless exited with $rc after SIGTERM, not 0"; }
grep -q "stopped" "$log" || { cat "$log" >&2; fail "smsdesk-headless did not report a clean stop"; }
echo "smsdesk-headless stopped cleanly on SIGTERM"

step "removing it"
$SUDO apt-get remove -y -qq smsdesk >"$work/apt-remove.log" 2>&1 || {
    cat "$work/apt-remove.log" >&2
    fail "apt-get remove failed"
}
installed=0
[ ! -e /usr/bin/smsdesk ] || fail "/usr/bin/smsdesk is still there after removal"
echo "test-deb: PASS ($(basename "$deb"))"
