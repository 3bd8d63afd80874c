#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, on 127.0.0.1 and the first free port from 55432, in a temp folder.
#   eval "$(bash tests/postgres.sh start)"   # installs postgresql if missing; exports COMPLAINTS_TEST_POSTGRES and PGROOT
#   bash tests/postgres.sh stop "$PGROOT"
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
case "${1:-}" in
  start)
    if [ ! -x "$PGBIN/initdb" ]; then
      echo "== Installing PostgreSQL (apt)" >&2
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    port="${PGPORT_TEST:-55432}"
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done  # skip ports in use
    root=$(mktemp -d /tmp/complaints-pg.XXXXXX)
    chown postgres:postgres "$root"
    runuser -u postgres -- "$PGBIN/initdb" -D "$root/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
    # fsync off for the tests: their databases are thrown away. PGDURABLE=1 keeps PostgreSQL's defaults (fsync and
    # synchronous commit on), for benchmarks whose numbers must be those of a real server.
    durability="-c fsync=off -c synchronous_commit=off"
    [ "${PGDURABLE:-0}" = 1 ] && durability=""
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $root $durability -c max_connections=300" start >/dev/null
    echo "export PGROOT=$root"
    echo "export COMPLAINTS_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
    ;;
  stop)
    root="${2:?usage: postgres.sh stop <PGROOT>}"
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null || true
    rm -rf "$root"
    ;;
  *) echo "usage: postgres.sh start | stop <PGROOT>" >&2; exit 2 ;;
esac
