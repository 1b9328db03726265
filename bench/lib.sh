# Shared by the benchmark scripts: build, then start the platform's own infrastructure and a
# service jar on ports of the benchmark's own, in a temporary directory removed on exit.
# Source it from the repository root.

BENCH_WORK=$(mktemp -d)
BENCH_PIDS=()

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$BENCH_WORK"
}
trap bench_cleanup EXIT

bench_jar() { ls "$1"/target/"$1"-*.jar | grep -v -e original- -e sources | head -n 1; }

# bench_infra <postgres port> <kafka port> <database>...: durable embedded PostgreSQL and Kafka, as ./platform runs them.
bench_infra() {
  local postgres=$1 kafka=$2
  shift 2
  POSTGRES_PORT=$postgres KAFKA_PORT=$kafka KAFKA_CONTROLLER_PORT=$((kafka + 1)) \
    java -Xmx768m -cp "$(bench_jar testkit):testkit/target/lib/*" io.careers.testkit.LocalInfrastructure \
    "$BENCH_WORK" "$@" > "$BENCH_WORK/infra.log" 2>&1 &
  BENCH_PIDS=("$!" "${BENCH_PIDS[@]}")
  until grep -q '^READY' "$BENCH_WORK/infra.log"; do
    kill -0 "${BENCH_PIDS[0]}" || { cat "$BENCH_WORK/infra.log"; exit 1; }
    sleep 0.5
  done
}

# bench_stand_ins: stand-ins of articles (18181), salary (18182) and schools (18183) answering the contract's
# JSON at once, and a black hole (18184) that never answers (BackendStandIns).
bench_stand_ins() {
  # JDK's HTTP server waits for delayed ACKs (about 40 ms a response) unless told not to.
  java -Dsun.net.httpserver.nodelay=true -cp "$(ls bench/target/bench-*.jar | head -n 1):bench/target/lib/*" \
    io.careers.bench.BackendStandIns 18181 18182 18183 18184 > "$BENCH_WORK/stand-ins.log" 2>&1 &
  BENCH_PIDS=("$!" "${BENCH_PIDS[@]}")
  until grep -q '^READY' "$BENCH_WORK/stand-ins.log"; do
    kill -0 "${BENCH_PIDS[0]}" || { cat "$BENCH_WORK/stand-ins.log"; exit 1; }
    sleep 0.3
  done
}

# bench_service <module> <port> [java option]...: the service jar, with the environment set by the caller; waits for /health.
# BENCH_JAR runs another build of the module (bench/gateway-ab.sh); BENCH_EXTRA_CLASSPATH adds jars to the
# service's class path, then BENCH_MAIN_CLASS names its main class
# (the gateway's static endpoint lives in bench, never in the production gateway).
bench_service() {
  local module=$1 port=$2 jar
  shift 2
  jar=${BENCH_JAR:-$(bench_jar "$module")}
  if [ -n "${BENCH_EXTRA_CLASSPATH:-}" ]; then
    java -Xms512m -Xmx1g "$@" -cp "$jar:$BENCH_EXTRA_CLASSPATH" \
      "$BENCH_MAIN_CLASS" > "$BENCH_WORK/$module.log" 2>&1 &
  else
    java -Xms512m -Xmx1g "$@" -jar "$jar" > "$BENCH_WORK/$module.log" 2>&1 &
  fi
  local pid=$!
  BENCH_PIDS=("$pid" "${BENCH_PIDS[@]}")
  until curl -fs -o /dev/null "http://localhost:$port/health"; do
    kill -0 "$pid" || { tail -50 "$BENCH_WORK/$module.log"; exit 1; }
    sleep 0.5
  done
}

bench_machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
}

bench_driver() {
  java -Xmx2g -cp "$(ls bench/target/bench-*.jar | head -n 1):bench/target/lib/*" "$@"
}
