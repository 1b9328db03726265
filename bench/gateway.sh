#!/usr/bin/env bash
# Benchmarks of the gateway, side by side in one run (docs/benchmarks.md):
#   (a) a trivial static JSON endpoint on the gateway's own server: the limit (wrk);
#   (b) a cached career page (wrk), alternating with (a);
#   (c) uncached pages (every section from the backends, caches off) at a fixed rate, beside the
#       backends' own p99 at the same rate;
#   (d) pages with the schools backend dead: refused connections, and a black hole that never answers.
# Backends are stand-ins answering the contract's JSON at once (BackendStandIns), so the gateway is measured.
#   bench/gateway.sh [rate] [seconds]
# Uses its own ports (Kafka 59170, stand-ins 18181-18184, gateways 18080/18090/18091/18092).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl testkit,gateway,bench -am
source bench/lib.sh
RATE=${1:-1000}
DURATION=${2:-30}
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

bench_infra 55470 59170
bench_stand_ins

# gateway <port> <schools url> [java option]...
gateway() {
  local port=$1 schools=$2
  shift 2
  GATEWAY_PORT=$port KAFKA_BOOTSTRAP_SERVERS=localhost:59170 ARTICLES_URL=http://127.0.0.1:18181 \
    SALARY_URL=http://127.0.0.1:18182 SCHOOLS_URL=$schools \
    BENCH_EXTRA_CLASSPATH=$(ls bench/target/bench-*.jar | head -n 1) BENCH_MAIN_CLASS=io.careers.gateway.GatewayApplication \
    bench_service gateway "$port" -Dgateway.rate-limit.enabled=false "$@"
}
NO_CACHE=(-Dgateway.cache.article-ttl=0s -Dgateway.cache.salary-ttl=0s -Dgateway.cache.schools-ttl=0s -Dgateway.cache.page-ttl=0s)
gateway 18080 http://127.0.0.1:18183
gateway 18090 http://127.0.0.1:18183 "${NO_CACHE[@]}"
gateway 18091 http://127.0.0.1:18199 "${NO_CACHE[@]}"
gateway 18092 http://127.0.0.1:18184 "${NO_CACHE[@]}"
bench_machine
PAGE=/api/v1/pages/careers/medical-records-administration
curl -fs -o /dev/null "http://localhost:18080$PAGE"

throughput() {
  wrk -t2 -c50 -d"$2"s --latency "$1" | awk -v what="$3" '
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} /Non-2xx/ {errors=$NF}
    END {printf "| %s | %s req/s | p50 %s | p99 %s | non-2xx %s |\n", what, rps, p50, p99, (errors == "" ? 0 : errors)}'
}
if [ -z "${SKIP_THROUGHPUT:-}" ]; then
  echo
  echo "(a) and (b): wrk -t2 -c50, alternating, 15 s each"
  echo "| what | throughput | latency | latency | errors |"
  echo "|---|---|---|---|---|"
  for round in 1 2; do
    throughput http://localhost:18080/bench/static 15 "(a) static JSON, round $round"
    throughput "http://localhost:18080$PAGE" 15 "(b) cached page, round $round"
  done
fi

echo
echo "(c) and (d): open-loop at $RATE req/s for $DURATION s, after a 5 s warm-up"
echo "| what | rate | requests | p50 | p99 | max | errors |"; echo "|---|---|---|---|---|---|---|"
bench_driver io.careers.bench.GatewayLatency "backend articles: GET by-slug" \
  "http://127.0.0.1:18181/api/v1/articles/by-slug/career-%d" 1000 "$RATE" "$DURATION"
bench_driver io.careers.bench.GatewayLatency "backend salary: GET occupations" \
  "http://127.0.0.1:18182/api/v1/occupations?codes=29-2072,31-9092" 1 "$RATE" "$DURATION"
bench_driver io.careers.bench.GatewayLatency "backend schools: GET schools" \
  "http://127.0.0.1:18183/api/v1/schools?cip=51.0707&cip=51.0713&page=1&size=10" 1 "$RATE" "$DURATION"
bench_driver io.careers.bench.GatewayLatency "(c) gateway, uncached page, all backends" \
  "http://localhost:18090/api/v1/pages/careers/career-%d" 1000 "$RATE" "$DURATION"
bench_driver io.careers.bench.GatewayLatency "(d) gateway, schools refusing connections" \
  "http://localhost:18091/api/v1/pages/careers/career-%d" 1000 "$RATE" "$DURATION"
bench_driver io.careers.bench.GatewayLatency "(d) gateway, schools never answering" \
  "http://localhost:18092/api/v1/pages/careers/career-%d" 1000 "$RATE" "$DURATION"
curl -s "http://localhost:18092/api/v1/pages/careers/career-1" | jq -c '{schools: .schools.status, degraded: .meta.degraded}'
