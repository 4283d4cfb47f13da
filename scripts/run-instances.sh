#!/usr/bin/env bash
# N app instances on one PostgreSQL behind the reverse proxy (tools/Proxy, YARP), for people and for bench/scale.
#   scripts/run-instances.sh N [options]          starts everything, prints the addresses, runs until Ctrl-C
#   scripts/run-instances.sh start N --dir DIR [options]
#                                                 the same in the background; returns when all answer (state in DIR)
#   scripts/run-instances.sh restart DIR I        SIGKILLs instance I (1..N) and starts it again on its port
#   scripts/run-instances.sh stop DIR             stops the proxy, the instances and the private PostgreSQL
# Options:
#   --connection CS    use this database (ConnectionStrings:OpsCenter) instead of a private cluster
#   --read CS          ConnectionStrings:OpsCenterRead for every instance (see scripts/postgres-replica.sh)
#   --port P           the proxy's port (default: a free one)
#   -e KEY=VALUE       an extra setting for every instance (e.g. -e Wall__Diagnostics=true); repeatable
# The published app is OPSCENTER_PUBLISHED_APP (OpsCenter.Web.dll) or published here first. Instance I listens on its
# own loopback port; its log is DIR/instance-I.log. The demo password is OPSCENTER_DEMO_PASSWORD (default below).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_healthy() { # address pid name
  for _ in $(seq 1 600); do
    kill -0 "$2" 2>/dev/null || { echo "$3 exited; see its log" >&2; return 1; }
    curl -fsS -m 2 "$1/healthz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "$3 did not answer /healthz within 5 minutes" >&2
  return 1
}

start_instance() { # dir index
  local dir=$1 i=$2 port
  port=$(cat "$dir/instance-$i.port")
  local settings
  mapfile -t settings <"$dir/environment"
  ( cd "$(dirname "$(cat "$dir/app")")" && exec env "${settings[@]}" \
      dotnet "$(cat "$dir/app")" --urls "http://127.0.0.1:$port" >>"$dir/instance-$i.log" 2>&1 </dev/null ) &
  echo $! >"$dir/instance-$i.pid"
  wait_healthy "http://127.0.0.1:$port" "$!" "instance $i"
}

start() { # N dir options...
  local n=$1 dir=$2
  shift 2
  local connection="" read="" proxy_port="" extra=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --connection) connection=$2; shift 2 ;;
      --read) read=$2; shift 2 ;;
      --port) proxy_port=$2; shift 2 ;;
      -e) extra+=("$2"); shift 2 ;;
      *) echo "unknown option $1" >&2; exit 2 ;;
    esac
  done
  mkdir -p "$dir"
  chmod 755 "$dir"
  echo "$n" >"$dir/count"
  if [ -z "$connection" ]; then
    connection=$(scripts/postgres-private.sh start "$dir/pg" --durable)
  fi

  local app=${OPSCENTER_PUBLISHED_APP:-}
  if [ -z "$app" ]; then
    echo "== publish the app (Release)" >&2
    dotnet publish OpsCenter.Web -c Release -o "$dir/publish" -nologo -clp:ErrorsOnly >/dev/null
    app="$dir/publish/OpsCenter.Web.dll"
  fi
  echo "$app" >"$dir/app"
  local proxy="$root/tools/Proxy/bin/Release/net10.0/OpsCenter.Proxy.dll"
  if [ ! -f "$proxy" ]; then
    echo "== build the proxy (Release)" >&2
    dotnet build tools/Proxy -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
  fi

  {
    echo "ASPNETCORE_ENVIRONMENT=Production"
    echo "Database__Provider=Postgres"
    echo "ConnectionStrings__OpsCenter=$connection"
    [ -n "$read" ] && echo "ConnectionStrings__OpsCenterRead=$read"
    echo "Demo__Password=${OPSCENTER_DEMO_PASSWORD:-Demo-Password-2569!}"
    # Everything reaches the instances from the proxy's one address; the per-address intake limit is for the public.
    echo "Reports__PermitsPerMinute=1000000"
    for setting in "${extra[@]+"${extra[@]}"}"; do echo "$setting"; done
  } >"$dir/environment"

  local addresses=()
  for i in $(seq 1 "$n"); do
    free_port >"$dir/instance-$i.port"
    addresses+=("http://127.0.0.1:$(cat "$dir/instance-$i.port")")
  done
  # The first instance migrates and seeds; the others start on a ready database.
  start_instance "$dir" 1
  local starting=()
  for i in $(seq 2 "$n"); do
    start_instance "$dir" "$i" &
    starting+=($!)
  done
  for pid in "${starting[@]+"${starting[@]}"}"; do wait "$pid"; done

  [ -n "$proxy_port" ] || proxy_port=$(free_port)
  local instances
  instances=$(IFS=,; echo "${addresses[*]}")
  dotnet "$proxy" --urls "http://127.0.0.1:$proxy_port" --instances "$instances" >"$dir/proxy.log" 2>&1 </dev/null &
  echo $! >"$dir/proxy.pid"
  echo "http://127.0.0.1:$proxy_port" >"$dir/proxy"
  wait_healthy "http://127.0.0.1:$proxy_port" "$(cat "$dir/proxy.pid")" proxy
  echo "proxy      http://127.0.0.1:$proxy_port"
  for i in $(seq 1 "$n"); do echo "instance $i ${addresses[$((i - 1))]}"; done
}

stop() { # dir
  local dir=$1
  for pidfile in "$dir"/proxy.pid "$dir"/instance-*.pid; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  sleep 1
  for pidfile in "$dir"/proxy.pid "$dir"/instance-*.pid; do
    [ -f "$pidfile" ] && kill -9 "$(cat "$pidfile")" 2>/dev/null || true
  done
  [ -d "$dir/pg" ] && scripts/postgres-private.sh stop "$dir/pg" >/dev/null 2>&1 || true
  return 0
}

case "${1:?N, start, restart or stop}" in
  start)
    n=${2:?N}; [ "${3:-}" = "--dir" ] || { echo "start N --dir DIR" >&2; exit 2; }
    start "$n" "$4" "${@:5}"
    ;;
  restart)
    dir=${2:?DIR}; i=${3:?instance}
    kill -9 "$(cat "$dir/instance-$i.pid")" 2>/dev/null || true
    start_instance "$dir" "$i"
    ;;
  stop)
    stop "${2:?DIR}"
    ;;
  *[!0-9]*)
    echo "usage: $0 N [options] | start N --dir DIR [options] | restart DIR I | stop DIR" >&2
    exit 2
    ;;
  *)
    dir=$(mktemp -d /tmp/opscenter-instances.XXXXXX)
    trap 'stop "$dir"; rm -rf "$dir"' EXIT
    trap 'exit 0' INT TERM
    start "$1" "$dir" "${@:2}"
    echo "logs in $dir; Ctrl-C stops everything"
    while true; do sleep 3600; done
    ;;
esac
