#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a throwaway PostgreSQL cluster (DESIGN §7): initdb + pg_ctl in a
# temporary folder, listening on 127.0.0.1 only on a free port, password login, stopped
# and removed when the test ends (whatever its result). The test finds the server in
# SMSDESK_TEST_PG_URL (postgresql://user:password@127.0.0.1:port/postgres), and a script
# that restarts it in SMSDESK_TEST_PG_RESTART.
#
# As root (CI) the cluster runs as user `postgres` (PostgreSQL refuses to run as root);
# otherwise as the calling user. Clusters left behind by a killed run are stopped and
# removed by the next run. Fails loudly (exit 1) when no cluster can be started.
set -eu

fail() {
    echo "run-with-postgres: $*" >&2
    echo "run-with-postgres: the PostgreSQL store tests need a local PostgreSQL 15 (scripts/install-deps.sh)" >&2
    exit 1
}

[ $# -ge 1 ] || fail "usage: run-with-postgres.sh TEST [ARGS...]"
PGBIN=${SMSDESK_PGBIN:-/usr/lib/postgresql/15/bin}
for tool in initdb pg_ctl; do
    [ -x "$PGBIN/$tool" ] || fail "$PGBIN/$tool not found (Debian package postgresql)"
done

if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "running as root, but there is no user 'postgres' to run the server as"
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

TMPROOT=${TMPDIR:-/tmp}

# A cluster whose wrapper died (SIGKILL, CTest timeout) still runs: stop and remove it.
for stale in "$TMPROOT"/smsdesk-pgtest.*; do
    [ -f "$stale/wrapper.pid" ] || continue
    owner=$(cat "$stale/wrapper.pid" 2>/dev/null || echo "")
    if [ -n "$owner" ] && kill -0 "$owner" 2>/dev/null; then
        continue # another run, still alive
    fi
    if [ -f "$stale/data/postmaster.pid" ]; then
        as_pg "$PGBIN/pg_ctl" -D "$stale/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$stale"
done

DIR=$(mktemp -d "$TMPROOT/smsdesk-pgtest.XXXXXX")
echo $$ >"$DIR/wrapper.pid"
stop_cluster() {
    if [ -f "$DIR/data/postmaster.pid" ]; then
        as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
}
trap 'stop_cluster' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

PGUSER_NAME=smsdesk
PGPASSWORD_VALUE="test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$PGPASSWORD_VALUE" >"$DIR/pwfile"
mkdir "$DIR/data" "$DIR/socket"
[ "$(id -u)" -ne 0 ] || chown -R postgres "$DIR"
chmod 700 "$DIR"

if ! as_pg "$PGBIN/initdb" -D "$DIR/data" -U "$PGUSER_NAME" --pwfile="$DIR/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1; then
    cat "$DIR/initdb.log" >&2
    fail "initdb failed"
fi

# A free port: try random ones; the server refuses to start on a taken one.
started=0
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 + 20000 ))
    # fsync off: a throwaway cluster; durability of PostgreSQL itself is not under test.
    if as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR/socket -c fsync=off -c max_connections=200" \
        start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ "$started" -ne 1 ]; then
    tail -n 30 "$DIR/data/server.log" >&2 || true
    fail "could not start PostgreSQL on 127.0.0.1 (10 ports tried)"
fi

export SMSDESK_TEST_PG_URL="postgresql://$PGUSER_NAME:$PGPASSWORD_VALUE@127.0.0.1:$port/postgres"
# Tests of reconnection restart the server with this (same port, same settings).
runas=""
[ "$(id -u)" -ne 0 ] || runas="runuser -u postgres --"
printf '#!/bin/sh\nexec %s "%s/pg_ctl" -D "%s/data" -l "%s/data/server.log" -w -t 60 -m fast restart >/dev/null\n' \
    "$runas" "$PGBIN" "$DIR" "$DIR" >"$DIR/restart"
chmod 755 "$DIR/restart"
export SMSDESK_TEST_PG_RESTART="$DIR/restart"
echo "run-with-postgres: $("$PGBIN/pg_ctl" --version | sed 's/^pg_ctl (\(PostgreSQL\)) \([^ ]*\).*/\1 \2/') on 127.0.0.1:$port" >&2
status=0
"$@" || status=$?
if [ "$status" -ne 0 ] && [ -f "$DIR/data/server.log" ]; then
    echo "run-with-postgres: server log (last 40 lines):" >&2
    tail -n 40 "$DIR/data/server.log" >&2 || true
fi
exit "$status"
