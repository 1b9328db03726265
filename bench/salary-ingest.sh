#!/usr/bin/env bash
# Benchmark (issue: salary-service ingest): a full synthetic OEWS release (830 occupations x 480
# areas = 398,400 estimates) through Kafka into a running salary-service, beside a plain multi-row
# INSERT ... ON CONFLICT of the same rows into the same PostgreSQL, in one run.
#   bench/salary-ingest.sh [occupations] [areas]
# Uses its own ports (PostgreSQL 55440, Kafka 59140/59141, salary-service 18082) and a temporary
# data directory, so it runs beside ./platform.
set -euo pipefail
cd "$(dirname "$0")/.."
OCCUPATIONS=${1:-830}
AREAS=${2:-480}
mvn -B -q -DskipTests package -pl testkit,salary-service,bench -am
WORK=$(mktemp -d)
cleanup() {
  [ -n "${SALARY_PID:-}" ] && kill "$SALARY_PID" 2>/dev/null && wait "$SALARY_PID" 2>/dev/null || true
  [ -n "${INFRA_PID:-}" ] && kill "$INFRA_PID" 2>/dev/null && wait "$INFRA_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
jar() { ls "$1"/target/"$1"-*.jar | grep -v -e original- -e sources | head -n 1; }

POSTGRES_PORT=55440 KAFKA_PORT=59140 KAFKA_CONTROLLER_PORT=59141 \
  java -Xmx768m -cp "$(jar testkit):testkit/target/lib/*" io.careers.testkit.LocalInfrastructure "$WORK" salary bench_raw \
  > "$WORK/infra.log" 2>&1 &
INFRA_PID=$!
until grep -q '^READY' "$WORK/infra.log"; do kill -0 "$INFRA_PID" || { cat "$WORK/infra.log"; exit 1; }; sleep 0.5; done

SALARY_PORT=18082 DATABASE_URL=jdbc:postgresql://localhost:55440/salary DATABASE_USER=postgres \
  KAFKA_BOOTSTRAP_SERVERS=localhost:59140 java -Xms512m -Xmx1g -jar "$(jar salary-service)" > "$WORK/salary.log" 2>&1 &
SALARY_PID=$!
until curl -fs -o /dev/null http://localhost:18082/health; do kill -0 "$SALARY_PID" || { tail -50 "$WORK/salary.log"; exit 1; }; sleep 0.5; done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
java -Xmx2g -cp "$(ls bench/target/bench-*.jar | head -n 1):bench/target/lib/*" io.careers.bench.SalaryIngestBenchmark \
  localhost:59140 http://localhost:18082 jdbc:postgresql://localhost:55440/bench_raw "$OCCUPATIONS" "$AREAS"
grep -c "Dead-lettered" "$WORK/salary.log" | sed 's/^/dead letters during the run: /' || true
