#!/usr/bin/env bash
# Uncached career pages through two builds of the gateway side by side, in alternating rounds on
# the same stand-in backends: the working tree's against a base revision's (docs/benchmarks.md,
# "gateway: before and after").
#   bench/gateway-ab.sh <base revision> [rate per second] [seconds per round] [rounds]
# With MODE=cached: caches on, and the most cached pages each serves (wrk -t2 -c50) instead.
# Uses its own ports (Kafka 59170, stand-ins 18181-18184, gateways 18090 and 18093).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?usage: bench/gateway-ab.sh <base revision> [rate] [seconds] [rounds]}
RATE=${2:-300}
SECONDS_EACH=${3:-20}
ROUNDS=${4:-2}
MODE=${MODE:-uncached}
[ "$MODE" != cached ] || command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }
mvn -B -q -DskipTests package -pl testkit,gateway,bench -am
source bench/lib.sh
BASE_TREE="$BENCH_WORK/base"
git worktree add -q --detach "$BASE_TREE" "$BASE"
trap 'git worktree remove --force "$BASE_TREE" 2>/dev/null || true; bench_cleanup' EXIT
(cd "$BASE_TREE" && mvn -B -q -DskipTests package -pl gateway -am)

bench_infra 55470 59170
bench_stand_ins

# gateway <port> <jar>: every cache off, so that each page calls all three backends (MODE=cached: on)
CACHES=(-Dgateway.cache.article-ttl=0s -Dgateway.cache.salary-ttl=0s -Dgateway.cache.schools-ttl=0s -Dgateway.cache.page-ttl=0s)
[ "$MODE" != cached ] || CACHES=()
gateway() {
  GATEWAY_PORT=$1 KAFKA_BOOTSTRAP_SERVERS=localhost:59170 ARTICLES_URL=http://127.0.0.1:18181 \
    SALARY_URL=http://127.0.0.1:18182 SCHOOLS_URL=http://127.0.0.1:18183 BENCH_JAR=$2 \
    bench_service gateway "$1" -Dgateway.rate-limit.enabled=false "${CACHES[@]}"
}
gateway 18090 "$(bench_jar gateway)"
gateway 18093 "$(cd "$BASE_TREE" && echo "$PWD/$(bench_jar gateway)")"
bench_machine
echo "base: $(git -C "$BASE_TREE" log --oneline -1 | cut -c1-60)"
echo "head: $(git log --oneline -1 | cut -c1-60)$(git diff --quiet HEAD || echo ' (and changes)')"

# Both must compose whole pages from the stand-ins, or the comparison measures a degraded page.
for port in 18090 18093; do
  degraded=$(curl -fs "http://localhost:$port/api/v1/pages/careers/career-1" | grep -o '"degraded":\[[^]]*\]')
  [ "$degraded" = '"degraded":[]' ] || { echo "the gateway on $port composes a degraded page: $degraded"; exit 1; }
done
# Rounds in turn (each driver warms up first), so that the machine's noise falls on both alike.
if [ "$MODE" = cached ]; then
  echo
  echo "Cached pages, wrk -t2 -c50, ${SECONDS_EACH} s a round (after 5 s of warm-up each)"
  echo "| what | throughput | p50 | p99 | non-2xx |"; echo "|---|---|---|---|---|"
  for port in 18093 18090; do wrk -t2 -c50 -d5s "http://localhost:$port/api/v1/pages/careers/career-1" > /dev/null; done
  for round in $(seq 1 "$ROUNDS"); do
    for side in "base 18093" "head 18090"; do
      set -- $side
      wrk -t2 -c50 -d"${SECONDS_EACH}"s --latency "http://localhost:$2/api/v1/pages/careers/career-1" | awk -v what="$1, round $round" '
        /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} /Non-2xx/ {errors=$NF}
        END {printf "| %s | %s req/s | %s | %s | %s |\n", what, rps, p50, p99, (errors == "" ? 0 : errors)}'
    done
  done
  exit 0
fi
echo
echo "Uncached pages at ${RATE}/s, ${SECONDS_EACH} s a round"
echo "| what | rate | requests | p50 | p99 | max | errors |"; echo "|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  bench_driver io.careers.bench.GatewayLatency "base, round $round" \
    "http://localhost:18093/api/v1/pages/careers/career-%d" 1000 "$RATE" "$SECONDS_EACH"
  bench_driver io.careers.bench.GatewayLatency "head, round $round" \
    "http://localhost:18090/api/v1/pages/careers/career-%d" 1000 "$RATE" "$SECONDS_EACH"
done
