#!/usr/bin/env bash
# Time to charts and maps drawn, in one command:
#   bench/ui/run.sh [runs]        (default 5: median of 5 cold and 5 warm visits per page)
# Publishes the app, runs it in Production on a fresh SQLite database with the demo data and opens home, /budget and
# the governor's wall (signed in as governor) and /map in headless Chromium at 1920x1080. Cold is a new browser
# context (empty HTTP cache), warm the same context visiting again. Also prints each page's cold transfer size.
# Results: the console and bench/ui/results/latest.md. OPSCENTER_PUBLISHED_APP=<dll> skips the publish; UIBENCH_RESOURCES=1
# also lists what the first cold visit of each page downloads, largest first.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-5}
command -v "${OPSCENTER_CHROMIUM:-chromium}" >/dev/null || scripts/ensure-tools.sh >/dev/null

work=$(mktemp -d /tmp/uibench.XXXXXX)
trap 'rm -rf "$work"' EXIT

app=${OPSCENTER_PUBLISHED_APP:-}
if [ -z "$app" ]; then
  echo "== publish (Release)" >&2
  dotnet publish OpsCenter.Web -c Release -o "$work/publish" -nologo -clp:ErrorsOnly >/dev/null
  app="$work/publish/OpsCenter.Web.dll"
fi

echo "== build the benchmark" >&2
dotnet build bench/ui/UiBench -c Release -nologo -clp:ErrorsOnly -v:q
mkdir -p bench/ui/results
OPSCENTER_CHROMIUM=${OPSCENTER_CHROMIUM:-$(command -v chromium)} UIBENCH_COMMIT=$(git rev-parse --short HEAD) \
  dotnet bench/ui/UiBench/bin/Release/net10.0/UiBench.dll "$app" "$runs" "$root/bench/ui/results/latest.md"
