#!/usr/bin/env bash
# The staff queue's first page on a national database (docs/scaling.md): through the app's own ReportQueue, for
# Saraburi and Bangkok, under the filters staff use (an official's open reports, an agency's open and every-state
# queue, a number read out whole, in part in lower case, and four characters of it); median and p95 of each.
#   bench/scale/queue.sh [samples=15]
# BENCH_CONN: an Npgsql connection string of a generated database (default: the one bench/scale/run.sh leaves in
# /work/scale-conn.txt).
set -euo pipefail
source "$(dirname "$0")/generated-db.sh"
BENCH_CONN="$conn" BENCH_QUEUE=1 dotnet run -c Release --project "$(dirname "$0")/ScaleBench" -- "${1:-15}" 2>&1 | grep -v '^warn\|^info\|^      '
