#!/usr/bin/env bash
# The SLA sweep's batch read on a national database (docs/scaling.md), as it was and as it is, alternating:
#   bench/scale/sla-sweep.sh [runs=7]
# BENCH_CONN: an Npgsql connection string of a generated database (default: the one bench/scale/run.sh leaves in
# /work/scale-conn.txt). "Before" is the read the sweep made until the escalation-due index (statuses as a parameter,
# in id order, that index hidden inside a transaction that is rolled back: it takes the table's lock while it runs, so
# never on a live database); "after" is the app's read now (the batch's ids from the index, then those reports).
# Both run as the app runs them: prepared, each planned for its values. Prints each run's execution time and medians.
set -euo pipefail
runs=${1:-7}
source "$(dirname "$0")/generated-db.sh"

columns="c.id, c.status, c.due_at, c.escalation_level, c.province_code, c.district_code, c.description"
prepare="SET plan_cache_mode = force_custom_plan;
PREPARE before_sweep(int[], timestamptz, timestamptz, int) AS
  SELECT $columns FROM citizen_reports AS c
  WHERE c.status = ANY(\$1) AND c.due_at <= \$2 AND (c.escalation_level = 0 OR (c.escalation_level = 1 AND c.due_at <= \$3))
  ORDER BY c.id LIMIT \$4;
PREPARE after_sweep(timestamptz, timestamptz, int) AS
  SELECT $columns FROM citizen_reports AS c
  WHERE c.id IN (SELECT c0.id FROM citizen_reports AS c0
                 WHERE c0.status IN (1, 2, 3, 4) AND c0.due_at <= \$1 AND (c0.escalation_level = 0 OR (c0.escalation_level = 1 AND c0.due_at <= \$2))
                 ORDER BY c0.due_at, c0.escalation_level, c0.id LIMIT \$3)
  ORDER BY c.due_at, c.id;"
timed() { psql -XAtq -c "$prepare" -c "$1" | awk '/Execution Time/ { print $3 }'; }
before='BEGIN; DROP INDEX "IX_citizen_reports_escalation_due";
EXPLAIN (ANALYZE) EXECUTE before_sweep(ARRAY[1, 2, 3, 4], now(), now() - interval '"'"'48 hours'"'"', 200); ROLLBACK;'
after='EXPLAIN (ANALYZE) EXECUTE after_sweep(now(), now() - interval '"'"'48 hours'"'"', 200);'

echo "# SLA sweep batch read, $(psql -XAtc "SELECT count(*) FROM citizen_reports") reports, $(psql -XAtc "SELECT count(*) FROM citizen_reports WHERE status IN (1, 2, 3, 4) AND due_at <= now() AND (escalation_level = 0 OR (escalation_level = 1 AND due_at <= now() - interval '48 hours'))") due; load $(cut -d' ' -f1 /proc/loadavg)"
b=(); a=()
for i in $(seq 1 "$runs"); do
  b+=("$(timed "$before")"); a+=("$(timed "$after")")
  echo "run $i: before ${b[-1]} ms, after ${a[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median: before $(median "${b[@]}") ms, after $(median "${a[@]}") ms"
