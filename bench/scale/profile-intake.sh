#!/usr/bin/env bash
# Where a report's time goes (docs/scaling.md): POST /api/reports with 16 clients on the published app and a durable
# private PostgreSQL, as bench/scale/intake.sh; during the run, the CPU seconds the app and PostgreSQL each spent per
# report (from /proc), the statements PostgreSQL ran per report (pg_stat_statements), and dotnet-trace thread-time samples of the app with its hottest methods, exclusive and inclusive.
#   bench/scale/profile-intake.sh [seconds=20]       (TOPN_EXCLUSIVE=70 lists more of the exclusive methods than 25)
source "$(dirname "$0")/../reports/common.sh"
seconds=${1:-20}
"$root/scripts/ensure-tools.sh" --bench >/dev/null
(cd "$root" && dotnet tool restore >/dev/null)
work=$(mktemp -d /tmp/opscenter-bench-profile.XXXXXX)
trap cleanup EXIT
start_postgres
# pg_stat_statements is loaded at start: a restart with it preloaded, before the app connects.
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" postgres
pg_ctl=("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl" -D "$pg_dir/data" -w restart)
if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "${pg_ctl[@]}" >/dev/null; else "${pg_ctl[@]}" >/dev/null; fi
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d opscenter_bench -qc "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
publish_app
start_app
# app_env runs in a subshell: the app is its dotnet child.
dotnet_pid=$(pgrep -f "dotnet $app_dll --urls http://127.0.0.1:$port" | head -n 1)
pg_pids() { local main; main=$(head -n 1 "$pg_dir/data/postmaster.pid"); echo "$main $(pgrep -P "$main" | tr '\n' ' ')"; }
cpu_ticks() { local total=0; for p in "$@"; do [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$total"; }
reports() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d opscenter_bench -qAtc "SELECT count(*) FROM citizen_reports"; }

echo "== warm-up (30 s)"
RUN=warm wrk -t2 -c16 -d30s -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >/dev/null
hz=$(getconf CLK_TCK)
db_counts() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d opscenter_bench -qAtc "SELECT xact_commit || ' ' || tup_inserted || ' ' || tup_updated || ' ' || tup_deleted FROM pg_stat_database WHERE datname = 'opscenter_bench'"; }
read -r before_commits before_inserted before_updated before_deleted <<<"$(db_counts)"
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d opscenter_bench -qAtc "SELECT pg_stat_statements_reset()" >/dev/null
before_reports=$(reports); before_app=$(cpu_ticks "$dotnet_pid"); pg_list=$(pg_pids); before_pg=$(cpu_ticks $pg_list)
RUN="cpu-$$" wrk -t2 -c16 -d"${seconds}s" -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >"$work/wrk.txt"
after_reports=$(reports); after_app=$(cpu_ticks "$dotnet_pid"); pg_list="$pg_list $(pg_pids)"; after_pg=$(cpu_ticks $(tr ' ' '\n' <<<"$pg_list" | sort -u))
n=$((after_reports - before_reports))
read -r after_commits after_inserted after_updated after_deleted <<<"$(db_counts)"
awk -v n="$n" -v c="$((after_commits - before_commits))" -v i="$((after_inserted - before_inserted))" -v u="$((after_updated - before_updated))" -v d="$((after_deleted - before_deleted))" \
  'BEGIN{printf "per report: %.2f commits, %.2f rows inserted, %.2f updated, %.2f deleted (the fold included)\n", c/n, i/n, u/n, d/n}'
echo "reports: $n in ${seconds} s ($(awk -v n="$n" -v s="$seconds" 'BEGIN{printf "%.1f", n/s}')/s)"
awk -v a="$((after_app - before_app))" -v p="$((after_pg - before_pg))" -v n="$n" -v hz="$hz" \
  'BEGIN{printf "CPU per report: app %.2f ms, PostgreSQL %.2f ms (its processes that lived through the run)\n", 1000*a/hz/n, 1000*p/hz/n}'

# Thread-time samples (~100 Hz) of every .NET thread, waiting ones included: the inclusive list is where requests spend
# their time; idle pool threads show up as waits.
echo "-- statements per report (pg_stat_statements over the run): calls, server ms per report, mean ms, statement"
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d opscenter_bench -qAt -F ' | ' -c "SELECT round(calls::numeric / $n, 2), round((total_exec_time / $n)::numeric, 3), round(mean_exec_time::numeric, 3), left(regexp_replace(query, '\s+', ' ', 'g'), 110) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'opscenter_bench') ORDER BY total_exec_time DESC LIMIT 20"

echo "== dotnet-trace, ${seconds} s of thread-time samples under the same load"
RUN="trace-$$" wrk -t2 -c16 -d"$((seconds + 10))s" -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >/dev/null &
wrk_pid=$!
sleep 3
(cd "$root" && dotnet dotnet-trace collect -p "$dotnet_pid" --profile dotnet-sampled-thread-time --duration "00:00:$(printf '%02d' "$seconds")" -o "$work/intake.nettrace" >/dev/null)
wait "$wrk_pid"
echo "-- exclusive"
(cd "$root" && dotnet dotnet-trace report "$work/intake.nettrace" topN -n ${TOPN_EXCLUSIVE:-25})
echo "-- inclusive"
(cd "$root" && dotnet dotnet-trace report "$work/intake.nettrace" topN -n 60 --inclusive)
