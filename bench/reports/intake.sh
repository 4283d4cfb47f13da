#!/usr/bin/env bash
# Durable intake throughput: POST /api/reports on the published app (Production) over HTTP with 16 concurrent clients,
# against a private PostgreSQL with fsync on, and pgbench inserting one row per transaction into the same table with 16
# clients in the same run. Prints each round and the medians; goal: >= 300 reports/s with p99 <= 100 ms.
#   bench/reports/intake.sh [rounds=5] [seconds=20]
source "$(dirname "$0")/common.sh"
rounds=${1:-5}
seconds=${2:-20}
"$root/scripts/ensure-tools.sh" --bench
work=$(mktemp -d /tmp/opscenter-bench-intake.XXXXXX)
trap cleanup EXIT
start_postgres
publish_app
echo "== start the app (first start migrates and seeds the demo province)"
start_app

# Long enough for tiered JIT to replace the quick first-pass code on a busy 2-core machine.
echo "== warm-up (${warmup:-30} s)"
RUN=warm wrk -t2 -c16 -d"${warmup:-30}s" -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >/dev/null

out="$results/intake-$(date -u +%Y%m%dT%H%M%SZ).txt"
printf "round  http_reports_per_s  p50_ms  p99_ms  non2xx  pgbench_tps  ratio  load1\n" | tee "$out"
for round in $(seq 1 "$rounds"); do
  RUN="r$round-$$" wrk -t2 -c16 -d"${seconds}s" --latency -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$port" >"$work/wrk.txt"
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$work/wrk.txt")
  tps=$(pgbench -n -h 127.0.0.1 -p "$pg_port" -U postgres -c 16 -j 2 -T "$seconds" -f "$root/bench/reports/pgbench-insert.sql" opscenter_bench 2>/dev/null \
        | awk '/^tps/ {print $3; exit}')
  to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v} else if (v ~ /s$/) {sub(/s$/,"",v); print v*1000} else print v }'; }
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.2f", a / b }')
  load=$(cut -d' ' -f1 /proc/loadavg)
  printf "%5d  %18.1f  %6.1f  %6.1f  %6s  %11.1f  %5s  %5s\n" "$round" "$rps" "$(to_ms "$p50")" "$(to_ms "$p99")" "${non2xx:-0}" "$tps" "$ratio" "$load" | tee -a "$out"
done
echo "medians: $(awk 'NR>1 {print $2}' "$out" | median) reports/s, p99 $(awk 'NR>1 {print $4}' "$out" | median) ms, pgbench $(awk 'NR>1 {print $6}' "$out" | median) tps, ratio $(awk 'NR>1 {print $7}' "$out" | median)" | tee -a "$out"
reports=$(psql -h 127.0.0.1 -p "$pg_port" -U postgres -Atc "SELECT count(*) FROM citizen_reports WHERE description LIKE 'bench %'" opscenter_bench)
echo "reports written through HTTP (all rounds and warm-up): $reports" | tee -a "$out"
echo "machine: $(nproc) cores; the load1 column is the 1-minute load average (other work on the machine skews every figure)" | tee -a "$out"
echo "results: $out"
