#!/usr/bin/env bash
# What the agent costs, side by side with plain Hibernate and Hibernate's own @SoftDelete (BENCHMARKS.md).
# Usage: ./benchmark.sh [rounds (7)] [start-up runs (25)] [quick]; 0 skips that part. Writes benchmarks/target/BENCHMARKS.md.
#        ./benchmark.sh referenced [rounds (5)]: what referencedRemoval=refuse costs per removal, beside allow.
#        ./benchmark.sh journal [postgres] [rounds (5)]: what the removal journal costs (remove, bulk delete, restore),
#        on in-memory H2 or on a PostgreSQL server the benchmark starts.
#        ./benchmark.sh hint [rounds (3)]: what reads of removed rows (the hint softdelete.removed) cost the unhinted
#        reads beside them.
#        ./benchmark.sh bootcheck [runs (60)]: what the boot's check of the flag columns costs (hbm2ddl none).
#        BENCH_HIBERNATE=6.6 ./benchmark.sh ...: the same, on the Hibernate ORM of integration-tests/hibernate-6.6.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests package -pl benchmarks -am
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)"
if [ -n "${BENCH_HIBERNATE:-}" ]; then
  # the benchmarks' own tools (JMH, H2) beside that line's Hibernate and what it brings, Byte Buddy included
  mvn -B -q -DskipTests install -pl "integration-tests/hibernate-$BENCH_HIBERNATE" -am
  own=$(tr ':' '\n' < benchmarks/target/benchmark.classpath | grep -e /jmh- -e /jopt- -e /commons-math3- -e /h2- | paste -sd:)
  line=$(tr ':' '\n' < "integration-tests/hibernate-$BENCH_HIBERNATE/target/app.classpath" \
    | grep -v -e /sample-app -e /h2- -e /postgresql- | paste -sd:)
  classpath="benchmarks/target/classes:$own:$line"
fi
if [ "${1:-}" = journal ]; then
  exec java -cp "$classpath" io.softdelete.bench.JournalDriver "${@:2}"
fi
if [ "${1:-}" = hint ]; then
  exec java -cp "$classpath" io.softdelete.bench.HintDriver "${@:2}"
fi
if [ "${1:-}" = bootcheck ]; then
  exec java -cp "$classpath" io.softdelete.bench.BootCheckDriver "${@:2}"
fi
if [ "${1:-}" = referenced ]; then
  exec java -cp "$classpath" io.softdelete.bench.ReferencedRemovalDriver "${@:2}"
fi
exec java -cp "$classpath" io.softdelete.bench.BenchmarkDriver benchmarks/target/BENCHMARKS.md "$@"
