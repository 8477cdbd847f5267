#!/usr/bin/env bash
# What the agent costs, side by side with plain Hibernate and Hibernate's own @SoftDelete (BENCHMARKS.md).
# Usage: ./benchmark.sh [rounds (7)] [start-up runs (25)] [quick]; 0 skips that part. Writes benchmarks/target/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests package -pl benchmarks -am
exec java \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)" \
  io.softdelete.bench.BenchmarkDriver benchmarks/target/BENCHMARKS.md "$@"
