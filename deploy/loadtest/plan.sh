#!/usr/bin/env bash
# plan-service with village-service on a fresh local stack: cases opened, their plans taken through
# the three steps with one return each, the events both ways, and the work queues under load
# (PlanBenchmark.java says what is measured).
#
#   mvn install -DskipTests && deploy/loadtest/plan.sh [cases] [clients]
#
# Ports are offset by BASTION_BENCH_PORT_OFFSET (default 10000) so a running stack is left alone.
set -euo pipefail
source "$(dirname "$0")/stack.sh"
classes=$bench_dir/classes
javac -d "$classes" "$root"/deploy/loadtest/*.java
start_stack
java -cp "$classes" PlanBenchmark "http://localhost:$((8081 + offset))" "http://localhost:$((8082 + offset))" \
  "$stack_data/tokens.env" "$@"
