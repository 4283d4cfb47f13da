#!/usr/bin/env bash
# The notifications benchmark in one command (see docs/notifications.md):
#   bench/notifications/run.sh                    10,000 queued notifications, 100 timed assignments
#   bench/notifications/run.sh --queued 2000 --samples 20   a smaller run
# It starts a private PostgreSQL (durable) and smtp4dev, seeds the Saraburi demo, sends the queued notifications
# through SMTP (deliveries per second), then assigns reports one by one and times each to its e-mail in the inbox.
# Results: bench/notifications/results/latest.md (and the console). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
scripts/ensure-tools.sh >/dev/null

work=$(mktemp -d /tmp/notifybench.XXXXXX)
chmod 755 "$work"
cleanup() {
  scripts/postgres-private.sh stop "$work/pg" >/dev/null 2>&1 || true
  scripts/smtp4dev-private.sh stop "$work/smtp" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

pg=$(scripts/postgres-private.sh start "$work/pg" --durable)
smtp=$(scripts/smtp4dev-private.sh start "$work/smtp")

echo "== build the benchmark" >&2
dotnet build bench/notifications/NotificationBench -c Release -nologo -clp:ErrorsOnly -v:q
dotnet bench/notifications/NotificationBench/bin/Release/net10.0/NotificationBench.dll \
  --pg "$pg" --smtp "$smtp" --out "$root/bench/notifications/results/latest.md" "$@"
