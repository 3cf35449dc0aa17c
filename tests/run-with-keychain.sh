#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (Secret
# Service), so QtKeychain talks to a real keychain daemon. HOME is a throwaway dir.
set -eu
HOME=$(mktemp -d)
export HOME
export XDG_RUNTIME_DIR="$HOME/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
dbus-run-session -- sh -c 'echo -n smsdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
