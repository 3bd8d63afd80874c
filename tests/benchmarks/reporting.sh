#!/usr/bin/env bash
# Reporting at scale (issue 18): a throwaway PostgreSQL, the host built in Release, then TsmBenchmark — the projector's
# events per second (one event a transaction against a page a transaction, on PROJECTOR complaints' events), and on
# COMPLAINTS complaints of one reporting year with their events: GetTenantSatisfactionMeasures and the annual report
# (data and page), each printed beside the row counts. Goals: TSM < 1 s, annual report < 5 s.
#   bash tests/benchmarks/reporting.sh            # 3,000 for the projector, 1,000,000 for the year
#   COMPLAINTS=100000 bash tests/benchmarks/reporting.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
eval "$(bash tests/postgres.sh start)"
trap 'bash tests/postgres.sh stop "$PGROOT"' EXIT
dotnet build host/Complaints.Host -c Release -v q -nologo >/dev/null
dotnet build tests/benchmarks/TsmBenchmark -c Release -v q -nologo >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
dotnet tests/benchmarks/TsmBenchmark/bin/Release/net10.0/TsmBenchmark.dll \
  "$root/host/Complaints.Host/bin/Release/net10.0/Complaints.Host.dll" "$COMPLAINTS_TEST_POSTGRES" \
  "${PROJECTOR:-3000}" "${COMPLAINTS:-1000000}"
