#!/usr/bin/env bash
# Time from launch to ready, and resident memory (RSS) once ready, of each Bastion service on the
# local stack: one cold start on an empty data directory, then warm restarts over the kept data.
#
#   mvn install -DskipTests && deploy/loadtest/startup.sh [restarts]
#
# Prints a Markdown table for docs/benchmarks.md. Linux only (reads /proc). Ports are offset by
# BASTION_BENCH_PORT_OFFSET (default 30000) so a running stack is left alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/deploy/devstack/launcher/target/bastion-devstack.jar
restarts=${1:-3}
offset=${BASTION_BENCH_PORT_OFFSET:-30000}
[ -f "$jar" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }

data=$(mktemp -d)
out=$data/launcher.out
launcher=
cleanup() {
  [ -n "$launcher" ] && kill -TERM "$launcher" 2>/dev/null && wait "$launcher" 2>/dev/null
  rm -rf "$data"
}
trap cleanup EXIT

rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

echo "| run | service | launch to ready (s) | RSS when ready (MiB) |"
echo "|---|---|---:|---:|"
for run in $(seq 0 "$restarts"); do
  label=$([ "$run" -eq 0 ] && echo "cold" || echo "warm $run")
  java -jar "$jar" --data-dir "$data/stack" --port-offset "$offset" > "$out" 2>&1 &
  launcher=$!
  for _ in $(seq 1 600); do
    grep -q "Press Ctrl-C to stop" "$out" && break
    kill -0 "$launcher" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.3
  done
  grep -q "Press Ctrl-C to stop" "$out" || { echo "not up within 180 s" >&2; cat "$out" >&2; exit 1; }
  total=$(sed -n 's/.*ready in \([0-9.]*\) s.*/\1/p' "$out")
  while read -r name pid ready _; do
    echo "| $label | $name | $ready | $(rss_mib "$pid") |"
  done < <(grep -E '^[a-z]+-service ' "$out" | awk '{ print $1, $2, $3 }')
  pg=$(head -1 "$data/stack/postgres/postmaster.pid")
  pg_rss=$(ps -o rss= --pid "$pg" --ppid "$pg" | awk '{ s += $1 } END { printf "%.0f", s / 1024 }')
  echo "| $label | launcher with embedded Kafka | $total (whole stack) | $(rss_mib "$launcher") |"
  echo "| $label | embedded PostgreSQL (all processes) | | $pg_rss |"
  kill -TERM "$launcher"
  wait "$launcher" || true
  launcher=
done
