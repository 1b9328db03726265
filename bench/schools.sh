#!/usr/bin/env bash
# Benchmarks of schools-service: batch ingest of 50,000 listings through the partner API, and the
# listing query's p50/p99 at a fixed 500 requests/s.
#   bench/schools.sh [listings] [rate] [seconds]
#   LISTING_CACHE_TTL=0s bench/schools.sh     # the same with schools-service's answer cache off
#   SCHOOLS_JAVA_OPTS=-Dmessaging.outbox.enabled=false bench/schools.sh   # without the outbox relay
# Uses its own ports (PostgreSQL 55450, Kafka 59150/59151, schools-service 18083), so it runs beside ./platform.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl testkit,schools-service,bench -am
source bench/lib.sh
SECRET=$(openssl rand -hex 32)

bench_infra 55450 59150 schools
# shellcheck disable=SC2086
SCHOOLS_PORT=18083 DATABASE_URL=jdbc:postgresql://localhost:55450/schools DATABASE_USER=postgres JWT_SECRET=$SECRET \
  KAFKA_BOOTSTRAP_SERVERS=localhost:59150 bench_service schools-service 18083 \
  -Dschools.listing-cache.ttl="${LISTING_CACHE_TTL:-2s}" ${SCHOOLS_JAVA_OPTS:-}
echo "answer cache: ${LISTING_CACHE_TTL:-2s}"
bench_machine
bench_driver io.careers.bench.SchoolsBenchmark http://localhost:18083 "$SECRET" \
  jdbc:postgresql://localhost:55450/schools "${1:-50000}" "${2:-500}" "${3:-30}"
