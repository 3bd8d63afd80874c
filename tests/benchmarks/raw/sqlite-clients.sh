#!/usr/bin/env bash
# The raw five-row transaction on SQLite from <clients> sqlite3 shells at once, <count> transactions in all, in WAL
# mode with synchronous=FULL (the product's settings); prints "<transactions/s> <p50 ms> <p99 ms>".
# Usage: bash tests/benchmarks/raw/sqlite-clients.sh <database file> <clients> <count>
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
database=$1 clients=$2 count=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$database" "$database-wal" "$database-shm"
{ echo "PRAGMA journal_mode=WAL;"; cat "$here/schema.sql"; } | sqlite3 "$database" >/dev/null
per_client=$(( (count + clients - 1) / clients ))
# Each shell times each transaction itself (.timer), waits for the write lock up to 10 s (.timeout), and runs its share.
for client in $(seq 1 "$clients"); do
  {
    echo ".timeout 10000"
    echo "PRAGMA synchronous=FULL;"
    echo ".timer on"
    for _ in $(seq 1 "$per_client"); do cat "$here/five-rows.sqlite.sql" | grep -v '^--' | tr '\n' ' '; echo; done
  } >"$work/client-$client.sql"
done
start=$(date +%s.%N)
for client in $(seq 1 "$clients"); do sqlite3 "$database" <"$work/client-$client.sql" >"$work/client-$client.out" 2>&1 & done
wait
end=$(date +%s.%N)
done_count=$(sqlite3 "$database" "SELECT count(*) FROM raw_complaints;")
# .timer prints "Run Time: real 0.004 user … sys …" per statement line; one line holds one whole transaction.
cat "$work"/client-*.out | awk '/^Run Time: real/ { print $4 * 1000 }' | sort -n >"$work/latencies"
p50=$(awk '{ a[NR] = $1 } END { print a[int(NR * 0.50 + 0.5)] }' "$work/latencies")
p99=$(awk '{ a[NR] = $1 } END { print a[int(NR * 0.99 + 0.5)] }' "$work/latencies")
echo "$(echo "$done_count / ($end - $start)" | bc -l | xargs printf '%.0f') $p50 $p99"
