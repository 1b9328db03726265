#!/usr/bin/env bash
# The gateway's uncached capacity as a share of what its backends alone sustain, and how it fails
# past it (docs/benchmarks.md, "gateway: uncached capacity and overload"):
#   - at rising rates, each backend stand-in alone, then uncached pages through the gateway, side by side;
#   - past its capacity, the same top rate on a gateway that sheds (503 at once) and on one that
#     does not (gateway.shedding.max-in-flight very large): queueing against failing fast.
#   bench/gateway-capacity.sh [seconds per measurement] [rate]...
# Uses its own ports (Kafka 59170, stand-ins 18181-18184, gateways 18090 and 18093).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl testkit,gateway,bench -am
source bench/lib.sh
SECONDS_EACH=${1:-10}
shift || true
RATES=("$@")
[ ${#RATES[@]} -eq 0 ] && RATES=(250 500 1000 1500 2000 3000 4000)
TOP=${RATES[${#RATES[@]}-1]}

bench_infra 55470 59170
bench_stand_ins

# gateway <port> [java option]...
gateway() {
  local port=$1
  shift
  GATEWAY_PORT=$port KAFKA_BOOTSTRAP_SERVERS=localhost:59170 ARTICLES_URL=http://127.0.0.1:18181 \
    SALARY_URL=http://127.0.0.1:18182 SCHOOLS_URL=http://127.0.0.1:18183 \
    BENCH_EXTRA_CLASSPATH=$(ls bench/target/bench-*.jar | head -n 1) BENCH_MAIN_CLASS=io.careers.gateway.GatewayApplication \
    bench_service gateway "$port" -Dgateway.rate-limit.enabled=false \
    -Dgateway.cache.article-ttl=0s -Dgateway.cache.salary-ttl=0s -Dgateway.cache.schools-ttl=0s -Dgateway.cache.page-ttl=0s "$@"
}
gateway 18090
gateway 18093 -Dgateway.shedding.max-in-flight=1000000
bench_machine

echo
echo "Uncached pages against the backends alone, ${SECONDS_EACH} s per measurement, open-loop"
bench_driver io.careers.bench.UncachedCapacity "http://localhost:18090/api/v1/pages/careers/career-%d" \
  "http://127.0.0.1:18181/api/v1/articles/by-slug/career-%d" \
  "http://127.0.0.1:18182/api/v1/occupations?codes=29-2072,31-9092" \
  "http://127.0.0.1:18183/api/v1/schools?cip=51.0707&cip=51.0713&page=1&size=10" \
  "$SECONDS_EACH" 50 "${RATES[@]}"

echo
echo "At ${TOP}/s for 20 s: shedding (the default) against queueing"
echo "| what | rate | requests | p50 | p99 | max | errors |"; echo "|---|---|---|---|---|---|---|"
bench_driver io.careers.bench.GatewayLatency "gateway, shedding past 256 pages in progress" \
  "http://localhost:18090/api/v1/pages/careers/career-%d" 1000 "$TOP" 20
bench_driver io.careers.bench.GatewayLatency "gateway, no shedding" \
  "http://localhost:18093/api/v1/pages/careers/career-%d" 1000 "$TOP" 20
