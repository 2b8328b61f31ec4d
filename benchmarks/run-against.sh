#!/usr/bin/env bash
# Measures the JDBC command and bulk benchmarks on PostgreSQL for this tree and for an earlier commit, in three
# rounds that alternate between the two, so that what other builds do to a shared machine falls on both alike.
# The current tree's results go to benchmarks/target/results (as benchmarks/run.sh's do, one file per round),
# the earlier commit's to benchmarks/baseline/issue16, which benchmarks/report.py sets beside them. About 15
# minutes on a loaded 2-core machine, the two builds included.
#
#   benchmarks/run-against.sh 843ece1    the commit before issue 16's changes
set -euo pipefail
cd "$(dirname "$0")/.."

REVISION=${1:?usage: benchmarks/run-against.sh REVISION}
RESULTS=benchmarks/target/results
BEFORE=benchmarks/baseline/issue16
SOURCES=benchmarks/target/against
JAR=benchmarks/target/benchmarks.jar

mvn -B -q -DskipTests package -pl benchmarks -am
rm -rf "$SOURCES" && mkdir -p "$SOURCES" "$RESULTS" && rm -rf "$BEFORE" && mkdir -p "$BEFORE"
git archive "$REVISION" | tar -x -C "$SOURCES"
(cd "$SOURCES" && mvn -B -q -DskipTests package -pl benchmarks -am)
OLD="$SOURCES/benchmarks/target/benchmarks.jar"

export RESCIND_BENCH_NOTES="$RESULTS/notes.tsv"
for round in 1 2 3; do
  java -jar "$JAR" 'JdbcCommandBenchmark' -p database=POSTGRESQL -f 1 -wi 3 -w 1s -i 2 -r 1s -prof gc \
    -rf json -rff "$RESULTS/jdbc-postgresql-round$round.json" >> "$RESULTS/jdbc.txt"
  RESCIND_BENCH_NOTES="$SOURCES/notes.tsv" java -jar "$OLD" 'JdbcCommandBenchmark' -p database=POSTGRESQL -f 1 \
    -wi 3 -w 1s -i 2 -r 1s -prof gc -rf json -rff "$BEFORE/jdbc-postgresql-round$round.json" >> "$SOURCES/jdbc.txt"
done
for round in 1 2 3; do
  java -jar "$JAR" 'BulkCancelBenchmark.(batch|rawBatch)$' -p database=POSTGRESQL -f 1 -wi 2 -i 2 \
    -rf json -rff "$RESULTS/bulk-batch-round$round.json" >> "$RESULTS/bulk-batch.txt"
  RESCIND_BENCH_NOTES="$SOURCES/notes.tsv" java -jar "$OLD" 'BulkCancelBenchmark.(batch|rawBatch)$' \
    -p database=POSTGRESQL -f 1 -wi 2 -i 2 -rf json -rff "$BEFORE/bulk-batch-round$round.json" \
    >> "$SOURCES/bulk-batch.txt"
done
python3 benchmarks/report.py "$RESULTS" docs/benchmarks.md
echo "wrote docs/benchmarks.md"
