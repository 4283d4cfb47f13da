# Sourced by the bench/scale scripts that read a generated database directly: $conn is its Npgsql connection string
# (BENCH_CONN, or the one bench/scale/run.sh leaves in /work/scale-conn.txt) and psql's PG* variables point at it.
conn=${BENCH_CONN:-$(cat /work/scale-conn.txt 2>/dev/null || true)}
[ -n "$conn" ] || { echo "set BENCH_CONN to the generated database's connection string" >&2; exit 2; }
conn_field() { tr ';' '\n' <<<"$conn" | awk -F= -v k="$1" 'tolower($1) == tolower(k) { print $2 }' | head -n 1; }
export PGHOST=$(conn_field Host) PGPORT=$(conn_field Port) PGUSER=$(conn_field Username) PGDATABASE=$(conn_field Database)
export PGPASSWORD=$(conn_field Password)
