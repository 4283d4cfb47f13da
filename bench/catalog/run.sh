#!/usr/bin/env bash
# package_search latency with 1,000 datasets, over HTTP, as ckanext-harvest and a portal query it, on SQLite and on
# PostgreSQL. Medians over several runs of each run's p95 (see docs/ckan.md).
#   bench/catalog/run.sh [datasets=1000]        RUNS=5 SAMPLES=200 WARMUP=20 to change the sampling
set -euo pipefail
cd "$(dirname "$0")/../.."
datasets=${1:-1000}
runs=${RUNS:-5}
samples=${SAMPLES:-200}
warmup=${WARMUP:-20}

work=$(mktemp -d /tmp/opscenter-bench-catalog.XXXXXX)
chmod 755 "$work"
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  scripts/postgres-private.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet publish OpsCenter.Web -c Release -o "$work/app" -nologo -v q -clp:ErrorsOnly
pg=$(scripts/postgres-private.sh start "$work/pg" --durable)
app() { (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production Demo__Password=Bench-Password-2569! dotnet OpsCenter.Web.dll "$@" 2>&1 | grep -v '^{"EventId"'); }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

for provider in Sqlite Postgres; do
  if [ "$provider" = Sqlite ]; then
    conn="Data Source=$work/bench.db"
  else
    pgport=$(echo "$pg" | sed -E 's/.*Port=([0-9]+).*/\1/')
    psql -h 127.0.0.1 -p "$pgport" -U postgres -qc "CREATE DATABASE bench" >/dev/null
    conn="${pg/Database=postgres/Database=bench}"
  fi
  settings=(--Database:Provider "$provider" --ConnectionStrings:OpsCenter "$conn")
  app generate datasets "$datasets" 19 "${settings[@]}" | tail -n 1
  (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production Demo__Password=Bench-Password-2569! \
    exec dotnet OpsCenter.Web.dll --urls "http://127.0.0.1:$port" "${settings[@]}" >"$work/server-$provider.log" 2>&1) &
  server_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 1
  done
  python3 bench/catalog/measure.py "http://127.0.0.1:$port" "$provider" "$runs" "$samples" "$warmup"
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=
done
