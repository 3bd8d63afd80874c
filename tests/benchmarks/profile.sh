#!/usr/bin/env bash
# Where a call's time goes. For LogComplaint, GetComplaint, ListComplaints (clock status OVERDUE), GetLifecycle and a
# stage change (AcknowledgeComplaint), CALLS calls from CLIENTS clients against the Release host, with the host's own
# counters read from /metrics before and after each run: calls/s, CPU milliseconds, database round trips
# (complaints.db.statements) and KiB allocated, per call. PERF=1 also samples the host with perf during each run and
# prints the managed frames that cost most (inclusive). Not part of the test run.
#
# Usage: bash tests/benchmarks/profile.sh      PROVIDER=Sqlite|PostgreSql  CALLS=3000  CLIENTS=16  PORT=5590 (and +1)  PERF=0
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/tests/benchmarks"
provider="${PROVIDER:-Sqlite}" calls="${CALLS:-3000}" clients="${CLIENTS:-16}" port="${PORT:-5590}"
work=$(mktemp -d "${TMPDIR:-/tmp}/profile.XXXXXX")
host_pid="" pgroot=""
cleanup() {
  [ -n "$host_pid" ] && { kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; }
  [ -n "$pgroot" ] && bash "$root/tests/postgres.sh" stop "$pgroot"
  rm -rf "$work"
}
trap cleanup EXIT

command -v h2load >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nghttp2-client >/dev/null; }
[ "${PERF:-0}" = 1 ] && ! command -v perf >/dev/null && { echo "PERF=1 needs perf (linux-perf)" >&2; exit 2; }
[ -d "$root/tests/conformance/node_modules" ] || (cd "$root/tests/conformance" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
dotnet build "$root/host/Complaints.Host" -c Release --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }

# A throwaway identity provider and one token for a caller who may log, read and acknowledge.
node "$here/throwaway-idp.mjs" "$work" bench-handler hms,complaint-handler
export TOKEN; TOKEN=$(cat "$work/token")
frame() { node "$here/grpc-frame.mjs" "$@"; }
frame complaints/intake/v1/intake.proto complaints.intake.v1.IntakeService LogComplaint \
  '{"channel":"CHANNEL_PHONE","description":"The boiler repair was missed twice.","residentReference":"TEN-1"}' >"$work/LogComplaint.bin"
frame complaints/intake/v1/intake.proto complaints.intake.v1.IntakeService GetComplaint '{"reference":"CMP-'"$(date +%Y)"'-000001"}' >"$work/GetComplaint.bin"
frame complaints/intake/v1/intake.proto complaints.intake.v1.IntakeService ListComplaints '{"clockStatuses":["CLOCK_STATUS_OVERDUE"]}' >"$work/ListComplaints.bin"

if [ "$provider" = PostgreSql ]; then
  eval "$(PGDURABLE=1 bash "$root/tests/postgres.sh" start)"
  pgroot=$PGROOT
  connection=$COMPLAINTS_TEST_POSTGRES
else
  connection="Data Source=$work/complaints.db"
fi
# PERF=1: the JIT writes a symbol map perf reads, and code is not double-mapped (perf would not find it).
perf_map=$([ "${PERF:-0}" = 1 ] && echo 1 || echo 0)
DOTNET_PerfMapEnabled=$perf_map DOTNET_EnableWriteXorExecute=$((1 - perf_map)) ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$root/host/Complaints.Host/bin/Release/net10.0/Complaints.Host.dll" \
  "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$port" "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$((port + 1))" \
  "--Database:Provider=$provider" "--Database:ConnectionString=$connection" --Telemetry:Prometheus:Enabled=true \
  --Authentication:Bearer:Issuer=https://idp.bench --Authentication:Bearer:Audience=complaints-api "--Authentication:Bearer:Jwks=$(cat "$work/jwks")" \
  --Limits:CallsPerSecondPerCaller=0 --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning \
  >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 150); do
  (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log" >&2; exit 1; }   # it stopped (a port in use?)
  sleep 0.2
done

counters() { # "<cpu seconds> <statements> <allocated bytes>" from the host's scrape endpoint
  curl -s "http://127.0.0.1:$((port + 1))/metrics" | awk '
    /^dotnet_process_cpu_time_seconds_total/ { cpu += $NF }
    /^complaints_db_statements_total/ { statements += $NF }
    /^dotnet_gc_heap_total_allocated_bytes_total/ { allocated += $NF }
    END { printf "%.6f %d %.0f\n", cpu, statements, allocated }'
}

h2() { # h2 <method path> <body file> <calls>: prints calls/s
  h2load -n "$3" -c "$clients" -m 1 -t 1 -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $TOKEN" \
    --data="$2" "http://127.0.0.1:$port/$1" | awk '/^finished in/ { gsub(",", "", $4); print $4 }'
}

run() { # run <name> <command…>: the command prints calls/s; prints the per-call row
  local name=$1; shift
  local perf_pid=""
  if [ "${PERF:-0}" = 1 ]; then perf record -F 499 -g -p "$host_pid" -o "$work/$name.perf" >/dev/null 2>&1 & perf_pid=$!; fi
  read -r cpu0 statements0 allocated0 < <(counters)
  local rate; rate=$("$@")
  read -r cpu1 statements1 allocated1 < <(counters)
  [ -n "$perf_pid" ] && { kill -INT "$perf_pid"; wait "$perf_pid" 2>/dev/null || true; }
  awk -v n="$name" -v r="$rate" -v c="$calls" -v cpu="$(echo "$cpu1 - $cpu0" | bc -l)" -v s="$((statements1 - statements0))" -v a="$(echo "$allocated1 - $allocated0" | bc -l)" \
    'BEGIN { printf "%-22s %9.0f %11.2f %12.1f %12.0f\n", n, r, cpu * 1000 / c, s / c, a / c / 1024 }'
}

echo "== Warming up (3,000 calls of each, until the JIT's tiers settle)"
h2 complaints.intake.v1.IntakeService/LogComplaint "$work/LogComplaint.bin" 3000 >/dev/null
h2 complaints.intake.v1.IntakeService/GetComplaint "$work/GetComplaint.bin" 3000 >/dev/null
h2 complaints.intake.v1.IntakeService/ListComplaints "$work/ListComplaints.bin" 3000 >/dev/null
node "$here/stage-changes.mjs" log "127.0.0.1:$port" 1500 "$work/warm-ids" && node "$here/stage-changes.mjs" acknowledge "127.0.0.1:$port" "$work/warm-ids" "$clients" >/dev/null
frame complaints/lifecycle/v1/lifecycle.proto complaints.lifecycle.v1.LifecycleService GetLifecycle "{\"complaintId\":\"$(head -1 "$work/warm-ids")\"}" >"$work/GetLifecycle.bin"
h2 complaints.lifecycle.v1.LifecycleService/GetLifecycle "$work/GetLifecycle.bin" 3000 >/dev/null
node "$here/stage-changes.mjs" log "127.0.0.1:$port" "$calls" "$work/ids"   # complaints for the measured stage changes

echo
echo "$provider, $clients clients, $calls calls each; database holds $((6000 + 1500 + calls)) complaints or so"
printf '%-22s %9s %11s %12s %12s\n' call "calls/s" "CPU ms" "round trips" "KiB alloc"
run LogComplaint h2 complaints.intake.v1.IntakeService/LogComplaint "$work/LogComplaint.bin" "$calls"
run GetComplaint h2 complaints.intake.v1.IntakeService/GetComplaint "$work/GetComplaint.bin" "$calls"
run "ListComplaints OVERDUE" h2 complaints.intake.v1.IntakeService/ListComplaints "$work/ListComplaints.bin" "$calls"
run GetLifecycle h2 complaints.lifecycle.v1.LifecycleService/GetLifecycle "$work/GetLifecycle.bin" "$calls"
run AcknowledgeComplaint sh -c "node '$here/stage-changes.mjs' acknowledge 127.0.0.1:$port '$work/ids' $clients | cut -d' ' -f1"
echo "(per call, all the host's work included: background audit writing and outbox delivery too; a client's CPU is not)"

if [ "${PERF:-0}" = 1 ]; then
  for profile in "$work"/*.perf; do
    echo; echo "== $(basename "$profile" .perf): managed frames by inclusive CPU share"
    perf report -i "$profile" --children --sort sym -g none 2>/dev/null | grep -E '^ +[0-9]' | grep -E 'Complaints\.|EntityFrameworkCore|Sqlite|Npgsql|Authentication' \
      | sed -E 's/\[Optimized[^]]*\]//g; s/ +/ /g' | cut -c1-170 | head -25
  done
fi
