#!/usr/bin/env bash
# Intake with the report tallies maintained against intake without them, and pgbench's raw single-row insert into the
# same table, alternating in one run: POST /api/reports on the published app with 16 concurrent clients, a durable
# private PostgreSQL. Goals (docs/scaling.md): with ≥ 0.8 × without; with ≥ 0.25 × pgbench.
#   bench/scale/intake.sh [rounds=5] [seconds=20]
source "$(dirname "$0")/../reports/common.sh"
rounds=${1:-5}
seconds=${2:-20}
"$root/scripts/ensure-tools.sh" --bench >/dev/null
work=$(mktemp -d /tmp/opscenter-bench-scale-intake.XXXXXX)
trap cleanup EXIT
start_postgres
publish_app
start_app
psql_bench() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d opscenter_bench -qAtc "$1"; }
triggers() { for t in insert update delete truncate; do psql_bench "ALTER TABLE citizen_reports $1 TRIGGER report_tallies_$t"; done; }

echo "== warm-up (${warmup:-30} s)"
RUN=warm wrk -t2 -c16 -d"${warmup:-30}s" -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >/dev/null

out="$results/scale-intake-$(date -u +%Y%m%dT%H%M%SZ).txt"
printf "round  tallies  reports_per_s  p99_ms  pgbench_tps  load1\n" | tee "$out"
for round in $(seq 1 "$rounds"); do
  for mode in on off; do
    if [ "$mode" = on ]; then triggers ENABLE; else triggers DISABLE; fi
    RUN="r$round$mode-$$" wrk -t2 -c16 -d"${seconds}s" --latency -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >"$work/wrk.txt"
    rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
    p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt" | awk '{ v=$1; if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v} else {sub(/s$/,"",v); print v*1000} }')
    tps=$(pgbench -n -h 127.0.0.1 -p "$pg_port" -U postgres -c 16 -j 2 -T "$seconds" -f "$root/bench/reports/pgbench-insert.sql" opscenter_bench 2>/dev/null | awk '/^tps/ {print $3; exit}')
    printf "%5d  %7s  %13.1f  %6.1f  %11.1f  %5s\n" "$round" "$mode" "$rps" "$p99" "$tps" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out"
  done
done
triggers ENABLE
with=$(awk '$2=="on" {print $3}' "$out" | median); without=$(awk '$2=="off" {print $3}' "$out" | median)
pgb=$(awk 'NR>1 {print $5}' "$out" | median)
echo "medians: with tallies $with reports/s, without $without, pgbench $pgb tps; with ÷ without $(awk -v a="$with" -v b="$without" 'BEGIN{printf "%.2f", a/b}'), with ÷ pgbench $(awk -v a="$with" -v b="$pgb" 'BEGIN{printf "%.3f", a/b}')" | tee -a "$out"
(cd "$(dirname "$app_dll")" && app_env dotnet "$app_dll" tallies rebuild 2>&1 | tail -n 1)
echo "results: $out"
