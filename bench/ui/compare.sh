#!/usr/bin/env bash
# Before and after in one run: bench/ui/run.sh's figures (or bench/maps/page.sh's with MODE=map-redraw) for a commit and
# for the working tree, alternating (before, after, before, after), so both see the same machine load.
#   bench/ui/compare.sh <commit> [runs] [rounds]        (default 5 runs per page and visit kind, 2 rounds)
# UIBENCH_PAGES=/,/map limits the pages; UIBENCH_STEPS=1 prints where each warm visit's time goes.
# Results: the console and bench/ui/results/compare-latest.md (one table per round and side).
set -euo pipefail
cd "$(dirname "$0")/../.."
before=${1:?usage: bench/ui/compare.sh <commit> [runs] [rounds]}
runs=${2:-5}
rounds=${3:-2}
mode=${MODE:-}
command -v "${OPSCENTER_CHROMIUM:-chromium}" >/dev/null || scripts/ensure-tools.sh >/dev/null

work=$(mktemp -d /tmp/uicompare.XXXXXX)
trap 'git worktree remove --force "$work/before-src" 2>/dev/null || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/before-src" "$before" >/dev/null
echo "== publish $before and the working tree (Release)" >&2
dotnet publish "$work/before-src/OpsCenter.Web" -c Release -o "$work/before" -nologo -clp:ErrorsOnly >/dev/null
dotnet publish OpsCenter.Web -c Release -o "$work/after" -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/ui/UiBench -c Release -nologo -clp:ErrorsOnly -v:q

out=bench/ui/results/compare-latest.md
echo "# before ($before) and after ($(git rev-parse --short HEAD) + working tree), alternating; $(date -u '+%Y-%m-%d %H:%M') UTC" > "$out"
for round in $(seq 1 "$rounds"); do
  for side in before after; do
    echo "== round $round, $side (load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out"
    OPSCENTER_CHROMIUM=${OPSCENTER_CHROMIUM:-$(command -v chromium)} UIBENCH_COMMIT=$side \
      dotnet bench/ui/UiBench/bin/Release/net10.0/UiBench.dll "$work/$side/OpsCenter.Web.dll" "$runs" "$work/$side.md" $mode
    cat "$work/$side.md" >> "$out"
  done
done
echo "results: $out"
