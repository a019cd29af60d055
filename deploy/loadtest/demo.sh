#!/usr/bin/env bash
# How long `--demo` takes to bring up the populated county on a fresh data directory (launch to
# ready, and the loading through the APIs within it), and how fast the county's figures and its
# stage report are answered once it is there.
#
#   mvn install -DskipTests && deploy/loadtest/demo.sh [runs]
#
# Prints a Markdown table for docs/benchmarks.md. Ports are offset by BASTION_BENCH_PORT_OFFSET
# (default 10000) so a running stack is left alone.
set -euo pipefail
source "$(dirname "$0")/stack.sh"
runs=${1:-3}
supervision=$((8084 + offset))

echo "| run | launch to ready with the county (s) | loading through the APIs (s) | requests | statistics (ms) | stage report (ms) |"
echo "|---|---:|---:|---:|---:|---:|"
for run in $(seq 1 "$runs"); do
  rm -rf "$stack_data"
  start_stack --demo
  total=$(sed -n 's/.*ready in \([0-9.]*\) s.*/\1/p' "$stack_out")
  loaded=$(sed -n 's/.*loaded in \([0-9.]*\) s with \([0-9]*\) requests.*/\1 \2/p' "$stack_out")
  token=$(sed -n 's/^ *BASTION_TOKEN_COUNTY_ADMIN=//p' "$stack_out")
  range="from=$(date +%Y)-01-01&to=$(date +%F)"
  timed() { curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" -H "Accept: $2" "http://localhost:$supervision$1" \
    | awk '{ printf "%.0f", $1 * 1000 }'; }
  timed "/api/v1/statistics?$range" application/json > /dev/null   # first use warms the service up
  stats=$(timed "/api/v1/statistics?$range" application/json)
  report=$(timed "/api/v1/stage-report?$range" text/markdown)
  echo "| $run | $total | ${loaded% *} | ${loaded#* } | $stats | $report |"
  stop_stack
done
