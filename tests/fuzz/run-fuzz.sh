#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the HTTP API fuzzer in a separate clang build and runs it for a bounded time.
#   tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS]     (default 60 s)
# Exits non-zero when the build fails or the fuzzer finds a crash, a leak or a timeout;
# the failing input is kept in BUILD_DIR/fuzz-artifacts/ (replay: fuzz_apirequest FILE).
set -eu
build_dir=${1:?usage: run-fuzz.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
src=$(cd "$(dirname "$0")/../.." && pwd)

# Every target gets coverage instrumentation (fuzzer-no-link) and ASan, so the fuzzer sees
# inside smsdesk_api and smsdesk_text; only the fuzzer binary links the libFuzzer main.
cmake -S "$src" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" \
    -DSMSDESK_SANITIZE=address \
    -DSMSDESK_FUZZ=ON -DSMSDESK_BUILD_GUI=OFF -DSMSDESK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --target fuzz_apirequest -j 2

work="$build_dir/fuzz-corpus"
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$work" "$artifacts"
# The seed corpus stays untouched; new inputs go to the work corpus.
"$build_dir/tests/fuzz/fuzz_apirequest" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$work" "$src/tests/fuzz/corpus"
echo "fuzz_apirequest: no crash in $seconds s"
