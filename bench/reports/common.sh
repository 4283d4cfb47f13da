# Shared by the report benchmarks: a durable private PostgreSQL, the published app in Production, a free port.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
results="$root/bench/results"
mkdir -p "$results"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_postgres() {
  pg_dir=$(mktemp -d /tmp/opscenter-bench-pg.XXXXXX)
  rmdir "$pg_dir"
  pg_conn=$("$root/scripts/postgres-private.sh" start "$pg_dir" --durable)
  pg_port=$(cat "$pg_dir/port")
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE opscenter_bench" postgres
  app_conn="${pg_conn/Database=postgres/Database=opscenter_bench}"
}

publish_app() {
  if [ -n "${OPSCENTER_PUBLISHED_APP:-}" ] && [ -f "$OPSCENTER_PUBLISHED_APP" ]; then
    app_dll="$OPSCENTER_PUBLISHED_APP"
  else
    echo "== publish (Release)"
    dotnet publish "$root/OpsCenter.Web" -c Release -o "$work/publish" -nologo -clp:ErrorsOnly >/dev/null
    app_dll="$work/publish/OpsCenter.Web.dll"
  fi
}

app_env() {
  env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__OpsCenter="$app_conn${BENCH_APP_CONN_EXTRA:+;$BENCH_APP_CONN_EXTRA}" \
    Demo__Password='Bench-Password-2569!' Demo__Open311Key=o311_bench_key Reports__PermitsPerMinute=100000000 \
    Logging__LogLevel__Default=Warning "$@"
}

# The published app on a free port ($port, $app_pid), once /healthz answers (the first start migrates and seeds).
start_app() {
  port=$(free_port)
  app_env dotnet "$app_dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the app did not start"; cat "$work/app.log"; exit 1; }
}

cleanup() {
  # app_env runs in the background subshell, so the app is that subshell's dotnet child: stop both.
  [ -n "${app_pid:-}" ] && { pkill -TERM -P "$app_pid" 2>/dev/null; kill "$app_pid" 2>/dev/null; } || true
  [ -n "${pg_dir:-}" ] && "$root/scripts/postgres-private.sh" stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "${work:-/nonexistent}"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }
