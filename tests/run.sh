#!/usr/bin/env bash
# Runs every test of Complaints.Modular. On a fresh machine it first installs what the tests need:
# Node.js, PostgreSQL 15, Chromium and chromedriver (apt, if missing) and the npm tools in tests/conformance (@grpc/grpc-js, buf).
# It starts a throwaway PostgreSQL on 127.0.0.1:55432 for the run and removes it afterwards.
# Results: TRX files in tests/TestResults; the last line printed is "N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/tests/TestResults"

command -v dotnet >/dev/null || { echo "The .NET SDK (10.0) is required: dotnet is not on PATH." >&2; exit 1; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "== Installing Node.js (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "== Installing Chromium and chromedriver (apt; the browser tests drive Debian's, never a downloaded one)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

echo "== Installing npm tools (tests/conformance)"
(cd tests/conformance && npm install --no-audit --no-fund --loglevel=error 2>&1 | grep -v 'Unknown user config' || true)
[ -x tests/conformance/node_modules/.bin/buf ] || { echo "npm install of tests/conformance failed" >&2; exit 1; }

echo "== Starting a throwaway PostgreSQL"
eval "$(bash tests/postgres.sh start)"
trap 'bash tests/postgres.sh stop "$PGROOT"' EXIT

echo "== Running tests"
rm -rf "$results"
status=0
dotnet test Complaints.Modular.sln -c Release --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" || status=$?

bash tests/trx-summary.sh "$results"
exit $status
