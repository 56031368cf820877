#!/usr/bin/env bash
# Every benchmark of BENCHMARKS.md, in one go (about 12 minutes on 2 cores). Results go to $OUT (default
# triage-examples/target/bench-results/). Usage, from the repository root:
#   mvn -B -q -o install -DskipTests && triage-examples/bench/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=triage-examples/target/triage.jar
OUT=${OUT:-triage-examples/target/bench-results}
mkdir -p "$OUT"
[ -f "$JAR" ] || { echo "no $JAR: build first (mvn -B -q -o install -DskipTests)" >&2; exit 1; }

{ echo "nproc: $(nproc)"; grep -m1 'model name' /proc/cpuinfo; grep MemTotal /proc/meminfo
  java -version 2>&1; echo "load before: $(cat /proc/loadavg)"; } | tee "$OUT/machine.txt"

java -cp "$JAR" nl.dordrecht.triage.bench.MixStats | tee "$OUT/mix-stats.txt"
java -cp "$JAR" nl.dordrecht.triage.bench.HeapRetained | tee "$OUT/heap.txt"
triage-examples/bench/first-advice.sh 10 | tee "$OUT/first-advice.txt"
# What a launcher that may pass JVM options gets: C1 only (no C2 competing for the 2 cores during start-up) and an
# application class-data-sharing archive written by one earlier run.
JSA="$OUT/triage.jsa"; rm -f "$JSA"
echo '{"topics":["MONEY"]}' | java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" advise >/dev/null 2>&1
JVM_OPTS="-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$JSA" triage-examples/bench/first-advice.sh 10 \
  | tee "$OUT/first-advice-tuned.txt"
# -prof gc adds allocated bytes per advice (gc.alloc.rate.norm) at no measurable cost.
java -cp "$JAR" org.openjdk.jmh.Main 'nl.dordrecht.triage.bench.(Floor|Advice|EngineBuild)Benchmark' \
  -prof gc -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt"
echo "load after: $(cat /proc/loadavg)" | tee -a "$OUT/machine.txt"
