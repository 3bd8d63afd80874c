#!/usr/bin/env bash
# The workspace's work queue at scale (issue 19): the host built in Release, run in Development on a throwaway SQLite
# file, then WorkspaceBenchmark seeds OPEN open complaints through the API and times the work queue page: served (HTML
# complete) and drawn by headless Chromium (first contentful paint).
#   bash tests/benchmarks/workspace.sh               # 10,000 open complaints
#   OPEN=2000 bash tests/benchmarks/workspace.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet build host/Complaints.Host -c Release -v q -nologo >/dev/null
dotnet build tests/benchmarks/WorkspaceBenchmark -c Release -v q -nologo >/dev/null
data="$(mktemp -d)"
grpc_port=55180 http_port=55181
(cd host/Complaints.Host/bin/Release/net10.0 && exec dotnet Complaints.Host.dll --environment=Development \
  --Workspace:SeedDemoDataOnFirstRun=false "--Database:ConnectionString=Data Source=$data/complaints.db" \
  --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$grpc_port --Kestrel:Endpoints:Http:Url=http://127.0.0.1:$http_port \
  --Logging:LogLevel:Default=Warning --Limits:CallsPerSecondPerCaller=1000000 --Limits:BurstPerCaller=1000000 \
  --Investigation:NoReplySweep:Enabled=false --Retention:Sweep:Enabled=false) > "$data/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$http_port/workspace/sign-in" && break; sleep 1; done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
dotnet tests/benchmarks/WorkspaceBenchmark/bin/Release/net10.0/WorkspaceBenchmark.dll \
  "http://127.0.0.1:$grpc_port" "http://127.0.0.1:$http_port" "${OPEN:-10000}"
