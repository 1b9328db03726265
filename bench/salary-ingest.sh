#!/usr/bin/env bash
# Benchmark (issue: salary-service ingest): a full synthetic OEWS release (830 occupations x 480
# areas = 398,400 estimates) through Kafka into a running salary-service, beside a plain multi-row
# INSERT ... ON CONFLICT of the same rows into the same PostgreSQL, in one run.
#   bench/salary-ingest.sh [occupations] [areas]
# Uses its own ports (PostgreSQL 55440, Kafka 59140/59141, salary-service 18082), so it runs beside ./platform.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl testkit,salary-service,bench -am
source bench/lib.sh

bench_infra 55440 59140 salary bench_raw
SALARY_PORT=18082 DATABASE_URL=jdbc:postgresql://localhost:55440/salary DATABASE_USER=postgres \
  KAFKA_BOOTSTRAP_SERVERS=localhost:59140 bench_service salary-service 18082
bench_machine
bench_driver io.careers.bench.SalaryIngestBenchmark localhost:59140 http://localhost:18082 \
  jdbc:postgresql://localhost:55440/bench_raw "${1:-830}" "${2:-480}"
grep -c "Dead-lettered" "$BENCH_WORK/salary-service.log" | sed 's/^/dead letters during the run: /' || true
