#!/usr/bin/env bash
# A streaming replica (hot standby) of a private PostgreSQL cluster started by scripts/postgres-private.sh.
#   scripts/postgres-replica.sh start <dir> <primary-port> [database]
#       copies the primary with pg_basebackup -R (standby.signal and primary_conninfo written for us), starts it read-only
#       on a free loopback port and prints the connection string for ConnectionStrings:OpsCenterRead: the replica, then
#       the primary, with Target Session Attributes=prefer-standby, so reads go to the replica and fall back to the
#       primary while it is down.
#   scripts/postgres-replica.sh stop <dir>       stops it (-m fast) and keeps the data (start it again with resume)
#   scripts/postgres-replica.sh resume <dir>     starts a stopped replica again on its port; it catches up by streaming
#   scripts/postgres-replica.sh remove <dir>     stops it and deletes its directory
# The primary must accept replication connections from 127.0.0.1 (initdb --auth=trust, as postgres-private.sh does,
# writes that line) and have wal_level=replica (PostgreSQL's default).
set -euo pipefail

action=${1:?start, stop, resume or remove}
dir=${2:?replica directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found; run scripts/ensure-tools.sh" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

run() {
  local port
  port=$(cat "$dir/port")
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c hot_standby=on -c max_connections=300 -c shared_buffers=256MB" >/dev/null
}

case "$action" in
  start)
    primary_port=${3:?primary port}
    database=${4:-postgres}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/data" -R -X stream -c fast >"$dir/basebackup.log" 2>&1 \
      || { cat "$dir/basebackup.log" >&2; exit 1; }
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' >"$dir/port" 2>/dev/null \
      || shuf -i 20000-60000 -n 1 >"$dir/port"
    run
    port=$(cat "$dir/port")
    # Ready when it has connected to the primary and streams.
    for _ in $(seq 1 100); do
      state=$(as_postgres "$bin/psql" "host=127.0.0.1 port=$port user=postgres dbname=postgres" -Atc "SELECT status FROM pg_stat_wal_receiver" 2>/dev/null || true)
      [ "$state" = "streaming" ] && break
      sleep 0.1
    done
    [ "$state" = "streaming" ] || { echo "the replica does not stream from port $primary_port" >&2; exit 1; }
    echo "Host=127.0.0.1:$port,127.0.0.1:$primary_port;Username=postgres;Database=$database;Target Session Attributes=prefer-standby;Pooling=true;Maximum Pool Size=100"
    ;;
  stop)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  resume)
    run
    ;;
  remove)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start <dir> <primary-port> [database] | stop|resume|remove <dir>" >&2
    exit 2
    ;;
esac
