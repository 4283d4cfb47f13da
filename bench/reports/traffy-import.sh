#!/usr/bin/env bash
# Import of 100,000 Traffy-format rows (made from the real export, see make_traffy_rows.py) with the published app's
# CLI verb into a durable private PostgreSQL. Each timed run starts from the same database state (the previous run's
# imported rows deleted); hyperfine reports the whole command, the importer prints its own time. Goal: <= 20 s.
#   bench/reports/traffy-import.sh [rows=100000] [runs=5]
source "$(dirname "$0")/common.sh"
rows=${1:-100000}
runs=${2:-5}
data=${OPSCENTER_SHARED_DATA:-$root/../shared/data}
[ -f "$data/traffy/traffy_teamchadchart_2023-05_canonical_sample.csv" ] || data=/work/shared/data
"$root/scripts/ensure-tools.sh" --bench
work=$(mktemp -d /tmp/opscenter-bench-traffy.XXXXXX)
trap cleanup EXIT
start_postgres
publish_app
file="$work/traffy-$rows.csv"
python3 "$root/bench/reports/make_traffy_rows.py" "$data/traffy/traffy_teamchadchart_2023-05_canonical_sample.csv" \
  "$root/OpsCenter.Domain/Persistence/Demo/Provinces/19-saraburi.csv" "$rows" "$file"
echo "== input: $rows rows, $(du -h "$file" | cut -f1)"
head -n 1 "$file" >"$work/empty.csv"
echo "== migrate and seed once (not timed)"
app_env dotnet "$app_dll" import traffy "$work/empty.csv" >/dev/null

psql_bench() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -qAt opscenter_bench -c "$1"; }
reset="psql -h 127.0.0.1 -p $pg_port -U postgres -q opscenter_bench -c \"DELETE FROM citizen_reports WHERE channel = 3 AND external_id IS NOT NULL\""
out="$results/traffy-import-$(date -u +%Y%m%dT%H%M%SZ)"
hyperfine --runs "$runs" --prepare "$reset" --export-json "$out.json" --show-output \
  "env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__OpsCenter='$app_conn' Logging__LogLevel__Default=Warning dotnet $app_dll import traffy $file" \
  | tee "$out.txt" | grep -E "Rows read|Accepted|Rejected|took|Time|Range"
echo "== re-import of the same file (every row unchanged), timed once"
/usr/bin/time -f "re-import wall time: %e s" env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__OpsCenter="$app_conn" \
  Logging__LogLevel__Default=Warning dotnet "$app_dll" import traffy "$file" 2>&1 | grep -E "Unchanged|took|wall" | tee -a "$out.txt"
echo "importer's own times (median): $(grep -oE 'took [0-9.]+ s' "$out.txt" | head -n "$runs" | awk '{print $2}' | median) s"
echo "stored Traffy reports: $(psql_bench "SELECT count(*) FROM citizen_reports WHERE channel = 3 AND external_id IS NOT NULL")"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other work on the machine skews the figures)"
echo "results: $out.txt, $out.json"
