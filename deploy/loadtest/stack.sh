# Sourced by the benchmark scripts: starts a local stack on a fresh data directory and an offset
# port range, and stops it when the script exits.
#   start_stack [args]   sets $stack_data (its data directory), $stack_out (launcher output), $launcher;
#                        args go to the launcher (e.g. --demo)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
jar=$root/deploy/devstack/launcher/target/bastion-devstack.jar
# 10000 keeps every port (18081-18084, 25432, 29092) below Linux's ephemeral range (32768 up), where an
# outgoing connection could have taken it first.
offset=${BASTION_BENCH_PORT_OFFSET:-10000}
[ -f "$jar" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
bench_dir=$(mktemp -d)
stack_data=$bench_dir/stack
launcher=

stop_stack() {
  if [ -n "$launcher" ]; then
    # The launcher ends with 143 (SIGTERM): that is the expected way out, not a failure.
    kill -TERM "$launcher" 2>/dev/null || true
    wait "$launcher" 2>/dev/null || true
    launcher=
  fi
  return 0
}
trap 'stop_stack; rm -rf "$bench_dir"' EXIT

# Starts the stack (reusing $stack_data if an earlier call filled it) and waits until it is up.
start_stack() {
  stack_out=$bench_dir/launcher.out
  java -jar "$jar" --data-dir "$stack_data" --port-offset "$offset" "$@" > "$stack_out" 2>&1 &
  launcher=$!
  for _ in $(seq 1 600); do
    grep -q "Press Ctrl-C to stop" "$stack_out" && return 0
    kill -0 "$launcher" 2>/dev/null || { cat "$stack_out" >&2; exit 1; }
    sleep 0.3
  done
  echo "stack not up within 180 s" >&2; cat "$stack_out" >&2; exit 1
}
