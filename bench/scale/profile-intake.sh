#!/usr/bin/env bash
# Where a report's time goes (docs/scaling.md): POST /api/reports with 16 clients on the published app and a durable
# private PostgreSQL, as bench/scale/intake.sh; during the run, the CPU seconds the app and PostgreSQL each spent per
# report (from /proc), and a dotnet-trace CPU sample of the app with its hottest methods, exclusive and inclusive.
#   bench/scale/profile-intake.sh [seconds=20]
source "$(dirname "$0")/../reports/common.sh"
seconds=${1:-20}
"$root/scripts/ensure-tools.sh" --bench >/dev/null
(cd "$root" && dotnet tool restore >/dev/null)
work=$(mktemp -d /tmp/opscenter-bench-profile.XXXXXX)
trap cleanup EXIT
start_postgres
publish_app
port=$(free_port)
app_env dotnet "$app_dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the app did not start"; cat "$work/app.log"; exit 1; }
pg_pids() { local main; main=$(head -n 1 "$pg_dir/data/postmaster.pid"); echo "$main $(pgrep -P "$main" | tr '\n' ' ')"; }
cpu_ticks() { local total=0; for p in "$@"; do [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$total"; }
reports() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d opscenter_bench -qAtc "SELECT count(*) FROM citizen_reports"; }

echo "== warm-up (30 s)"
RUN=warm wrk -t2 -c16 -d30s -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >/dev/null
hz=$(getconf CLK_TCK)
before_reports=$(reports); before_app=$(cpu_ticks "$app_pid"); pg_list=$(pg_pids); before_pg=$(cpu_ticks $pg_list)
RUN="cpu-$$" wrk -t2 -c16 -d"${seconds}s" -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >"$work/wrk.txt"
after_reports=$(reports); after_app=$(cpu_ticks "$app_pid"); pg_list="$pg_list $(pg_pids)"; after_pg=$(cpu_ticks $(tr ' ' '\n' <<<"$pg_list" | sort -u))
n=$((after_reports - before_reports))
echo "reports: $n in ${seconds} s ($(awk -v n="$n" -v s="$seconds" 'BEGIN{printf "%.1f", n/s}')/s)"
awk -v a="$((after_app - before_app))" -v p="$((after_pg - before_pg))" -v n="$n" -v hz="$hz" \
  'BEGIN{printf "CPU per report: app %.2f ms, PostgreSQL %.2f ms (its processes that lived through the run)\n", 1000*a/hz/n, 1000*p/hz/n}'

echo "== dotnet-trace, ${seconds} s of CPU samples under the same load"
RUN="trace-$$" wrk -t2 -c16 -d"$((seconds + 10))s" -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >/dev/null &
sleep 3
(cd "$root" && dotnet dotnet-trace collect -p "$app_pid" --profile cpu-sampling --duration "00:00:$(printf '%02d' "$seconds")" -o "$work/intake.nettrace" >/dev/null)
wait
echo "-- exclusive"
(cd "$root" && dotnet dotnet-trace report "$work/intake.nettrace" topN -n 25)
echo "-- inclusive"
(cd "$root" && dotnet dotnet-trace report "$work/intake.nettrace" topN -n 60 --inclusive)
