#!/usr/bin/env bash
# A throw-away smtp4dev (a real SMTP server with an HTTP API to read what arrived), for tests and benchmarks.
#   scripts/smtp4dev-private.sh start <dir>   prints "smtp=127.0.0.1:<port>;api=http://127.0.0.1:<port>"
#   scripts/smtp4dev-private.sh stop <dir>
# The tool comes from the repository's tool manifest (dotnet tool restore); messages live in memory only.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?state directory}
root=$(cd "$(dirname "$0")/.." && pwd)

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || shuf -i 20000-60000 -n 1
}

case "$action" in
  start)
    mkdir -p "$dir"
    (cd "$root" && dotnet tool restore >"$dir/restore.log" 2>&1) || { cat "$dir/restore.log" >&2; exit 1; }
    smtp=$(free_port)
    http=$(free_port)
    while [ "$http" = "$smtp" ]; do http=$(free_port); done
    # Its own app-data folder, so it reads no user settings and leaves nothing behind. Every descriptor is redirected:
    # a server that kept the caller's stdout would keep "$(scripts/smtp4dev-private.sh start …)" waiting forever.
    cd "$root"
    XDG_CONFIG_HOME="$dir" nohup dotnet smtp4dev --db= --nousersettings --smtpport="$smtp" --imapport=0 --pop3port=0 \
      --bindaddress=127.0.0.1 --hostname=localhost --messagestokeep=100000 --sessionstokeep=10 \
      --urls="http://127.0.0.1:$http" >"$dir/server.log" 2>&1 </dev/null &
    echo $! >"$dir/pid"
    for _ in $(seq 1 120); do
      if curl -sf "http://127.0.0.1:$http/api/messages" >/dev/null 2>&1 && (exec 3<>"/dev/tcp/127.0.0.1/$smtp") 2>/dev/null; then
        echo "smtp=127.0.0.1:$smtp;api=http://127.0.0.1:$http"
        exit 0
      fi
      kill -0 "$(cat "$dir/pid")" 2>/dev/null || break
      sleep 0.25
    done
    echo "smtp4dev did not start; see $dir/server.log" >&2
    tail -n 20 "$dir/server.log" >&2 || true
    exit 1
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      pid=$(cat "$dir/pid")
      # The tool's launcher runs the server as its child.
      pkill -P "$pid" 2>/dev/null || true
      kill "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop <dir>" >&2
    exit 2
    ;;
esac
