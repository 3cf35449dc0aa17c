#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every ```sh block of docs/api.md, as written, against a real ApiServer + QueueStore
# (api_enqueue_bench --serve) on 127.0.0.1, and checks what they print. The examples name
# the default port 8765; the check serves on a free port and points them at it.
#   tests/api/check-docs.sh BUILD_DIR
# `smsdesk token create` is stood in by a shell function that prints the served token.
set -euo pipefail
build_dir=${1:?usage: check-docs.sh BUILD_DIR}
src=$(cd "$(dirname "$0")/../.." && pwd)
token=sd_docs_check_token_0123456789
log=$(mktemp)
"$build_dir/bench/api_enqueue_bench" --serve 0 --serve-seconds 120 --token "$token" \
    --webhook-secret smsgate=the-smsgate-webhook-secret \
    --webhook-secret mysmsgate=the-mysmsgate-webhook-secret >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log" "${script:-}"' EXIT
address=
for _ in $(seq 100); do
    address=$(sed -n 's/^SERVING \(127\.0\.0\.1:[0-9]*\)$/\1/p' "$log")
    [ -n "$address" ] && curl -s -o /dev/null "http://$address/healthz" && break
    kill -0 $server 2>/dev/null || { cat "$log"; echo "FAILED: the API server did not start"; exit 1; }
    sleep 0.1
done
[ -n "$address" ] || { cat "$log"; echo "FAILED: the API server did not start"; exit 1; }

script=$(mktemp)
{
    echo "set -euo pipefail"
    echo "smsdesk() { [ \"\$1 \$2\" = 'token create' ] && echo $token; }"
    awk '/^```sh$/ {on=1; next} /^```$/ {on=0} on' "$src/docs/api.md" | sed "s/127\.0\.0\.1:8765/$address/g"
} >"$script"
out=$(bash "$script" 2>&1) || { echo "$out"; echo "FAILED: a docs/api.md example exited non-zero"; exit 1; }
echo "$out"

fail=0
expect() { grep -qE "$1" <<<"$out" || { echo "MISSING in output: $1"; fail=1; }; }
expect '\{"cancelled":0,"dead":0,"delivered":0,"inbound":0,"queued":0,"sending":0,"sent":0\}'
expect '"status":"queued"'
expect '"to":"\+12025550123"'
# The idempotent retry loop prints the same id twice (JSON bodies end without a newline,
# so an id may follow the previous answer on its line).
ids=$(grep -oE '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' <<<"$out" | head -2)
[ "$(wc -l <<<"$ids")" = 2 ] && [ "$(sort -u <<<"$ids" | wc -l)" = 1 ] || { echo "idempotent retry: $ids"; fail=1; }
expect '^2$'                                   # batch of two
expect '"kind": "enqueued"'
expect '"next_cursor"'
expect '^cancelled$'
expect '"Shop phone"'
expect '"enabled": false'
expect '^204$'
expect '"dry_run":true,"rejected":\[\{"reason":"\\"0171 2345678\\" is not a phone number: too long","row":4\}'
expect '\{"rows":3,"imported":1,"merged":1,"rejected_total":1\}$'   # contacts/import
expect '"name":"Ada Lovelace","fields":\{"table":"9"\}'          # the file's field is newer
expect 'has no END:VCARD\. Nothing was imported\.$'
expect '^smsdesk_queue_depth\{status="queued"\}'
expect '"status":"ok"'
expect '(^|\})3\.1\.0$'   # GET /api/v1/openapi.json (after /healthz's answer, which ends without a newline)
expect '^get,post$'
expect '"effect":"stored"'
expect '"accepted":true,"effect":"(ignored|applied|not_found)"'
expect '\{"number":"\+12025550199","source":"api","detail":"asked on the phone"\}'
expect '^https://smsdesk.invalid/problems/opted-out$'
expect '403$'
expect '^401$'
expect '^\{"has_more":false,"next_cursor":"in\.[0-9]+"\}$'             # received, a poller's cursor
expect '^\{"number":"\+12025550123","n":2,"first":"out"\}$'          # one conversation
expect '\{"dead_letters":\[\],"total":0,"next_cursor":null\}'
expect '"skipped":\[\{"id":"[0-9a-f-]{36}","reason":"not a dead letter: it is cancelled"\}\]\}'
expect '\{"deleted":0,"skipped":\[\]\}\["all","ids","ids"\]$'
[ $fail = 0 ] && echo "docs/api.md: every example ran and answered as documented"
exit $fail
