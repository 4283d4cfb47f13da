#!/usr/bin/env bash
# The warehouse's figures (docs/warehouse.md), not part of CI:
#   bench/warehouse/run.sh [rows=10000000] [samples=30]
# Generates an area × month × category CSV, loads it as an upload is loaded (profile, then Parquet through DuckDB),
# times the explorer's district × month aggregate and a datastore_search page through the app's WarehouseQuery, and the
# same GROUP BY as plain SQL on a private PostgreSQL holding the same rows.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/opscenter-bench-warehouse.XXXXXX)
chmod 755 "$work"
cleanup() {
  scripts/postgres-private.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

BENCH_PG=$(scripts/postgres-private.sh start "$work/pg") || { echo "could not start PostgreSQL"; exit 1; }
export BENCH_PG
dotnet run -c Release --project bench/warehouse/WarehouseBench -- "${1:-10000000}" "${2:-30}"
