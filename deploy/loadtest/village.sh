#!/usr/bin/env bash
# village-service on a fresh local stack: a bulk import of 50,000 villages and filtered listing
# under concurrent load (VillageBenchmark.java says what is measured).
#
#   mvn install -DskipTests && deploy/loadtest/village.sh [villages] [clients] [seconds]
#
# Ports are offset by BASTION_BENCH_PORT_OFFSET (default 10000) so a running stack is left alone.
set -euo pipefail
source "$(dirname "$0")/stack.sh"
classes=$bench_dir/classes
javac -d "$classes" "$root"/deploy/loadtest/*.java
start_stack
java -cp "$classes" VillageBenchmark "http://localhost:$((8081 + offset))" "$stack_data/tokens.env" "$@"
