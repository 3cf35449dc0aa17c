#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Smsdesk (Release) and starts it. Arguments are passed
# on, e.g. ./scripts/run.sh --demo   or   ./scripts/run.sh --headless
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DSMSDESK_BUILD_TESTS=OFF -DSMSDESK_BUILD_BENCH=OFF
cmake --build build-release -j "${SMSDESK_JOBS:-2}"
exec build-release/app/smsdesk/smsdesk "$@"
