#!/usr/bin/env bash
# village-service on a fresh local stack: a bulk import of 50,000 villages and filtered listing
# under concurrent load (VillageBenchmark.java says what is measured).
#
#   mvn install -DskipTests && deploy/loadtest/village.sh [villages] [clients] [seconds]
#
# Ports are offset by BASTION_BENCH_PORT_OFFSET (default 30000) so a running stack is left alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/deploy/devstack/launcher/target/bastion-devstack.jar
offset=${BASTION_BENCH_PORT_OFFSET:-30000}
[ -f "$jar" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }

data=$(mktemp -d)
out=$data/launcher.out
java -jar "$jar" --data-dir "$data/stack" --port-offset "$offset" > "$out" 2>&1 &
launcher=$!
trap 'kill -TERM "$launcher" 2>/dev/null; wait "$launcher" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do
  grep -q "Press Ctrl-C to stop" "$out" && break
  kill -0 "$launcher" 2>/dev/null || { cat "$out" >&2; exit 1; }
  sleep 0.3
done
grep -q "Press Ctrl-C to stop" "$out" || { echo "stack not up within 180 s" >&2; cat "$out" >&2; exit 1; }
java "$root/deploy/loadtest/VillageBenchmark.java" "http://localhost:$((8081 + offset))" "$data/stack/tokens.env" "$@"
