#!/usr/bin/env bash
# The one test command: installs PostgreSQL and Chromium if missing, starts a private PostgreSQL cluster and SMTP server,
# publishes the app (some tests run the published build in Production), runs every test on SQLite and PostgreSQL,
# tears the cluster down, and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

scripts/ensure-tools.sh || exit 1

work=$(mktemp -d /tmp/opscenter-test.XXXXXX)
chmod 755 "$work"
cleanup() {
  scripts/postgres-private.sh stop "$work/pg" >/dev/null 2>&1 || true
  scripts/smtp4dev-private.sh stop "$work/smtp" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

OPSCENTER_TEST_PG=$(scripts/postgres-private.sh start "$work/pg") || { echo "could not start PostgreSQL"; cat "$work"/pg/*.log; echo "0 passed, 1 failed"; exit 1; }
export OPSCENTER_TEST_PG
# A real SMTP server (smtp4dev, from the tool manifest) whose HTTP API the notification tests read.
OPSCENTER_TEST_SMTP=$(scripts/smtp4dev-private.sh start "$work/smtp") || { echo "could not start smtp4dev"; echo "0 passed, 1 failed"; exit 1; }
export OPSCENTER_TEST_SMTP
export OPSCENTER_CHROMIUM=$(command -v chromium)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== build"
dotnet build OpsCenter.sln -c Release -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

echo "== publish (the tests that start the app as a process use this output, in Production)"
dotnet publish OpsCenter.Web -c Release -o "$work/publish" -nologo -clp:ErrorsOnly >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
export OPSCENTER_PUBLISHED_APP="$work/publish/OpsCenter.Web.dll"

echo "== test"
dotnet test OpsCenter.Tests -c Release --no-build -nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" --results-directory "$work/results" \
  --blame-hang-timeout 10m "$@" 2>&1 | grep -v "^\s*$" | grep -E -v "^\s+(Passed|Skipped) " 
status=${PIPESTATUS[0]}

trx=$(ls "$work"/results/*.trx 2>/dev/null | head -n 1)
if [ -z "$trx" ]; then
  echo "no test results were written"
  echo "0 passed, 1 failed"
  exit 1
fi
mkdir -p TestResults && cp "$trx" TestResults/results.trx
counters=$(grep -o '<Counters [^>]*' "$trx")
passed=$(echo "$counters" | sed -E 's/.* passed="([0-9]+)".*/\1/')
failed=$(echo "$counters" | sed -E 's/.* failed="([0-9]+)".*/\1/')
# Skipped tests are results with outcome NotExecuted; the Counters element does not count them.
notexecuted=$(grep -c 'outcome="NotExecuted"' "$trx" || true)
errors=$(echo "$counters" | sed -E 's/.* error="([0-9]+)".*/\1/')
failed=$((failed + errors))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$notexecuted skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
