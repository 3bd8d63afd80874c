#!/usr/bin/env bash
# Adds up the <Counters> of every TRX file under a folder and prints "N passed, N failed" (the line CI reads).
set -euo pipefail
dir="${1:?usage: trx-summary.sh <results-folder>}"
passed=0; failed=0; files=0
while IFS= read -r -d '' trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
  [ -n "$counters" ] || continue
  files=$((files + 1))
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done < <(find "$dir" -name '*.trx' -print0 2>/dev/null)
[ "$files" -gt 0 ] || echo "no TRX results found under $dir (did the build fail?)" >&2
echo "$passed passed, $failed failed"
