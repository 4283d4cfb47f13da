#!/usr/bin/env bash
# How long budget-versus-need takes to compute (what /budget, the wall's source and the map metrics wait for) as citizen
# reports grow, on SQLite and on PostgreSQL. Medians over several runs, printed per volume and level.
#   bench/budget/run.sh [total-report-counts...]     default: 100000 500000
set -euo pipefail
cd "$(dirname "$0")/../.."
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(100000 500000)
runs=${RUNS:-7}

work=$(mktemp -d /tmp/opscenter-bench-budget.XXXXXX)
chmod 755 "$work"
cleanup() { scripts/postgres-private.sh stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish OpsCenter.Web -c Release -o "$work/app" -nologo -v q -clp:ErrorsOnly
pg=$(scripts/postgres-private.sh start "$work/pg" --durable)
app() { (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production Demo__Password=Bench-Password-2569! dotnet OpsCenter.Web.dll "$@" 2>&1 | grep -v '^{"EventId"'); }

for provider in Sqlite Postgres; do
  if [ "$provider" = Sqlite ]; then
    conn="Data Source=$work/bench.db"
  else
    port=$(echo "$pg" | sed -E 's/.*Port=([0-9]+).*/\1/')
    psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench" >/dev/null
    conn="${pg/Database=postgres/Database=bench}"
  fi
  settings=(--Database:Provider "$provider" --ConnectionStrings:OpsCenter "$conn")
  echo "== $provider, demo data (3,000 reports)"
  app budget timing 19 "$runs" "${settings[@]}"
  have=3000
  for total in "${counts[@]}"; do
    app generate reports $((total - have)) 19 $total "${settings[@]}" | tail -n 1
    have=$total
    echo "== $provider, $total reports"
    app budget timing 19 "$runs" "${settings[@]}"
  done
done
