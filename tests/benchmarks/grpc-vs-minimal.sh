#!/usr/bin/env bash
# The product's unary gRPC throughput beside a minimal Grpc.AspNetCore server (tests/benchmarks/MinimalGrpcServer) on
# the same machine, in one run: grpc.health.v1.Health/Check and complaints.system.v1.SystemService/GetInfo, in calls/s,
# and the ratio product/minimal (goal: 0.9 or more). Load comes from h2load (Debian's nghttp2-client) on loopback only.
# Not part of the test run: speed is measured here, never asserted by timed tests.
#
# Usage: bash tests/benchmarks/grpc-vs-minimal.sh
#   DURATION=10  seconds of one measured h2load run     ROUNDS=3  runs per server and RPC (best, and median ratio)
#   PRODUCT_PORT=5380 (and +1 for the product's HTTP/1.1 endpoint)   MINIMAL_PORT=5390
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${DURATION:-10}"
rounds="${ROUNDS:-3}"
product_port="${PRODUCT_PORT:-5380}"
product_http_port=$((product_port + 1))
minimal_port="${MINIMAL_PORT:-5390}"
rpcs=(/grpc.health.v1.Health/Check /complaints.system.v1.SystemService/GetInfo)
# The same load for every run: 8 connections x 16 concurrent streams, one client thread (the machine has 2 cores,
# so a second client thread would only take CPU from the server being measured).
load=(-c 8 -m 16 -t 1 -H 'content-type: application/grpc' -H 'te: trailers')

work=$(mktemp -d "${TMPDIR:-/tmp}/grpc-vs-minimal.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done   # SIGTERM: both servers stop gracefully
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v h2load >/dev/null || ! command -v curl >/dev/null; then
  echo "== Installing h2load and curl (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nghttp2-client curl >/dev/null
fi

for port in "$product_port" "$product_http_port" "$minimal_port"; do
  if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use; set PRODUCT_PORT / MINIMAL_PORT to free ones." >&2; exit 1
  fi
done

echo "== Building both servers (Release)"
for project in host/Complaints.Host tests/benchmarks/MinimalGrpcServer; do
  dotnet build "$root/$project" -c Release --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
done

# The product trusts a throwaway identity provider: an RSA key made here, its public half as a JSON Web Key Set, and one
# RS256 token signed with it (Node.js, which the test command installs). Every call carries the token, so the run pays
# for a real bearer validation and the permission check as production calls do (GetInfo, under system.read, is not
# audited); the minimal server ignores the token.
read -r jwks token < <(node -e '
  const crypto = require("node:crypto");
  const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: "jwk" }), kid: "bench", alg: "RS256", use: "sig" };
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const unsigned = b64({ alg: "RS256", typ: "JWT", kid: "bench" }) + "." +
    b64({ iss: "https://idp.bench", aud: "complaints-api", sub: "bench-integration", roles: ["hms"], iat: now, nbf: now, exp: now + 86400 });
  const signature = crypto.sign("RSA-SHA256", Buffer.from(unsigned), privateKey).toString("base64url");
  console.log(JSON.stringify({ keys: [jwk] }) + " " + unsigned + "." + signature);')
load+=(-H "authorization: Bearer $token")

echo "== Starting the product on 127.0.0.1:$product_port and the minimal server on 127.0.0.1:$minimal_port"
# The product as deployed (appsettings.json from its output folder), with a throwaway SQLite database and logging at
# Warning so that neither server spends the run writing log lines.
ASPNETCORE_ENVIRONMENT=Production dotnet "$root/host/Complaints.Host/bin/Release/net10.0/Complaints.Host.dll" \
  "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$product_port" \
  "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$product_http_port" \
  "--Database:ConnectionString=Data Source=$work/product.db" \
  --Authentication:Bearer:Issuer=https://idp.bench --Authentication:Bearer:Audience=complaints-api "--Authentication:Bearer:Jwks=$jwks" \
  --Limits:CallsPerSecondPerCaller=0 \
  --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning \
  >"$work/product.log" 2>&1 &
pids+=($!); product_pid=$!
ASPNETCORE_ENVIRONMENT=Production dotnet "$root/tests/benchmarks/MinimalGrpcServer/bin/Release/net10.0/MinimalGrpcServer.dll" \
  "$minimal_port" >"$work/minimal.log" 2>&1 &
pids+=($!); minimal_pid=$!

printf '\x00\x00\x00\x00\x00' >"$work/empty.bin"   # a unary gRPC request: uncompressed, length 0 (both requests are empty)

# One call with curl: headers and trailers (where grpc-status is) to stdout, the reply message to reply.bin.
grpc_call() {
  curl -s --max-time 5 --http2-prior-knowledge -D - -o "$work/reply.bin" \
    -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $token" --data-binary @"$work/empty.bin" "http://127.0.0.1:$1$2" \
    | tr -d '\r' | sed -n 's/^grpc-status: *//Ip'
}

wait_until_serving() { # port pid name
  for _ in $(seq 120); do
    kill -0 "$2" 2>/dev/null || { echo "The $3 server stopped while starting:" >&2; tail -20 "$work/$3.log" >&2; exit 1; }
    [ "$(grpc_call "$1" /grpc.health.v1.Health/Check || true)" = 0 ] && return
    sleep 0.5
  done
  echo "The $3 server did not answer within 60 s:" >&2; tail -20 "$work/$3.log" >&2; exit 1
}
wait_until_serving "$product_port" "$product_pid" product
wait_until_serving "$minimal_port" "$minimal_pid" minimal

# h2load counts any HTTP 200 as a success, and gRPC errors travel as HTTP 200 with a non-zero grpc-status in the
# trailers. So check once, with curl, that every RPC really answers OK on both servers, and that health says SERVING
# (reply message 08 01), before any number is believed.
for port in "$product_port" "$minimal_port"; do
  for rpc in "${rpcs[@]}"; do
    status=$(grpc_call "$port" "$rpc")
    [ "$status" = 0 ] || { echo "$rpc on port $port answered grpc-status '${status}', not 0." >&2; exit 1; }
    if [ "$rpc" = /grpc.health.v1.Health/Check ] && [ "$(od -An -tx1 "$work/reply.bin" | tr -d ' \n')" != 00000000020801 ]; then
      echo "Health on port $port is not SERVING (reply $(od -An -tx1 "$work/reply.bin"))." >&2; exit 1
    fi
  done
done
echo "== Every RPC answers grpc-status 0 on both servers; health is SERVING on both"

# Calls/s of one timed h2load run; a run in which any call failed at the HTTP/2 level is an error.
calls_per_second() { # port rpc seconds
  h2load -D "$3" "${load[@]}" -d "$work/empty.bin" "http://127.0.0.1:$1$2" >"$work/h2load.out" 2>&1 || true
  if ! grep -q '^status codes: [0-9]* 2xx, 0 3xx, 0 4xx, 0 5xx' "$work/h2load.out" \
     || ! grep -qE '^requests: .* 0 errored, 0 timeout' "$work/h2load.out"; then
    echo "h2load on port $1 $2 did not finish cleanly:" >&2; cat "$work/h2load.out" >&2; exit 1
  fi
  awk '/^finished in/ { print $4 }' "$work/h2load.out"
}

# CPU time (user + system, in clock ticks) a process has used so far.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# Waits (60 s at most) until both servers are idle (under 5% of a core for a second). When a timed run ends, h2load
# abandons the calls in flight; a slow server can go on working on them for seconds, and would slow the next run.
settle() {
  local before after
  for _ in $(seq 60); do
    before=$(($(cpu_ticks "$product_pid") + $(cpu_ticks "$minimal_pid")))
    sleep 1
    after=$(($(cpu_ticks "$product_pid") + $(cpu_ticks "$minimal_pid")))
    ((after - before <= $(getconf CLK_TCK) / 20)) && return
  done
  echo "   (the servers were still busy after 60 s; measuring anyway)" >&2
}

# Warm-up: one run per server and RPC, so that tiered JIT, connection pools and caches are settled before measuring.
echo "== Warming up (one ${duration}s run per server and RPC)"
for rpc in "${rpcs[@]}"; do
  calls_per_second "$product_port" "$rpc" "$duration" >/dev/null; settle
  calls_per_second "$minimal_port" "$rpc" "$duration" >/dev/null; settle
done

# Measure: $rounds rounds; the servers take turns going first (product, minimal; then minimal, product; ...), so that
# neither always runs on a machine just warmed (or heated) by the other. Two figures come out of it: the best run of
# each server, and the median over rounds of the ratio within a round (runs side by side in time, so less swayed when
# other work on the machine comes and goes).
load_before=$(cut -d' ' -f1 /proc/loadavg)
declare -A rate
for round in $(seq "$rounds"); do
  if ((round % 2)); then order=(product minimal); else order=(minimal product); fi
  for rpc in "${rpcs[@]}"; do
    for server in "${order[@]}"; do
      port=$([ "$server" = product ] && echo "$product_port" || echo "$minimal_port")
      rate[$server $rpc $round]=$(calls_per_second "$port" "$rpc" "$duration"); settle
      printf '   round %d  %-8s %-45s %10.0f calls/s\n' "$round" "$server" "$rpc" "${rate[$server $rpc $round]}"
    done
  done
done
load_after=$(cut -d' ' -f1 /proc/loadavg)

echo
echo "gRPC calls/s on $(nproc) cores, h2load ${load[*]:0:6} for ${duration}s, $rounds rounds (goal: product/minimal >= 0.90)"
row='%-45s | %15s | %15s | %7s | %s\n'
# shellcheck disable=SC2059
printf "$row" rpc 'product calls/s' 'minimal calls/s' ratio 'ratio within a round, median'
printf "$row" '' '' '' '' '' | tr ' |' '-|' | sed 's/-$/-----------------------------/'

for rpc in "${rpcs[@]}"; do
  # One line per round: product, minimal, their ratio; sorted by ratio so that the median is the middle line.
  for round in $(seq "$rounds"); do
    awk -v p="${rate[product $rpc $round]}" -v m="${rate[minimal $rpc $round]}" 'BEGIN { print p, m, p / m }'
  done | sort -g -k3,3 | awk -v rpc="$rpc" '
    function ratio(x) { return sprintf(x < 0.1 ? "%.4fx" : "%.2fx", x) }
    { r[NR] = $3; if ($1 > bp) bp = $1; if ($2 > bm) bm = $2 }
    END {
      median = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
      printf "%-45s | %15.0f | %15.0f | %7s | %s\n", rpc, bp, bm, ratio(bp / bm), ratio(median)
    }'
done
echo "(product and minimal calls/s: the best of $rounds runs each; ratio: of those bests)"
if awk -v a="$load_before" -v b="$load_after" -v n="$(nproc)" 'BEGIN { exit !(a > n || b > n) }'; then
  echo "Note: the 1-minute load average was $load_before before and $load_after after measuring, above $(nproc) cores:"
  echo "other work shared the CPUs, so these figures are noisy."
fi
echo
echo "Product memory after the run: $(grep VmRSS /proc/$product_pid/status | tr -s ' \t' ' '); minimal: $(grep VmRSS /proc/$minimal_pid/status | tr -s ' \t' ' ')"
echo "Took ${SECONDS}s."
