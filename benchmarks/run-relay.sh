#!/usr/bin/env bash
# Relay throughput (RelayThroughputBenchmark): events per second from PostgreSQL's outbox to Kafka, RabbitMQ and
# NATS JetStream with 1 and 3 relays, beside each broker's raw client. About 6 minutes on 2 cores.
#
# Kafka is the broker at RESCIND_BENCH_KAFKA_BOOTSTRAP; without one this script starts a single KRaft broker in
# a JVM of its own from Kafka's test kit (publishers/e2e's StandaloneKafkaMain) and stops it at the end.
# RabbitMQ and NATS are the servers at RESCIND_BENCH_RABBITMQ_URI and RESCIND_BENCH_NATS_URL (loopback by
# default). Extra arguments go to JMH (for example -p broker=NATS).
#
#   benchmarks/run-relay.sh [JMH options]    run, results in benchmarks/target/results/relay.json
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=benchmarks/target/results
JAR=benchmarks/target/benchmarks.jar
mkdir -p "$RESULTS"
[[ -f "$JAR" ]] || mvn -B -q -DskipTests package -pl benchmarks -am

KAFKA_PID=
stop_kafka() { [[ -n "$KAFKA_PID" ]] && kill "$KAFKA_PID" 2>/dev/null || true; }
trap stop_kafka EXIT
if [[ -z "${RESCIND_BENCH_KAFKA_BOOTSTRAP:-}" ]]; then
  mvn -B -q -DskipTests package dependency:build-classpath -pl publishers/e2e -am \
    -Dmdep.outputFile="$PWD/$RESULTS/kafka-classpath.txt" -Dmdep.includeScope=test
  java -cp "publishers/e2e/target/test-classes:$(cat "$RESULTS/kafka-classpath.txt")" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=error dev.rescind.publishers.e2e.StandaloneKafkaMain \
    > "$RESULTS/kafka.log" 2>&1 &
  KAFKA_PID=$!
  for _ in $(seq 1 60); do
    grep -q '^BOOTSTRAP ' "$RESULTS/kafka.log" && break
    sleep 1
  done
  RESCIND_BENCH_KAFKA_BOOTSTRAP=$(sed -n 's/^BOOTSTRAP //p' "$RESULTS/kafka.log")
  [[ -n "$RESCIND_BENCH_KAFKA_BOOTSTRAP" ]] || { echo "Kafka did not start; see $RESULTS/kafka.log" >&2; exit 1; }
fi
export RESCIND_BENCH_KAFKA_BOOTSTRAP

echo "$(date -u +%H:%M:%S) $(uptime | sed 's/.*load average: //')" > "$RESULTS/relay-load.txt"
java -jar "$JAR" 'RelayThroughputBenchmark' -f 1 -wi 1 -i 3 "$@" \
  -rf json -rff "$RESULTS/relay.json" | tee "$RESULTS/relay.txt"
echo "$(date -u +%H:%M:%S) $(uptime | sed 's/.*load average: //')" >> "$RESULTS/relay-load.txt"
