#!/usr/bin/env bash
# The national-scale figures of docs/scaling.md, one command, not in CI:
#   bench/scale/run.sh [reports=10000000] [samples=30] [shared-data=../shared/data]
# A durable private PostgreSQL; the published app generates the reports across the 77 provinces (the tally triggers
# on, as in production) and times it; `tallies check` proves tallies = raw rows at that size; VACUUM ANALYZE and the
# best index for the raw reading; then ScaleBench reads every screen figure from the tallies and from the raw rows
# alternately and prints p50/p95, the ratio and whether both readings agree. Intake: bench/scale/intake.sh.
# BENCH_EXISTING_CONN=<connection string> skips the private PostgreSQL and the generation: it upgrades that database
# (the app migrates it), checks, rebuilds and times it, so a database generated once serves several runs;
# BENCH_FIGURES_ONLY=1 leaves out the check and the rebuild; BENCH_ONLY=<text> times only the figures whose name holds it.
source "$(dirname "$0")/../reports/common.sh"
reports=${1:-10000000}
samples=${2:-30}
data=$(cd "${3:-$root/../shared/data}" && pwd)
"$root/scripts/ensure-tools.sh" >/dev/null
work=$(mktemp -d /tmp/opscenter-bench-scale.XXXXXX)
trap cleanup EXIT
if [ -n "${BENCH_EXISTING_CONN:-}" ]; then
  app_conn=$BENCH_EXISTING_CONN
  pg_port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$app_conn")
  pg_db=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$app_conn")
else
  start_postgres
  pg_db=opscenter_bench
fi
publish_app
psql_bench() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$pg_db" "$@"; }
cli() { (cd "$(dirname "$app_dll")" && app_env dotnet "$app_dll" "$@" 2>&1 | grep -v '^{"EventId"'); }

if [ -z "${BENCH_EXISTING_CONN:-}" ]; then
  echo "== generate $reports reports in the 77 provinces (load $(cut -d' ' -f1 /proc/loadavg))"
  cli generate reports "$reports" all 7 --data "$data" --years 3 | tail -n 1
fi
echo "== sizes"
psql_bench -Atc "SELECT 'reports ' || count(*) FROM citizen_reports"
for t in report_area_tallies report_area_resolution_tallies report_open_tallies report_category_tallies report_heat_tallies report_tallies report_resolution_tallies citizen_reports; do
  psql_bench -Atc "SELECT '$t ' || count(*) || ' rows, ' || pg_size_pretty(pg_total_relation_size('$t')) FROM $t"
done
if [ -z "${BENCH_FIGURES_ONLY:-}" ]; then
  echo "== tallies check"
  cli tallies check | tail -n 1
  echo "== tallies rebuild"
  cli tallies rebuild | tail -n 1
fi
echo "== the best index for the raw reading, VACUUM ANALYZE"
psql_bench -qc "DROP INDEX IF EXISTS bench_raw_received" -qc "DROP INDEX IF EXISTS bench_raw_resolved" \
  -qc "CREATE INDEX bench_raw_received ON citizen_reports (province_code, received_at) INCLUDE (district_code, subdistrict_code, category_code, kind, status, due_at, resolved_at, latitude, longitude)" \
  -qc "CREATE INDEX bench_raw_resolved ON citizen_reports (province_code, resolved_at) INCLUDE (district_code, subdistrict_code, category_code, due_at)" \
  -qc "VACUUM ANALYZE"
echo "== figures ($samples samples per reading)"
BENCH_CONN="$app_conn" dotnet run -c Release --project "$root/bench/scale/ScaleBench" -- "$samples" 2>&1 | grep -v '^warn\|^info\|^      '
