#!/usr/bin/env bash
# Freshness (docs/benchmarks.md): the time from a release becoming CURRENT to the gateway's career
# page showing its figure in the salary section and in the article text, over many small releases
# published one after another while the page is read at a steady rate. The platform runs as
# ./platform runs it (sample data included), on ports and a state directory of its own.
#   bench/freshness.sh [releases] [reads per second]
set -euo pipefail
cd "$(dirname "$0")/.."
RELEASES=${1:-25}
READS=${2:-100}
mvn -B -q -DskipTests package -pl testkit,tools,salary-service,schools-service,articles-service,gateway,web,bench -am

export PLATFORM_STATE GATEWAY_PORT=48080 ARTICLES_PORT=48081 SALARY_PORT=48082 SCHOOLS_PORT=48083 WEB_PORT=48090 \
  POSTGRES_PORT=45432 KAFKA_PORT=49092
PLATFORM_STATE=$(mktemp -d)
trap './platform down > /dev/null 2>&1; rm -rf "$PLATFORM_STATE"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
./platform up -d > "$PLATFORM_STATE/up.log" 2>&1 || { cat "$PLATFORM_STATE/up.log"; exit 1; }
PAGE="http://localhost:$GATEWAY_PORT/api/v1/pages/careers/medical-records-administration"
# The readers use the career site's trusted-client key: the per-address limit (20/s) would thin them out.
KEY=$(cat "$PLATFORM_STATE/web-client-key")
until curl -fs -o /dev/null -H "X-Client-Key: $KEY" "$PAGE"; do sleep 1; done
echo
echo "| what | releases | p50 | p99 | max |"
echo "|---|---|---|---|---|"
java -Xmx1g -cp "$(ls bench/target/bench-*.jar | head -n 1):bench/target/lib/*" io.careers.bench.Freshness \
  "localhost:$KAFKA_PORT" "http://localhost:$SALARY_PORT" "$PAGE" "$KEY" 29-2071 "$RELEASES" "$READS" 2020
