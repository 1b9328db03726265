#!/usr/bin/env bash
# Benchmark (issue 14: a whole BLS release in one step): a generated all-data workbook of about
# 400,000 rows in the real layout, from the start of `publish-release --wait` to CURRENT on a
# running salary-service, with the publisher's split (reading, sending, ingesting), beside the raw
# COPY rate of the same rows into the same PostgreSQL, in one run.
#   bench/release-file.sh [occupations] [areas]
# Uses its own ports (PostgreSQL 55442, Kafka 59160/59161, salary-service 18084), so it runs beside ./platform.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl testkit,salary-service,tools,bench -am
source bench/lib.sh

bench_infra 55442 59160 salary bench_raw
SALARY_PORT=18084 DATABASE_URL=jdbc:postgresql://localhost:55442/salary DATABASE_USER=postgres \
  KAFKA_BOOTSTRAP_SERVERS=localhost:59160 bench_service salary-service 18084
bench_machine
bench_driver io.careers.bench.ReleaseFileBenchmark localhost:59160 http://localhost:18084 \
  jdbc:postgresql://localhost:55442/bench_raw "$BENCH_WORK" "${1:-830}" "${2:-480}"
grep -c "Dead-lettered" "$BENCH_WORK/salary-service.log" | sed 's/^/dead letters during the run: /' || true
