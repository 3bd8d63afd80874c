# The read section of scale.sh (sourced by it, not run alone): GetComplaint and ListComplaints on a database seeded
# with READS complaints by ListBenchmark (three made through the API, cloned set-wise: see its Seeder), driven by
# h2load for READ_SECONDS a run, each run after a warm-up of its own. Rows go to "$work/reads.table"; scale.sh prints
# them at the end.
#
# Uses from scale.sh: root, here, work, port, load (h2load's arguments with the bearer token), start_host, stop_host,
# rss_sampler_start/rss_sampler_stop (rss_peak_mib), host_start_seconds, pgport.
read_seconds="${READ_SECONDS:-10}"
intake=complaints.intake.v1.IntakeService

# GetComplaint asks for one complaint in the middle, rounded down to one in twenty: an old open backlog complaint
# (stage 1, named officer, overdue), so the reply carries running clocks, the most a complaint shows.
get_reference() { printf 'CMP-B-%07d' $(( $1 / 2 / 20 * 20 )); }

# name | clients | request (JSON for grpc-frame.mjs) | goal. The goals are issue 16's: GetComplaint at least 5,000
# calls/s; the filtered lists p99 under 50 ms.
read_calls() {
  local get; get=$(get_reference "$1")
  cat <<EOF
GetComplaint|16 64|{"reference":"$get"}|rate 5000
List unfiltered|1 16|{}|
List OVERDUE|1 16|{"clockStatuses":["CLOCK_STATUS_OVERDUE"]}|p99 50
List DUE_SOON|1 16|{"clockStatuses":["CLOCK_STATUS_DUE_SOON"]}|p99 50
List officer|1 16|{"namedOfficer":"Officer 7"}|p99 50
List officer+OVERDUE|1 16|{"namedOfficer":"Officer 7","clockStatuses":["CLOCK_STATUS_OVERDUE"]}|p99 50
EOF
}

drive() { # drive <clients> <seconds> <method> <body>: prints "<calls/s> <p50 ms> <p99 ms>" of its own requests
  rm -f "$work/h2load.log"   # h2load appends to its log file
  h2load -D "$2" -c "$1" -m 1 "${load[@]}" --data="$4" --log-file="$work/h2load.log" \
    "http://127.0.0.1:$port/$intake/$3" >"$work/h2load.out" 2>&1
  cut -f3 "$work/h2load.log" | sort -n >"$work/latencies"
  # calls/s from the log (h2load's own "req/s" divides by the whole run, including its connection set-up)
  awk -v s="$2" '{ a[NR] = $1 / 1000 } END { printf "%.0f %.1f %.1f\n", NR / s, a[int(NR * 0.5 + 0.5)], a[int(NR * 0.99 + 0.5)] }' "$work/latencies"
}

answers_ok() { # answers_ok <method> <body>: one call through curl, which sees the trailers h2load ignores
  curl -s --http2-prior-knowledge -X POST --data-binary "@$2" -H 'content-type: application/grpc' -H 'te: trailers' \
    -H "authorization: Bearer $(cat "$work/token")" -D - -o /dev/null "http://127.0.0.1:$port/$intake/$1" | grep -qi '^grpc-status: 0'
}

verdict() { # verdict <goal> <calls/s> <p99>: the goal as text, and met or how far off
  case "$1" in
    "rate "*) awk -v g="${1#rate }" -v r="$2" 'BEGIN { printf ">= %d/s|%s\n", g, (r >= g ? "met" : sprintf("no: %.0f%% of goal", 100 * r / g)) }' ;;
    "p99 "*) awk -v g="${1#p99 }" -v p="$3" 'BEGIN { printf "p99 < %d ms|%s\n", g, (p < g ? "met" : sprintf("no: +%.1f ms", p - g)) }' ;;
    *) echo "-|-" ;;
  esac
}

reads() { # reads <provider> <connection string to an empty database>
  local provider=$1 connection=$2 count="${READS:-1000000}"
  local seeding
  seeding=$(dotnet "$here/ListBenchmark/bin/Release/net10.0/ListBenchmark.dll" seed \
    "$root/host/Complaints.Host/bin/Release/net10.0/Complaints.Host.dll" "$provider" "$connection" "$count" | awk '/^seeded/ { print $(NF - 1) }')
  # Start-up works out every clone's clock thresholds (a backfill, as after an upgrade) before it listens.
  start_host "$provider" "$connection" 3600
  if [ "$provider" = PostgreSql ]; then
    # A settled database, as autovacuum leaves it: the backfill has just rewritten every lifecycle row.
    psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d reads -c "VACUUM (ANALYZE) lifecycle_cases, intake_complaints, lifecycle_transitions"
  fi
  echo "== $provider: $(printf "%'d" "$count") complaints seeded in ${seeding} s; host started (migrations, backfills) in ${host_start_seconds} s"

  rss_sampler_start
  while IFS="|" read -r name clients json goal <&3; do
    local method=ListComplaints body="$work/read-$(echo "$name" | tr -c 'A-Za-z0-9+' '-').bin"
    [ "$name" = GetComplaint ] && method=GetComplaint
    node "$here/grpc-frame.mjs" complaints/intake/v1/intake.proto "$intake" "$method" "$json" >"$body"
    answers_ok "$method" "$body" || { echo "$provider $name: the call did not answer grpc-status 0" >&2; exit 1; }
    drive 16 3 "$method" "$body" >/dev/null   # warm-up: JIT tiers, query plans, caches
    for c in $clients; do
      read -r rate p50 p99 < <(drive "$c" "$read_seconds" "$method" "$body")
      IFS='|' read -r goal_text met < <(verdict "$goal" "$rate" "$p99")
      printf '%-10s %-20s %7s | %9s %8s %8s | %-15s %s\n' "$provider" "$name" "$c" "$rate" "$p50" "$p99" "$goal_text" "$met" >>"$work/reads.table"
    done
  done 3< <(read_calls "$count")
  rss_sampler_stop
  printf '%-10s %-20s %7s | %9s %8s %8s | %-15s %s\n' "$provider" "host peak RSS" "" "" "" "" "< 300 MiB" \
    "$rss_peak_mib MiB: $([ "$rss_peak_mib" -lt 300 ] && echo met || echo no)" >>"$work/reads.table"
  stop_host
}

print_reads() { # the table, once every provider has run
  [ -s "$work/reads.table" ] || return 0
  echo
  echo "Reads on $(printf "%'d" "${READS:-1000000}") complaints: GetComplaint $(get_reference "${READS:-1000000}"), lists page size 50 (default), ${read_seconds} s a run after 3 s warm-up"
  printf '%-10s %-20s %7s | %9s %8s %8s | %-15s %s\n' provider call clients "calls/s" "p50 ms" "p99 ms" goal met
  cat "$work/reads.table"
}
