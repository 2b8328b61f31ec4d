#!/usr/bin/env bash
# Builds benchmarks.jar and runs all of Rescind's benchmarks with settings sized for a 2-core machine, then
# writes docs/benchmarks.md from JMH's JSON results: about 13 minutes, build included, on a 2-core machine
# that other builds share, and 6 more for the relay throughput to the brokers (benchmarks/run-relay.sh).
#
# The JDBC parts use the PostgreSQL server at RESCIND_BENCH_POSTGRES_URL (default
# jdbc:postgresql://127.0.0.1:5432/test?user=postgres), or an embedded one when none answers, each fork in a
# schema of its own that it drops; H2 runs in memory.
#
#   benchmarks/run.sh            build, run everything, write docs/benchmarks.md
#   benchmarks/run.sh --report   only write docs/benchmarks.md from the results already in benchmarks/target/
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=benchmarks/target/results
JAR=benchmarks/target/benchmarks.jar

load() {
  echo "$(date -u +%H:%M:%S) $(uptime | sed 's/.*load average: //')" >> "$RESULTS/load.txt"
}

START=$(date -u +%Y-%m-%dT%H:%M:%SZ)
if [[ "${1:-}" != "--report" ]]; then
  mvn -B -q -DskipTests package -pl benchmarks -am
  rm -rf "$RESULTS" && mkdir -p "$RESULTS"
  {
    echo "nproc=$(nproc)"
    echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "java=$(java -version 2>&1 | tr '\n' ' ')"
    echo "started=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "build_started=$START"
  } > "$RESULTS/machine.properties"
  load

  # Decision cost: the four implementations, the values-only floor and Spring's reset in one run, same
  # forks and iterations; -prof gc for bytes per transition. About 2 minutes.
  java -jar "$JAR" 'DecisionBenchmark' -f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc \
    -rf json -rff "$RESULTS/decision.json" | tee "$RESULTS/decision.txt"
  load

  # Where Rescind's decision spends its time: a short JFR recording at 1 ms sampling. About 15 s.
  jdk_home=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.home/ {print $2}')
  period='<setting name="period" control="method-sampling-java-interval">'
  sed "s|$period[^<]*<|${period}1 ms<|" "$jdk_home/lib/jfr/profile.jfc" > "$RESULTS/sampling.jfc"
  java -jar "$JAR" 'DecisionBenchmark.rescind$' -f 1 -wi 2 -w 1s -i 1 -r 6s \
    -jvmArgsAppend '-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints' \
    -prof "jfr:dir=$RESULTS/jfr;configName=$PWD/$RESULTS/sampling.jfc" > "$RESULTS/profile.txt"
  load

  # The pipeline on the in-memory store, 1 and 2 threads. About 70 s.
  java -jar "$JAR" 'PipelineBenchmark' -f 2 -wi 3 -w 2s -i 5 -r 2s -prof gc \
    -rf json -rff "$RESULTS/pipeline.json" | tee "$RESULTS/pipeline.txt"
  load

  export RESCIND_BENCH_NOTES="$RESULTS/notes.tsv"

  # Cancel-shipment commands through Rescind's JDBC store against raw JDBC, PostgreSQL and H2, 1, 4 and 16
  # threads: 12 forks. On PostgreSQL in three rounds, each running both clients, which the report pools, so
  # that what the other builds do to the machine falls on both alike. The JIT needs longer on H2, whose own
  # code runs in the benchmark's JVM. About 6 minutes.
  : > "$RESULTS/jdbc.txt"
  for round in 1 2 3; do
    java -jar "$JAR" 'JdbcCommandBenchmark' -p database=POSTGRESQL -f 1 -wi 3 -w 1s -i 2 -r 1s -prof gc \
      -rf json -rff "$RESULTS/jdbc-postgresql-round$round.json" | tee -a "$RESULTS/jdbc.txt"
    load
  done
  java -jar "$JAR" 'JdbcCommandBenchmark' -p database=H2 -f 1 -wi 6 -w 1s -i 5 -r 1s -prof gc \
    -rf json -rff "$RESULTS/jdbc-h2.json" | tee -a "$RESULTS/jdbc.txt"
  load

  # Where a command's time goes at 16 threads on H2, where the database runs inside the JVM and a profile
  # sees all of it. About a minute.
  java -jar "$JAR" 'JdbcCommandBenchmark.(rescind|raw)16$' -p database=H2 -f 1 -wi 4 -w 1s -i 1 -r 5s \
    -jvmArgsAppend '-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints' \
    -prof "jfr:dir=$RESULTS/jdbc-jfr;configName=$PWD/$RESULTS/sampling.jfc" > "$RESULTS/jdbc-profile.txt"
  load

  # A carrier outage: 10,000 shipments through cancelAll and through raw JDBC batching (3 rounds of 2 shots each, pooled), and one
  # command at a time (4 shots, the slow part). About 2 minutes.
  : > "$RESULTS/bulk-batch.txt"
  for round in 1 2 3; do
    java -jar "$JAR" 'BulkCancelBenchmark.(batch|rawBatch)$' -f 1 -wi 2 -i 2 \
      -rf json -rff "$RESULTS/bulk-batch-round$round.json" | tee -a "$RESULTS/bulk-batch.txt"
  done
  java -jar "$JAR" 'BulkCancelBenchmark.oneAtATime$' -f 1 -wi 1 -i 3 \
    -rf json -rff "$RESULTS/bulk-single.json" | tee "$RESULTS/bulk-single.txt"
  load

  # A command and a page with 10^4, 10^5 and 10^6 shipments on PostgreSQL; most of it is seeding 10^6 rows
  # twice (each method forks). About 2 minutes.
  java -jar "$JAR" 'GrowthBenchmark' -f 1 -wi 2 -w 1s -i 6 -r 1s \
    -rf json -rff "$RESULTS/growth.json" | tee "$RESULTS/growth.txt"
  load

  # Relay throughput to each broker, 1 and 3 relays, beside the raw clients. About 6 minutes.
  benchmarks/run-relay.sh
  load
  echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$RESULTS/machine.properties"
fi

python3 benchmarks/report.py "$RESULTS" docs/benchmarks.md
echo "wrote docs/benchmarks.md"
