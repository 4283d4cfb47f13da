#!/usr/bin/env bash
# A rolling upgrade's migration on a national database while the old build takes reports (docs/scaling.md): starts
# <old> on the generated database, posts reports to it (wrk, 16 connections, timeout 60 s), and after 10 s starts <new>,
# which migrates the database; prints how long <new> took to answer /healthz and intake's throughput, latency and
# failures over the whole run.
#   bench/scale/upgrade-under-intake.sh <old OpsCenter.Web.dll> <new OpsCenter.Web.dll> [seconds=90]
# The database must be at <old>'s schema (roll <new>'s migrations back by hand between runs). BENCH_CONN: an Npgsql
# connection string of a generated database (default: the one bench/scale/run.sh leaves in /work/scale-conn.txt).
set -euo pipefail
old=${1?"the old build's OpsCenter.Web.dll"}
new=${2?"the new build's OpsCenter.Web.dll"}
seconds=${3:-90}
source "$(dirname "$0")/generated-db.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/opscenter-upgrade.XXXXXX)
run_app() { # dll port log
  (cd "$(dirname "$1")" && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__OpsCenter="$conn" \
    Demo__Password='Bench-Password-2569!' Reports__PermitsPerMinute=100000000 Logging__LogLevel__Default=Warning \
    dotnet "$1" --urls "http://127.0.0.1:$2") >"$3" 2>&1 &
  echo $!
}
wait_up() { for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$1/healthz" && return 0; sleep 0.5; done; return 1; }
old_pid=$(run_app "$old" 5097 "$work/old.log")
trap 'kill $old_pid ${new_pid:-} 2>/dev/null || true' EXIT
wait_up 5097
RUN="warm-$$" wrk -t2 -c16 -d10s -s "$root/bench/reports/intake-post.lua" http://127.0.0.1:5097 >/dev/null
echo "# upgrade under intake: $(basename "$(dirname "$old")") → $(basename "$(dirname "$new")"), $(date -u '+%Y-%m-%d %H:%M') UTC, load $(cut -d' ' -f1 /proc/loadavg)"
RUN="up-$$" wrk -t2 -c16 -d"${seconds}s" --timeout 60s --latency -s "$root/bench/reports/intake-post.lua" http://127.0.0.1:5097 >"$work/wrk.txt" &
wrk_pid=$!
sleep 10
start=$(date +%s.%N)
new_pid=$(run_app "$new" 5098 "$work/new.log")
wait_up 5098 || { echo "the new build did not start:" >&2; tail -n 20 "$work/new.log" >&2; }
echo "new build answering /healthz after $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s (migrations included)"
wait $wrk_pid
grep -E "Requests/sec|Non-2xx|Socket errors|requests in|Latency  " "$work/wrk.txt"
grep -E "^ +(50|90|99)%" "$work/wrk.txt"
echo "old build's errors logged: $(grep -c '"LogLevel":"Error"' "$work/old.log" || true)"
grep '"LogLevel":"Error"' "$work/old.log" | head -n 2 | cut -c1-400 || true
