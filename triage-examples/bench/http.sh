#!/usr/bin/env bash
# BENCHMARKS.md "HTTP": POST /v1/advice on 2 client threads against the same advice in process, in one run.
# Usage, from the repository root after `mvn -B -o -q package -DskipTests`: triage-examples/bench/http.sh [WARMUP MEASURE]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=triage-examples/target/triage.jar
[ -f "$JAR" ] || { echo "no $JAR: build first (mvn -B -o -q package -DskipTests)" >&2; exit 1; }
echo "nproc: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" nl.dordrecht.triage.bench.HttpBenchmark "${1:-10}" "${2:-20}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
