#!/usr/bin/env bash
# Runs the whole suite (./test.sh) as of other dates, one run per instant, and prints one summary line per run.
# Not part of CI (CI runs the suite once, on today's date); run it before a release or after touching dates.
#
#   scripts/test-as-of.sh                         # the awkward instants after today (see below)
#   scripts/test-as-of.sh 2028-02-29T16:50:00Z    # one or more instants of your own (UTC)
#   scripts/test-as-of.sh -- --filter FullyQualifiedName~Kpi   # arguments after -- go to ./test.sh
#
# The default instants are the next occurrences, counted from today, of: the last day of next month, 30 September
# (the Thai fiscal year turns on 1 October), 31 December (the Buddhist-era year turns) and 29 February. Each starts at
# 23:50 Bangkok time (16:50 UTC), so the run crosses Bangkok midnight while it goes.
# How: OPSCENTER_TEST_NOW shifts the in-process apps' TimeProvider and every "now" the tests compute; the published
# app runs under faketime from the same instant (tests/Infrastructure/TestClock.cs).
set -uo pipefail
cd "$(dirname "$0")/.."

instants=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do instants+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift

next_date() { # next_date MM-DD → the first such date on or after today that exists (29 Feb: the next leap year)
  local md=$1 year
  year=$(date -u +%Y)
  for offset in 0 1 2 3 4 5 6 7 8; do
    local candidate="$((year + offset))-$md"
    if date -u -d "$candidate" +%F >/dev/null 2>&1 && [ "$(date -u -d "$candidate" +%m-%d)" = "$md" ] \
       && [ "$(date -u -d "$candidate" +%s)" -ge "$(date -u -d "$(date -u +%F)" +%s)" ]; then
      echo "$candidate"
      return
    fi
  done
}

if [ ${#instants[@]} -eq 0 ]; then
  month_end=$(date -u -d "$(date -u +%Y-%m-01) +2 month -1 day" +%F)
  for day in "$month_end" "$(next_date 09-30)" "$(next_date 12-31)" "$(next_date 02-29)"; do
    instants+=("${day}T16:50:00Z")
  done
fi

command -v faketime >/dev/null 2>&1 || { apt-get install -y -qq faketime >/dev/null 2>&1 || sudo apt-get install -y -qq faketime >/dev/null; }

summary=()
status=0
for instant in "${instants[@]}"; do
  echo "== as of $instant"
  log=$(mktemp /tmp/opscenter-as-of.XXXXXX.log)
  OPSCENTER_TEST_NOW="$instant" ./test.sh "$@" 2>&1 | tee "$log" | grep -E "\[FAIL\]|passed, .* failed"
  line=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$log" | tail -n 1)
  summary+=("$instant: ${line:-no result} (log: $log)")
  echo "$line" | grep -q " 0 failed" || status=1
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
