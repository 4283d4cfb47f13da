#!/usr/bin/env bash
# Intake on two app processes that differ only in what is appended to the connection string, alternating in one run
# on one durable private PostgreSQL: whether a connection setting pays for itself (docs/scaling.md).
#   [A_EXTRA="<options for A>"] [B_APP=<dll>] bench/scale/intake-ab.sh "<connection string options for B>" [rounds=5] [seconds=20]
# A_SQL / B_SQL: SQL run on the bench database before each of A's / B's rounds (what an index costs intake: the same
# build twice, "" for B's options, A_SQL dropping the index and B_SQL creating it).
source "$(dirname "$0")/../reports/common.sh"
extra=${1?"the options for B, e.g. \"Max Auto Prepare=64\", or \"\" with B_APP"}
rounds=${2:-5}
seconds=${3:-20}
"$root/scripts/ensure-tools.sh" --bench >/dev/null
work=$(mktemp -d /tmp/opscenter-bench-scale-ab.XXXXXX)
stop_b() { [ -n "${b_pid:-}" ] && { pkill -TERM -P "$b_pid" 2>/dev/null; kill "$b_pid" 2>/dev/null; } || true; }
trap 'stop_b; cleanup' EXIT
start_postgres
publish_app
BENCH_APP_CONN_EXTRA="${A_EXTRA:-}" start_app
a_port=$port
a_pid=$app_pid
# B_APP=<published OpsCenter.Web.dll>: B runs another build (a code change rather than a setting; then "" for B's options).
[ -n "${B_APP:-}" ] && app_dll=$B_APP
BENCH_APP_CONN_EXTRA="$extra" start_app
b_port=$port b_pid=$app_pid
app_pid=$a_pid

for p in "$a_port" "$b_port"; do RUN="warm$p" wrk -t2 -c16 -d"${warmup:-20}s" -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$p" >/dev/null; done
out="$results/scale-intake-ab-$(date -u +%Y%m%dT%H%M%SZ).txt"
echo "A: ${A_EXTRA:-(as configured)}; B: ${B_APP:-the same build} $extra" | tee "$out"
printf "round  app  reports_per_s  p99_ms  load1\n" | tee -a "$out"
for round in $(seq 1 "$rounds"); do
  # Which goes first alternates, so neither gains from the other's warm-up.
  order="A B"; [ $((round % 2)) = 0 ] && order="B A"
  for app in $order; do
    p=$a_port; [ "$app" = B ] && p=$b_port
    sql=${A_SQL:-}; [ "$app" = B ] && sql=${B_SQL:-}
    [ -n "$sql" ] && psql -h 127.0.0.1 -p "$pg_port" -U postgres -d opscenter_bench -qc "$sql"
    RUN="r$round$app-$$" wrk -t2 -c16 -d"${seconds}s" --latency -s "$root/bench/reports/intake-post.lua" "http://127.0.0.1:$p" >"$work/wrk.txt"
    rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
    p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt" | awk '{ v=$1; if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v} else {sub(/s$/,"",v); print v*1000} }')
    printf "%5d  %3s  %13.1f  %6.1f  %5s\n" "$round" "$app" "$rps" "$p99" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out"
  done
done
a=$(awk '$2=="A" {print $3}' "$out" | median); b=$(awk '$2=="B" {print $3}' "$out" | median)
echo "medians: A $a reports/s, B $b; B ÷ A $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", b/a}')" | tee -a "$out"
echo "results: $out"
