#!/usr/bin/env bash
# The district-map benchmark in one command:
#   bench/maps/run.sh [runs]        (default 5 measured runs after one cold run)
# All of Thailand's 928 districts (../shared/data/geo) and a 100,000-report heat layer, drawn by the app's own map
# module in headless Chromium at 1920x1080: first render, pan/zoom redraw p95, binned vs raw heat payload.
# Results: the console and bench/maps/results/latest.md. Where the time goes: MAPS_BENCH_PROFILE=bench/maps/profile.js
# (per part, per step) and MAPS_BENCH_TRACE=/tmp/maps.json (Chromium trace); see docs/maps.md "Benchmark".
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
geo=""
for dir in "${OPSCENTER_SHARED_DATA:-}" ../shared/data ../../shared/data ../../../shared/data; do
  if [ -n "$dir" ] && [ -f "$dir/geo/thailand_districts_amphoe_simplified.geojson" ]; then geo="$dir/geo/thailand_districts_amphoe_simplified.geojson"; break; fi
done
[ -n "$geo" ] || { echo "../shared/data/geo/thailand_districts_amphoe_simplified.geojson not found (set OPSCENTER_SHARED_DATA)" >&2; exit 1; }
export OPSCENTER_CHROMIUM=${OPSCENTER_CHROMIUM:-$(command -v chromium)}

# The web project's build runs the front-end asset build that puts ops-map.js and Leaflet under wwwroot/assets.
dotnet build OpsCenter.Web -c Release -nologo -clp:ErrorsOnly -v:q
dotnet build bench/maps/MapsBench -c Release -nologo -clp:ErrorsOnly -v:q
mkdir -p bench/maps/results
MAPS_BENCH_OUT=bench/maps/results/latest.md dotnet bench/maps/MapsBench/bin/Release/net10.0/MapsBench.dll "$geo" OpsCenter.Web/wwwroot "$runs"
