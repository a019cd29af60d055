#!/usr/bin/env bash
# Time from launch to ready, and resident memory (RSS) once ready, of each Bastion service on the
# local stack: one cold start on an empty data directory, then warm restarts over the kept data.
#
#   mvn install -DskipTests && deploy/loadtest/startup.sh [restarts]
#
# Prints a Markdown table for docs/benchmarks.md. Linux only (reads /proc). Ports are offset by
# BASTION_BENCH_PORT_OFFSET (default 10000) so a running stack is left alone.
set -euo pipefail
source "$(dirname "$0")/stack.sh"
restarts=${1:-3}

rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

echo "| run | service | launch to ready (s) | RSS when ready (MiB) |"
echo "|---|---|---:|---:|"
for run in $(seq 0 "$restarts"); do
  label=$([ "$run" -eq 0 ] && echo "cold" || echo "warm $run")
  start_stack
  total=$(sed -n 's/.*ready in \([0-9.]*\) s.*/\1/p' "$stack_out")
  while read -r name pid ready _; do
    echo "| $label | $name | $ready | $(rss_mib "$pid") |"
  done < <(grep -E '^[a-z]+-service ' "$stack_out" | awk '{ print $1, $2, $3 }')
  pg=$(head -1 "$stack_data/postgres/postmaster.pid")
  pg_rss=$(ps -o rss= --pid "$pg" --ppid "$pg" | awk '{ s += $1 } END { printf "%.0f", s / 1024 }')
  echo "| $label | launcher with embedded Kafka | $total (whole stack) | $(rss_mib "$launcher") |"
  echo "| $label | embedded PostgreSQL (all processes) | | $pg_rss |"
  stop_stack
done
