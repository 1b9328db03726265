#!/usr/bin/env bash
# Benchmark of articles-service: GET /api/v1/articles/by-slug/{slug} (rendered, figures from the
# read model) p50/p99 at a fixed 500 requests/s.
#   bench/articles.sh [articles] [rate] [seconds]
# Uses its own ports (PostgreSQL 55460, Kafka 59160/59161, articles-service 18081), so it runs beside ./platform.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl testkit,articles-service,bench -am
source bench/lib.sh
SECRET=$(openssl rand -hex 32)

bench_infra 55460 59160 articles
ARTICLES_PORT=18081 DATABASE_URL=jdbc:postgresql://localhost:55460/articles DATABASE_USER=postgres JWT_SECRET=$SECRET \
  KAFKA_BOOTSTRAP_SERVERS=localhost:59160 bench_service articles-service 18081
bench_machine
bench_driver io.careers.bench.ArticlesBenchmark http://localhost:18081 "$SECRET" localhost:59160 \
  "${1:-200}" "${2:-500}" "${3:-30}"
