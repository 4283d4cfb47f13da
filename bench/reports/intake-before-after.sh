#!/usr/bin/env bash
# The intake benchmark on two builds in one session, alternating, so machine load falls on both alike: a revision
# before a change (default: before the real-outline province test of issue 17) and the working tree.
#   bench/reports/intake-before-after.sh [before-rev=867101f^1] [pairs=2] [rounds=3] [seconds=15]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
before=${1:-867101f^1}
pairs=${2:-2}
rounds=${3:-3}
seconds=${4:-15}
work=$(mktemp -d /tmp/opscenter-bench-ab.XXXXXX)
trap 'git -C "$root" worktree remove --force "$work/before-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/before-src" "$before" >/dev/null
echo "== publish $before and the working tree"
dotnet publish "$work/before-src/OpsCenter.Web" -c Release -o "$work/before" >/dev/null
dotnet publish "$root/OpsCenter.Web" -c Release -o "$work/after" >/dev/null
for pair in $(seq 1 "$pairs"); do
  for side in before after; do
    echo "== pair $pair: $side"
    OPSCENTER_PUBLISHED_APP="$work/$side/OpsCenter.Web.dll" warmup=20 "$root/bench/reports/intake.sh" "$rounds" "$seconds" \
      | grep -E "^medians|^ *[0-9]+  " | sed "s/^/$side /"
  done
done
