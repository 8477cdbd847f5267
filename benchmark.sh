#!/usr/bin/env bash
# What the agent costs, side by side with plain Hibernate and Hibernate's own @SoftDelete (BENCHMARKS.md).
# Usage: ./benchmark.sh [rounds (7)] [start-up runs (25)] [quick]; 0 skips that part. Writes benchmarks/target/BENCHMARKS.md.
#        ./benchmark.sh referenced [rounds (5)]: what referencedRemoval=refuse costs per removal, beside allow.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests package -pl benchmarks -am
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)"
if [ "${1:-}" = referenced ]; then
  exec java -cp "$classpath" io.softdelete.bench.ReferencedRemovalDriver "${@:2}"
fi
exec java -cp "$classpath" io.softdelete.bench.BenchmarkDriver benchmarks/target/BENCHMARKS.md "$@"
