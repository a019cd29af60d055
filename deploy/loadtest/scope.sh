#!/usr/bin/env bash
# What row-level security costs: village-service's most used reads on the demo county, as a county
# admin, a township operator and a county leader (whose scope is its paired villages), here and in
# another checkout built without it, one after the other on the same machine.
#
#   mvn install -DskipTests
#   git worktree add /tmp/base <commit> && (cd /tmp/base && mvn -q package -DskipTests)
#   deploy/loadtest/scope.sh /tmp/base [seconds]
#
# Needs wrk (apt-get install wrk). Each read gets 5 s of warm-up, then [seconds] (default 20) with
# 16 connections on 2 threads.
set -euo pipefail
base=${1:?the checkout to compare with}
seconds=${2:-20}
source "$(dirname "$0")/stack.sh"
command -v wrk > /dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
results=$bench_dir/results

measure() {
  local label=$1 home=$2
  rm -rf "$stack_data"
  # The previous stack's services may still be letting go of their ports.
  for _ in $(seq 1 60); do
    ss -ltn | grep -qE ":($((8081 + offset))|$((8084 + offset))|$((15432 + offset)))\b" || break
    sleep 1
  done
  start_stack --home "$home" --fresh --demo
  source "$stack_data/tokens.env"
  local village="http://localhost:$((8081 + offset))/api/v1/villages"
  for _ in $(seq 1 90); do
    [ "$(curl -s -H "Authorization: Bearer $BASTION_TOKEN_COUNTY_ADMIN" "$village?limit=500" | grep -o '"code"' | wc -l)" = 300 ] && break
    sleep 2
  done
  for role in COUNTY_ADMIN TOWNSHIP_OPERATOR COUNTY_LEADER; do
    local token own
    token=$(eval echo "\$BASTION_TOKEN_$role")
    # A village the caller reaches: the first of its own list.
    own=$(curl -s -H "Authorization: Bearer $token" "$village?limit=1" | grep -o '"code":"[0-9]*"' | head -1 | cut -d'"' -f4)
    for path in "?limit=50" "/$own"; do
      wrk -t2 -c16 -d5s -H "Authorization: Bearer $token" "$village$path" > /dev/null
      local rate
      rate=$(wrk -t2 -c16 -d"${seconds}s" -H "Authorization: Bearer $token" "$village$path" | awk '/Requests\/sec/ {print $2}')
      echo "$role GET /api/v1/villages${path/$own/{code\}} $label $rate" >> "$results"
    done
  done
  stop_stack
}

measure base "$base"
measure this "$root"
echo "| caller | read | without row-level security (req/s) | with (req/s) | ratio |"
echo "|---|---|---:|---:|---:|"
awk '{key=$1" "$2" "$3; v[key" "$4]=$5; keys[key]=1} END {for (k in keys) {split(k, p, " ");
  printf "| %s | `%s %s` | %.0f | %.0f | %.0f %% |\n", p[1], p[2], p[3], v[k" base"], v[k" this"], 100*v[k" this"]/v[k" base"]}}' "$results" | sort
