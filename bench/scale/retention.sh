#!/usr/bin/env bash
# The retention run on a national database (docs/scaling.md): how long the published app takes, from its start, to
# anonymise a spread of closed reports that still carry an address.
#   bench/scale/retention.sh <OpsCenter.Web.dll> [every=200]
# BENCH_CONN: an Npgsql connection string of a generated database (default: /work/scale-conn.txt). Gives an address to
# every <every>th report closed more than 30 days ago (they are the ones due under a 30-day period), starts the app with
# that period, waits for the run's log line, stops the app. Run it with two builds, alternating, to compare them; the
# reports it marks are anonymised by the run (their generated descriptions carry no contact details to scrub).
set -euo pipefail
app=${1:?usage: bench/scale/retention.sh <OpsCenter.Web.dll> [every=200]}
every=${2:-200}
source "$(dirname "$0")/generated-db.sh"

marked=$(psql -XAtq -c "WITH m AS (UPDATE citizen_reports SET address = '99/1 หมู่ 4' WHERE status = 5 AND id % $every = 0
  AND COALESCE(resolved_at, updated_at) <= now() - interval '31 days' RETURNING 1) SELECT count(*) FROM m")
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp /tmp/opscenter-retention.XXXXXX)
start=$(date +%s.%N)
env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__OpsCenter="$conn" \
  Privacy__Retention__Period=30.00:00:00 Logging__LogLevel__Default=Warning \
  Logging__LogLevel__OpsCenter.Domain.Reports.ReportRetentionJob=Information \
  dotnet "$app" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
until grep -q "Retention: " "$log"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
seconds=$(echo "$(date +%s.%N) - $start" | bc)
left=$(psql -XAtq -c "SELECT count(*) FROM citizen_reports WHERE address IS NOT NULL AND status = 5 AND COALESCE(resolved_at, updated_at) <= now() - interval '31 days'")
echo "$(grep -o 'Retention: [^"]*' "$log" | head -n 1); $marked marked, $left left; ${seconds} s from the app's start; load $(cut -d' ' -f1 /proc/loadavg)"
