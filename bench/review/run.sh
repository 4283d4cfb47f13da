#!/usr/bin/env bash
# The review benchmark in one command: presenter action → every follower screen updated (see docs/review.md).
#   bench/review/run.sh                      10 follower screens, 3 runs × 60 actions
#   bench/review/run.sh --quick              1 run × 20 actions (a smoke run)
# Extra arguments go to the benchmark (--screens 10 --runs 3 --samples 60 --warmup 10 --gap-ms 400).
# Results: bench/review/results/latest.md (and the console).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
scripts/ensure-tools.sh >/dev/null

work=$(mktemp -d /tmp/reviewbench.XXXXXX)
chmod 755 "$work"
cleanup() {
  scripts/postgres-private.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

server=$(scripts/postgres-private.sh start "$work/pg")
app=${OPSCENTER_PUBLISHED_APP:-}
if [ -z "$app" ]; then
  echo "== publish (Release)" >&2
  dotnet publish OpsCenter.Web -c Release -o "$work/publish" -nologo -clp:ErrorsOnly >/dev/null
  app="$work/publish/OpsCenter.Web.dll"
fi

args=("$@")
if [ "${1:-}" = "--quick" ]; then
  args=(--runs 1 --samples 20 --warmup 5 "${@:2}")
fi

echo "== build the benchmark" >&2
dotnet build bench/review/ReviewBench -c Release -nologo -clp:ErrorsOnly -v:q
OPSCENTER_CHROMIUM=${OPSCENTER_CHROMIUM:-$(command -v chromium)} \
  dotnet bench/review/ReviewBench/bin/Release/net10.0/ReviewBench.dll \
  --app "$app" --pg "$server" --out "$root/bench/review/results/latest.md" "${args[@]}"
