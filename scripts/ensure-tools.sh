#!/usr/bin/env bash
# Installs what the tests and benchmarks need on a fresh Debian machine: PostgreSQL, Chromium (Playwright drives
# Debian's build: its own browser download does not work here) and a Thai font for screenshots. Idempotent.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v faketime >/dev/null 2>&1 || missing+=(faketime)
fc-list 2>/dev/null | grep -qi "thai\|loma\|garuda" || missing+=(fonts-thai-tlwg)
if [ "${1:-}" = "--bench" ]; then
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Debian package starts its own cluster on 5432; we never use it, so don't let it hold memory.
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters -h 2>/dev/null | awk '$4=="online"{print $1, $2}' | while read -r version name; do
    pg_ctlcluster "$version" "$name" stop >/dev/null 2>&1 || true
  done
fi
command -v node >/dev/null 2>&1 || { echo "Node.js and npm are required (front-end assets)." >&2; exit 1; }
