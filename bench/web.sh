#!/usr/bin/env bash
# The reference career site beside the gateway, in one run (docs/benchmarks.md):
#   (e) the site's career page (HTML) at a fixed rate, beside the gateway's cached JSON page at the
#       same rate: what rendering on the server costs on top of the cached payload;
#   (f) revalidations: a client holding the page's ETag asks two gateway instances in turn with
#       If-None-Match, every 100 ms for a minute, while the content stays the same: the share of 304.
# Backends are stand-ins answering the contract's JSON at once (BackendStandIns).
#   bench/web.sh [rate] [seconds]
# Uses its own ports (Kafka 59171, stand-ins 18181-18184, gateways 18080 and 18081, web 18095).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl testkit,gateway,web,bench -am
source bench/lib.sh
RATE=${1:-500}
DURATION=${2:-30}

bench_infra 55471 59171
bench_stand_ins
for port in 18080 18081; do
  GATEWAY_PORT=$port KAFKA_BOOTSTRAP_SERVERS=localhost:59171 ARTICLES_URL=http://127.0.0.1:18181 \
    SALARY_URL=http://127.0.0.1:18182 SCHOOLS_URL=http://127.0.0.1:18183 \
    bench_service gateway "$port" -Dgateway.rate-limit.enabled=false
done
WEB_PORT=18095 GATEWAY_URL=http://localhost:18080 bench_service web 18095
bench_machine
PAGE=/careers/medical-records-administration
JSON=/api/v1/pages/careers/medical-records-administration
curl -fs -o /dev/null "http://localhost:18095$PAGE"

echo
echo "(e) open-loop at $RATE req/s for $DURATION s each, after a 15 s warm-up, alternating"
echo "| what | rate | requests | p50 | p99 | max | errors |"; echo "|---|---|---|---|---|---|---|"
for round in 1 2; do
  bench_driver io.careers.bench.GatewayLatency "gateway, cached JSON page, round $round" \
    "http://localhost:18080$JSON" 1 "$RATE" "$DURATION"
  bench_driver io.careers.bench.GatewayLatency "web, the career page (HTML), round $round" \
    "http://localhost:18095$PAGE" 1 "$RATE" "$DURATION"
done

echo
echo "(f) If-None-Match every 100 ms for 60 s, alternating between two gateways"
echo "| what | requests | 304 | statuses |"; echo "|---|---|---|---|"
bench_driver io.careers.bench.Revalidations 60 100 "http://localhost:18080$JSON" "http://localhost:18081$JSON"
