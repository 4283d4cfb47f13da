#!/usr/bin/env bash
# The map pages as an official opens them (docs/scaling.md): signs in to a running app and times each map view's
# prerendered page, median of 7 after 2 untimed.
#   bench/scale/map-pages.sh [base=http://127.0.0.1:5099] [user=national] [district=1901]
# The app runs on the generated database with a known demo password (BENCH_PASSWORD, default the benches' own), e.g.
#   Demo__Password='Bench-Password-2569!' Database__Provider=Postgres ConnectionStrings__OpsCenter="$(cat /work/scale-conn.txt)" \
#     dotnet OpsCenter.Web.dll --urls http://127.0.0.1:5099
set -euo pipefail
base=${1:-http://127.0.0.1:5099}
user=${2:-national}
district=${3:-1901}
password=${BENCH_PASSWORD:-Bench-Password-2569!}
jar=$(mktemp /tmp/opscenter-map-pages.XXXXXX)
trap 'rm -f "$jar" "$jar.html"' EXIT
curl -s -c "$jar" "$base/login" -o "$jar.html"
value() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" "$jar.html" | sed 's/.*value="//;s/"$//'; }
status=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w "%{http_code}" --data-urlencode "__RequestVerificationToken=$(value __RequestVerificationToken)" \
  --data-urlencode "_handler=$(value _handler)" --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=$password" "$base/login")
[ "$status" = 302 ] || { echo "sign-in as $user answered $status" >&2; exit 1; }
echo "# map pages as $user, $(date -u '+%Y-%m-%d %H:%M') UTC, load $(cut -d' ' -f1 /proc/loadavg)"
for page in /map "/map/$district" "/map?period=all" "/map/$district?period=all" "/map?period=30d"; do
  for _ in 1 2; do curl -s -b "$jar" -o /dev/null "$base$page"; done
  median=$(for _ in $(seq 1 7); do curl -s -b "$jar" -o /dev/null -w "%{time_total}\n" "$base$page"; done | sort -g | sed -n 4p)
  echo "$page: median $(awk -v s="$median" 'BEGIN { printf "%.0f", s * 1000 }') ms"
done
