#!/usr/bin/env bash
# The wall benchmarks in one command (see README.md next to this script):
#   bench/wall/run.sh                       push latency (0, 200, 500 background circuits), payload, statements,
#                                           memory per circuit, cross-instance latency; 3 runs × 100 samples
#   bench/wall/run.sh --quick               1 run × 30 samples, 200 circuits, fewer memory steps (a smoke run)
#   bench/wall/run.sh --soak-minutes 60     the soak instead: memory of server and browser over time (results/soak-60min.md)
#   bench/wall/run.sh --memory-where 100    live objects by type per circuit (needs dotnet-gcdump, see README.md)
# Extra arguments go to the benchmark (--circuits 200,500 --runs 3 --samples 100 --memory-steps 0,50,100,150,200).
# Results: bench/wall/results/latest.md (and the console).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
scripts/ensure-tools.sh >/dev/null

work=$(mktemp -d /tmp/wallbench.XXXXXX)
chmod 755 "$work"
cleanup() {
  scripts/postgres-private.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# A durable private cluster with pg_stat_statements loaded (it needs a restart to preload).
server=$(scripts/postgres-private.sh start "$work/pg" --durable)
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_url="host=127.0.0.1 port=$(cat "$work/pg/port") user=postgres dbname=postgres"
as_postgres "$bin/psql" "$psql_url" -qc "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" >/dev/null
as_postgres "$bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w restart >/dev/null

app=${OPSCENTER_PUBLISHED_APP:-}
if [ -z "$app" ]; then
  echo "== publish (Release)" >&2
  dotnet publish OpsCenter.Web -c Release -o "$work/publish" -nologo -clp:ErrorsOnly >/dev/null
  app="$work/publish/OpsCenter.Web.dll"
fi

args=("$@")
if [ "${1:-}" = "--quick" ]; then
  args=(--circuits 200 --runs 1 --samples 30 --memory-steps 0,50,100 "${@:2}")
fi

out="$root/bench/wall/results/latest.md"
for ((i = 1; i <= $#; i++)); do
  if [ "${!i}" = "--soak-minutes" ]; then j=$((i + 1)); out="$root/bench/wall/results/soak-${!j}min.md"; fi
  if [ "${!i}" = "--memory-where" ]; then out="$root/bench/wall/results/memory-where-$(date -u +%F).md"; fi
done

mkdir -p bench/wall/results
echo "== build the benchmark" >&2
dotnet build bench/wall/WallBench -c Release -nologo -clp:ErrorsOnly -v:q
OPSCENTER_CHROMIUM=${OPSCENTER_CHROMIUM:-$(command -v chromium)} \
  dotnet bench/wall/WallBench/bin/Release/net10.0/WallBench.dll \
  --app "$app" --pg "$server" --out "$out" "${args[@]}"
