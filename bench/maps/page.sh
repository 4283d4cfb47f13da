#!/usr/bin/env bash
# Pan and zoom redraws of the app's own /map page in one command:
#   bench/maps/page.sh [runs]        (default 5 measured visits of 40 steps per map, after one that warms the cache)
# Publishes the app, runs it in Production on a fresh SQLite database with the demo data, opens /map (the province's
# districts) and /map/1901 (a district's subdistricts) in headless Chromium at 1920x1080 and pans and zooms each;
# reports p50 and p95 per visit and their medians. bench/maps/run.sh is the stress case (all 928 districts of Thailand).
# Results: the console and bench/maps/results/page-latest.md. OPSCENTER_PUBLISHED_APP=<dll> skips the publish.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
command -v "${OPSCENTER_CHROMIUM:-chromium}" >/dev/null || scripts/ensure-tools.sh >/dev/null

work=$(mktemp -d /tmp/mappage.XXXXXX)
trap 'rm -rf "$work"' EXIT
app=${OPSCENTER_PUBLISHED_APP:-}
if [ -z "$app" ]; then
  echo "== publish (Release)" >&2
  dotnet publish OpsCenter.Web -c Release -o "$work/publish" -nologo -clp:ErrorsOnly >/dev/null
  app="$work/publish/OpsCenter.Web.dll"
fi

echo "== build the benchmark" >&2
dotnet build bench/ui/UiBench -c Release -nologo -clp:ErrorsOnly -v:q
mkdir -p bench/maps/results
OPSCENTER_CHROMIUM=${OPSCENTER_CHROMIUM:-$(command -v chromium)} UIBENCH_COMMIT=$(git rev-parse --short HEAD) \
  dotnet bench/ui/UiBench/bin/Release/net10.0/UiBench.dll "$app" "$runs" "$PWD/bench/maps/results/page-latest.md" map-redraw
