#!/usr/bin/env bash
# Several instances behind the proxy, in one command (docs/scaling.md, "Several instances"); not part of the tests.
#   bench/scale/instances.sh                          3 instances, 1,500 background circuits, 100 report samples
#   bench/scale/instances.sh --circuits 300 --samples 40 [--instances 3]   a smaller run
# Starts a private durable PostgreSQL, the instances and the proxy with scripts/run-instances.sh (the published app is
# OPSCENTER_PUBLISHED_APP or published first), measures report → tile on an instance other than the one that took the
# report and a restart of one instance, and writes bench/scale/results/instances-latest.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/ensure-tools.sh >/dev/null

instances=3
bench_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) instances=$2; shift 2 ;;
    *) bench_args+=("$1"); shift ;;
  esac
done

work=$(mktemp -d /tmp/scalebench.XXXXXX)
chmod 755 "$work"
trap 'scripts/run-instances.sh stop "$work/cluster" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "== build the proxy and the benchmark" >&2
dotnet build tools/Proxy -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
dotnet build bench/scale/InstancesBench -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
echo "== start $instances instances behind the proxy" >&2
scripts/run-instances.sh start "$instances" --dir "$work/cluster" \
  -e Wall__RefreshInterval=00:10:00 -e Logging__LogLevel__Default=Warning >&2

mkdir -p bench/scale/results
OPSCENTER_CHROMIUM=${OPSCENTER_CHROMIUM:-$(command -v chromium)} \
  dotnet bench/scale/InstancesBench/bin/Release/net10.0/InstancesBench.dll \
  --dir "$work/cluster" --out bench/scale/results/instances-latest.md "${bench_args[@]+"${bench_args[@]}"}"
