#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Smsdesk needs to build, test, run and package.
# Safe to run again: apt skips what is already there. (The SQS intake tests also need the
# ElasticMQ jar: scripts/test.sh fetches it with scripts/fetch-elasticmq.sh.)
set -euo pipefail
packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev pkg-config
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libqt6svg6 qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  qt6-charts-dev libqt6charts6 libqt6opengl6-dev libgl-dev libvulkan-dev
  libphonenumber-dev libsecret-1-0 gnome-keyring dbus dbus-x11
  xvfb xauth xdotool imagemagick fonts-dejavu-core wrk postgresql curl
  desktop-file-utils appstream dpkg-dev file librsvg2-bin jq openssl util-linux mount
  libhiredis-dev redis-server librabbitmq-dev rabbitmq-server default-jre-headless
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
