#!/usr/bin/env bash
# Checks that the map module's faster drawing looks the same as stock Leaflet and leaflet.heat:
#   bench/maps/equivalence.sh
# heat.html: the half-resolution heat layer against leaflet.heat at four views (difference per pixel);
# areas.html: the areas' canvas against Leaflet's own canvas renderer over 16 pans and zooms (bytes that differ);
# projection.html: the renderer's projection against Leaflet's Polyline._project for all 928 districts.
# Uses the built assets (OpsCenter.Web/wwwroot/assets) and ../shared/data/geo; prints each page's findings.
set -euo pipefail
cd "$(dirname "$0")/../.."
geo=""
for dir in "${OPSCENTER_SHARED_DATA:-}" ../shared/data ../../shared/data ../../../shared/data; do
  if [ -n "$dir" ] && [ -f "$dir/geo/thailand_districts_amphoe_simplified.geojson" ]; then geo=$(cd "$dir/geo" && pwd); break; fi
done
[ -n "$geo" ] || { echo "../shared/data/geo not found (set OPSCENTER_SHARED_DATA)" >&2; exit 1; }
site=$(mktemp -d /tmp/maps-equivalence.XXXXXX)
ln -s "$(pwd)/OpsCenter.Web/wwwroot/assets" "$site/assets"
ln -s "$geo" "$site/geo"
cp bench/maps/equivalence/*.html "$site/"
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill $server; rm -rf "$site"' EXIT
sleep 1
for page in heat areas projection; do
  echo "== $page"
  timeout 300 "${OPSCENTER_CHROMIUM:-$(command -v chromium)}" --headless --no-sandbox --disable-gpu --window-size=1920,2200 \
    --virtual-time-budget=60000 --dump-dom "http://127.0.0.1:$port/$page.html" 2>/dev/null \
    | perl -0777 -ne 'print "$1\n" if /<pre id="out">(.*?)<\/pre>/s'
done
