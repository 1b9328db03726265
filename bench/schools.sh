#!/usr/bin/env bash
# Benchmarks of schools-service: batch ingest of 50,000 listings through the partner API, and the
# listing query's p50/p99 at a fixed 500 requests/s.
#   bench/schools.sh [listings] [rate] [seconds]
#   LISTING_CACHE_TTL=0s bench/schools.sh     # the same with schools-service's answer cache off
# Uses its own ports (PostgreSQL 55450, Kafka 59150/59151, schools-service 18083) and a temporary
# data directory, so it runs beside ./platform.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl testkit,schools-service,bench -am
WORK=$(mktemp -d)
SECRET=$(openssl rand -hex 32)
cleanup() {
  [ -n "${SCHOOLS_PID:-}" ] && kill "$SCHOOLS_PID" 2>/dev/null && wait "$SCHOOLS_PID" 2>/dev/null || true
  [ -n "${INFRA_PID:-}" ] && kill "$INFRA_PID" 2>/dev/null && wait "$INFRA_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
jar() { ls "$1"/target/"$1"-*.jar | grep -v -e original- -e sources | head -n 1; }

POSTGRES_PORT=55450 KAFKA_PORT=59150 KAFKA_CONTROLLER_PORT=59151 \
  java -Xmx768m -cp "$(jar testkit):testkit/target/lib/*" io.careers.testkit.LocalInfrastructure "$WORK" schools \
  > "$WORK/infra.log" 2>&1 &
INFRA_PID=$!
until grep -q '^READY' "$WORK/infra.log"; do kill -0 "$INFRA_PID" || { cat "$WORK/infra.log"; exit 1; }; sleep 0.5; done

SCHOOLS_PORT=18083 DATABASE_URL=jdbc:postgresql://localhost:55450/schools DATABASE_USER=postgres JWT_SECRET=$SECRET \
  KAFKA_BOOTSTRAP_SERVERS=localhost:59150 java -Xms512m -Xmx1g \
  -Dschools.listing-cache.ttl="${LISTING_CACHE_TTL:-2s}" ${SCHOOLS_JAVA_OPTS:-} -jar "$(jar schools-service)" > "$WORK/schools.log" 2>&1 &
SCHOOLS_PID=$!
until curl -fs -o /dev/null http://localhost:18083/health; do kill -0 "$SCHOOLS_PID" || { tail -50 "$WORK/schools.log"; exit 1; }; sleep 0.5; done

echo "answer cache: ${LISTING_CACHE_TTL:-2s}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
java -Xmx1g -cp "$(ls bench/target/bench-*.jar | head -n 1):bench/target/lib/*" io.careers.bench.SchoolsBenchmark \
  http://localhost:18083 "$SECRET" jdbc:postgresql://localhost:55450/schools "${1:-50000}" "${2:-500}" "${3:-30}"
