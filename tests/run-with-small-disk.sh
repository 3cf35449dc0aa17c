#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test with a small, real file system of its own: a tmpfs of SIZE mounted in a
# private mount namespace (gone when the test ends, whatever its result), named in
# SMSDESK_TEST_SMALL_DISK. The test fills it to see what a full disk does to the store.
#   run-with-small-disk.sh SIZE TEST [ARGS...]      e.g. 4m
# As root (CI) the namespace is a plain one; otherwise an unprivileged user namespace
# (unshare -r). Fails loudly (exit 1) when neither can mount.
set -eu

fail() {
    echo "run-with-small-disk: $*" >&2
    exit 1
}

[ $# -ge 2 ] || fail "usage: run-with-small-disk.sh SIZE TEST [ARGS...]"
size=$1
shift
command -v unshare >/dev/null || fail "unshare not found (Debian package util-linux)"
mountpoint=$(mktemp -d "${TMPDIR:-/tmp}/smsdesk-small-disk-XXXXXX")
trap 'rmdir "$mountpoint" 2>/dev/null || true' EXIT
if [ "$(id -u)" -eq 0 ]; then
    namespace="unshare --mount --propagation private"
else
    namespace="unshare --map-root-user --mount --propagation private"
fi
# The mount and the test run inside the namespace; the test is exec'd so its exit code
# (and a crash) is the wrapper's.
$namespace sh -c '
    mount -t tmpfs -o "size=$1,mode=0700" smsdesk-small-disk "$2" || exit 97
    dir=$2
    shift 2
    SMSDESK_TEST_SMALL_DISK=$dir exec "$@"
' run-with-small-disk "$size" "$mountpoint" "$@" || {
    status=$?
    [ $status -ne 97 ] || fail "cannot mount a tmpfs (needs root or unprivileged user namespaces)"
    exit $status
}
