#!/usr/bin/env bash
# LogComplaint under load beside the raw five-row transaction done by the same database in the same run, on SQLite and
# on PostgreSQL (durable: fsync and synchronous commit on), at 1, 16 and 64 concurrent clients: calls/s, p50 and p99
# (h2load --log-file), the raw rate (sqlite3 shells / pgbench), their ratio (goal: 0.5 or more, with p99 < 50 ms at 64
# clients), and the host's peak resident memory (goal: under 300 MiB). Then, per provider, reads on a database of
# READS complaints (reads.sh): GetComplaint at 16 and 64 clients (goal: 5,000 calls/s or more) and ListComplaints
# unfiltered and filtered one client at a time and at 16 clients (goal for the filtered: p99 under 50 ms). Not part of
# the test run: speed is measured here, never asserted by timed tests. Progress lines first, the tables at the end.
#
# Usage: bash tests/benchmarks/scale.sh
#   CALLS=2000 calls per LogComplaint run    PROVIDERS="Sqlite PostgreSql"    CLIENTS="1 16 64"    PORT=5580 (and +1)
#   READS=1000000 complaints seeded for the reads (0: no reads)    READ_SECONDS=10 per read run
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/tests/benchmarks"
calls="${CALLS:-2000}"
providers="${PROVIDERS:-Sqlite PostgreSql}"
clients_list="${CLIENTS:-1 16 64}"
port="${PORT:-5580}"
work=$(mktemp -d "${TMPDIR:-/tmp}/scale.XXXXXX")
host_pid="" pgroot="" rss_sampler=""
cleanup() {
  [ -n "$rss_sampler" ] && { kill "$rss_sampler" 2>/dev/null || true; }
  [ -n "$host_pid" ] && { kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; }
  [ -n "$pgroot" ] && bash "$root/tests/postgres.sh" stop "$pgroot"
  rm -rf "$work"
}
trap cleanup EXIT
source "$here/reads.sh"

for tool in h2load sqlite3 bc; do
  command -v "$tool" >/dev/null && continue
  echo "== Installing h2load, sqlite3, bc (apt)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nghttp2-client sqlite3 bc >/dev/null
  break
done
[ -d "$root/tests/conformance/node_modules" ] || (cd "$root/tests/conformance" && npm install --no-audit --no-fund --loglevel=error >/dev/null)

echo "== Building the host (Release)"
dotnet build "$root/host/Complaints.Host" -c Release --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
if [ "${READS:-1000000}" -gt 0 ]; then
  dotnet build "$here/ListBenchmark" -c Release --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi

# A throwaway identity provider and one token for an HMS (throwaway-idp.mjs).
node "$here/throwaway-idp.mjs" "$work" bench-integration hms
node "$here/grpc-frame.mjs" complaints/intake/v1/intake.proto complaints.intake.v1.IntakeService LogComplaint \
  '{"channel":"CHANNEL_PHONE","description":"The boiler repair was missed twice.","residentReference":"TEN-1"}' >"$work/log-complaint.bin"
load=(-t 1 -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $(cat "$work/token")")

start_host() { # start_host <provider> <connection string> [seconds to wait=30]: sets host_pid and host_start_seconds
  local started=$SECONDS
  ASPNETCORE_ENVIRONMENT=Production dotnet "$root/host/Complaints.Host/bin/Release/net10.0/Complaints.Host.dll" \
    "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$port" "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$((port + 1))" \
    "--Database:Provider=$1" "--Database:ConnectionString=$2" \
    --Authentication:Bearer:Issuer=https://idp.bench --Authentication:Bearer:Audience=complaints-api "--Authentication:Bearer:Jwks=$(cat "$work/jwks")" \
    --Limits:CallsPerSecondPerCaller=0 --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning \
    >"$work/host.log" 2>&1 &
  host_pid=$!
  # It listens once migrations and start-up backfills are done.
  for _ in $(seq 1 $(( ${3:-30} * 5 ))); do
    if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then host_start_seconds=$((SECONDS - started)); return 0; fi
    kill -0 "$host_pid" 2>/dev/null || break
    sleep 0.2
  done
  cat "$work/host.log" >&2; exit 1
}

stop_host() { kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""; }

# The host's peak resident memory, sampled every half second by a background loop; the loop keeps its highest in a
# file, since a subshell cannot set the script's variables.
rss_sampler_start() {
  echo 0 >"$work/rss.peak"
  ( peak=0; while true; do
      kib=$(awk '/^VmRSS/ { print $2 }' "/proc/$host_pid/status" 2>/dev/null || echo 0)
      [ "${kib:-0}" -gt "$peak" ] && { peak=$kib; echo "$peak" >"$work/rss.peak"; }
      sleep 0.5
    done ) &
  rss_sampler=$!
}
rss_sampler_stop() { # sets rss_peak_mib
  kill "$rss_sampler" 2>/dev/null; wait "$rss_sampler" 2>/dev/null || true
  rss_sampler=""
  rss_peak_mib=$(( $(cat "$work/rss.peak") / 1024 ))
}
peak_rss_mib=0

stored() { # how many complaints the product's database holds (h2load sees HTTP statuses, not gRPC ones)
  if [ "$1" = PostgreSql ]; then psql -tA -h 127.0.0.1 -p "$pgport" -U postgres -d complaints -c "SELECT count(*) FROM intake_complaints"
  else sqlite3 "$work/complaints.db" "SELECT count(*) FROM intake_complaints"; fi
}

log_complaints() { # log_complaints <clients> <count>: prints "<calls/s> <p50 ms> <p99 ms> <failed>"
  local clients=$1 count=$2
  rm -f "$work/h2load.log"   # h2load appends to its log file: each run's times must be its own
  rss_sampler_start
  h2load -n "$count" -c "$clients" -m 1 "${load[@]}" --data="$work/log-complaint.bin" --log-file="$work/h2load.log" \
    "http://127.0.0.1:$port/complaints.intake.v1.IntakeService/LogComplaint" >"$work/h2load.out" 2>&1
  rss_sampler_stop
  [ "$rss_peak_mib" -gt "$peak_rss_mib" ] && peak_rss_mib=$rss_peak_mib
  local rate failed
  rate=$(awk '/^finished in/ { gsub(",", "", $4); print $4 }' "$work/h2load.out")
  failed=$(awk '/^requests:/ { print $10 + $12 }' "$work/h2load.out")
  cut -f3 "$work/h2load.log" | sort -n >"$work/latencies"
  echo "$rate $(awk '{ a[NR] = $1 / 1000 } END { printf "%.1f %.1f", a[int(NR * 0.5 + 0.5)], a[int(NR * 0.99 + 0.5)] }' "$work/latencies") $failed"
}

raw_postgres() { # raw_postgres <clients> <count>: prints "<transactions/s> <p50 ms> <p99 ms>"
  local clients=$1 count=$2 per=$(( ($2 + $1 - 1) / $1 ))
  psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d raw -c "DROP TABLE IF EXISTS raw_sequence, raw_complaints, raw_cases, raw_transitions, raw_audit" >/dev/null 2>&1
  psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d raw -f "$here/raw/schema.sql" >/dev/null
  rm -f "$work"/pgbench_log.*
  (cd "$work" && pgbench -n -h 127.0.0.1 -p "$pgport" -U postgres -c "$clients" -j "$(( clients < 2 ? 1 : 2 ))" -t "$per" -l \
    -f "$here/raw/five-rows.pgbench" raw >"$work/pgbench.out" 2>&1)
  cat "$work"/pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n >"$work/raw-latencies"
  echo "$(awk '/^tps = / { printf "%.0f", $3 }' "$work/pgbench.out") $(awk '{ a[NR] = $1 } END { printf "%.1f %.1f", a[int(NR * 0.5 + 0.5)], a[int(NR * 0.99 + 0.5)] }' "$work/raw-latencies")"
}

for provider in $providers; do
  if [ "$provider" = PostgreSql ]; then
    eval "$(PGDURABLE=1 bash "$root/tests/postgres.sh" start)"
    pgroot=$PGROOT
    pgport=$(echo "$COMPLAINTS_TEST_POSTGRES" | sed -E 's/.*Port=([0-9]+).*/\1/')
    psql -q -h 127.0.0.1 -p "$pgport" -U postgres -c "CREATE DATABASE complaints" -c "CREATE DATABASE raw" -c "CREATE DATABASE reads" >/dev/null
    start_host PostgreSql "Host=127.0.0.1;Port=$pgport;Username=postgres;Database=complaints;Maximum Pool Size=100"
  else
    start_host Sqlite "Data Source=$work/complaints.db"
  fi
  # Warm-up until the JIT's tiers settle (a few thousand calls: after 200 a one-client call still took twice as long as
  # it does warm), and the connection pool and caches fill.
  echo "== $provider: LogComplaint at $clients_list clients"
  log_complaints 16 3000 >/dev/null
  for clients in $clients_list; do
    before=$(stored "$provider")
    read -r rate p50 p99 failed < <(log_complaints "$clients" "$calls")
    failed=$(( calls - ($(stored "$provider") - before) ))   # calls that stored nothing, whatever HTTP said
    if [ "$provider" = PostgreSql ]; then
      read -r raw raw50 raw99 < <(raw_postgres "$clients" "$calls")
    else
      read -r raw raw50 raw99 < <(bash "$here/raw/sqlite-clients.sh" "$work/raw.db" "$clients" "$calls")
    fi
    printf '%-10s %7s | %9s %8s %8s %6s | %9s %8s %8s | %6s\n' "$provider" "$clients" "$rate" "$p50" "$p99" "$failed" "$raw" "$raw50" "$raw99" \
      "$(echo "$rate / $raw" | bc -l | xargs printf '%.2f')" >>"$work/writes.table"
  done
  stop_host
  if [ "${READS:-1000000}" -gt 0 ]; then
    echo "== $provider: reads on $(printf "%'d" "${READS:-1000000}") complaints (seeding, then the host's start)"
    if [ "$provider" = PostgreSql ]; then reads PostgreSql "Host=127.0.0.1;Port=$pgport;Username=postgres;Database=reads;Maximum Pool Size=100"
    else reads Sqlite "Data Source=$work/reads.db"; rm -f "$work"/reads.db*; fi   # 1.4 GB at 1,000,000
  fi
  if [ -n "$pgroot" ]; then bash "$root/tests/postgres.sh" stop "$pgroot"; pgroot=""; fi
done
echo
echo "LogComplaint beside the raw transaction ($calls calls a run)"
printf '%-10s %7s | %9s %8s %8s %6s | %9s %8s %8s | %6s\n' provider clients "calls/s" "p50 ms" "p99 ms" failed "raw tx/s" "p50 ms" "p99 ms" ratio
cat "$work/writes.table"
echo "host peak resident memory under LogComplaint: ${peak_rss_mib} MiB (goal: under 300 MiB)"
print_reads
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
