#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on a free loopback port, for tests and benchmarks.
#   scripts/postgres-private.sh start <dir> [--durable]   prints an Npgsql connection string
#   scripts/postgres-private.sh stop <dir>
#   scripts/postgres-private.sh crash <dir>    stops it at once, as a power cut would (-m immediate), keeping the data
#   scripts/postgres-private.sh resume <dir>   starts a crashed cluster again on its port (crash recovery runs)
# Without --durable the cluster runs with fsync off (tests never survive an OS crash anyway); benchmarks pass --durable.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?data directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found; run scripts/ensure-tools.sh" >&2; exit 1; }

as_postgres() {
  # initdb and postgres refuse to run as root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    durable=${3:-}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
      || shuf -i 20000-60000 -n 1)
    fsync=off
    [ "$durable" = "--durable" ] && fsync=on
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
      "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=$fsync -c synchronous_commit=on -c max_connections=300 -c shared_buffers=256MB" >/dev/null
    echo "$port" >"$dir/port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100"
    ;;
  crash)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  resume)
    port=$(cat "$dir/port")
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
      "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=on -c synchronous_commit=on -c max_connections=300" >/dev/null
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop|crash|resume <dir> [--durable]" >&2
    exit 2
    ;;
esac
