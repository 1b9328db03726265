#!/usr/bin/env bash
# Two instances of each service beside one, in one run (docs/benchmarks.md, "Two instances of each
# service"). The platform runs as ./platform runs it, on ports and a state directory of its own;
# the rounds alternate (one instance of each, two, one, two) so the machine's noise falls on both.
#   ingest: a synthetic release (830 occupations x 48 areas = 39,840 estimates) sent to Kafka, timed
#           from the first estimate to the release promoted with the exact count;
#   pages:  uncached career pages (the gateway's caches off, so every section comes from the
#           backends), wrk against every gateway at once, 50 connections in all.
#   bench/scale-out.sh [occupations] [areas] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
OCCUPATIONS=${1:-830}
AREAS=${2:-48}
SECONDS_EACH=${3:-20}
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }
mvn -B -q -DskipTests package -pl testkit,tools,salary-service,schools-service,articles-service,gateway,bench -am

export PLATFORM_STATE GATEWAY_PORT=48080 ARTICLES_PORT=48081 SALARY_PORT=48082 SCHOOLS_PORT=48083 \
  POSTGRES_PORT=45432 KAFKA_PORT=49092
PLATFORM_STATE=$(mktemp -d)
export PLATFORM_JAVA_OPTS="-Xms64m -Xmx512m -XX:+UseSerialGC -Dgateway.rate-limit.enabled=false \
  -Dgateway.cache.article-ttl=0s -Dgateway.cache.salary-ttl=0s -Dgateway.cache.schools-ttl=0s \
  -Dgateway.cache.careers-ttl=0s -Dgateway.cache.page-ttl=0s"
trap './platform down > /dev/null 2>&1; rm -rf "$PLATFORM_STATE"' EXIT
PAGE=/api/v1/pages/careers/medical-records-administration

driver() { java -Xmx2g -cp "$(ls bench/target/bench-*.jar | head -n 1):bench/target/lib/*" "$@"; }

# pages <instances> <label>: wrk against every gateway at once; prints the summed rate and the worst percentiles.
pages() {
  local count=$1 label=$2 k out=()
  for ((k = 1; k <= count; k++)); do
    out+=("$PLATFORM_STATE/wrk-$k.txt")
    wrk -t1 -c$((50 / count)) -d"${SECONDS_EACH}"s --latency "http://localhost:$((GATEWAY_PORT + (k - 1) * 100))$PAGE" > "${out[-1]}" &
  done
  wait
  awk -v label="$label" '
    /^ +50%/ {if ($2 > p50) p50 = $2} /^ +99%/ {p99 = (p99 == "" ? $2 : p99 "/" $2)}
    /Requests\/sec/ {rps += $2} /Non-2xx/ {errors += $NF}
    END {printf "| %s | uncached pages, wrk 50 connections | %.0f pages/s, p99 %s, non-2xx %d |\n", label, rps, p99, errors}' "${out[@]}"
}

scale() {
  ./platform up -d --no-sample-data --scale "$1" > "$PLATFORM_STATE/up-$1.log" 2>&1 || { cat "$PLATFORM_STATE/up-$1.log"; exit 1; }
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
./platform up -d > "$PLATFORM_STATE/up.log" 2>&1 || { cat "$PLATFORM_STATE/up.log"; exit 1; }
echo
echo "| instances of each service | what | result |"
echo "|---|---|---|"
period=2000
for round in 1 2; do
  for count in 1 2; do
    scale "$count"
    curl -fs -o /dev/null "http://localhost:$GATEWAY_PORT$PAGE"
    period=$((period + 1))
    driver io.careers.bench.ReleaseIngest "localhost:$KAFKA_PORT" "http://localhost:$SALARY_PORT" "$OCCUPATIONS" "$AREAS" \
      "$period-05" "$count, round $round"
    pages "$count" "$count, round $round"
  done
done
