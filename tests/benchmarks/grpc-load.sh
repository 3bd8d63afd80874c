#!/usr/bin/env bash
# Unary gRPC throughput of the real host, measured with h2load (Debian nghttp2-client) on loopback.
# Prints requests/s and latency for health Check and SystemService/GetInfo. Not part of the test run:
# speed is measured here, never asserted by timed tests. Usage: bash tests/benchmarks/grpc-load.sh [requests]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
requests="${1:-100000}"
port=5090
work=$(mktemp -d)
command -v h2load >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nghttp2-client >/dev/null; }

dotnet publish "$root/host/Complaints.Host" -c Release -o "$work/host" --nologo -v quiet
"$work/host/Complaints.Host" --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$port --Logging:LogLevel:Default=Warning \
  >"$work/host.log" 2>&1 &
host_pid=$!
trap 'kill $host_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -s --http2-prior-knowledge "http://127.0.0.1:$port" -o /dev/null && break; sleep 0.2; done

printf '\x00\x00\x00\x00\x00' >"$work/empty.bin"   # one length-prefixed empty message
check_status() { # h2load counts HTTP 200 as success, so read one reply's grpc-status ourselves
  curl -s --http2-prior-knowledge -D - -o /dev/null -H 'content-type: application/grpc' -H 'te: trailers' \
    --data-binary @"$work/empty.bin" "http://127.0.0.1:$port$1" | grep -i '^grpc-status' | tr -d '\r'
}
run() {
  local path=$1
  echo "== $path ($(check_status "$path"))"
  h2load -n 20000 -c 8 -m 16 -t 1 -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/empty.bin" \
    "http://127.0.0.1:$port$path" >/dev/null   # warm-up: tiered JIT
  h2load -n "$requests" -c 8 -m 16 -t 1 -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/empty.bin" \
    "http://127.0.0.1:$port$path" | grep -E '^(finished in|requests:|time for request:)'
}
run /grpc.health.v1.Health/Check
run /complaints.system.v1.SystemService/GetInfo
echo "== server memory: $(grep VmRSS /proc/$host_pid/status)"
