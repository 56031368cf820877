#!/usr/bin/env bash
# AdviceBenchmark.latency of two jars in one run, alternating A B A B, on the same question mix.
#   triage-examples/bench/ab-advice.sh OLD.jar NEW.jar [SCENARIO_DIR]
# SCENARIO_DIR (e.g. an older commit's triage-rules/src/main/resources/triage/dordrecht/scenarios) gives the new jar
# the old jar's questions; a jar older than this script ignores it and uses its own shipped scenarios.
# Results: target/bench-results/ab-*.txt (JMH output with -prof gc). About 6 minutes on 2 cores.
set -euo pipefail
old=$1 new=$2 mix=${3:-}
out=triage-examples/target/bench-results
mkdir -p "$out"
run() {
  local name=$1 jar=$2
  java -cp "$jar" org.openjdk.jmh.Main 'AdviceBenchmark.latency' ${mix:+-jvmArgsAppend -Dtriage.bench.scenarios=$mix} \
      -prof gc > "$out/ab-$name.txt" 2>&1
  grep -E "^AdviceBenchmark.latency +(avgt|sample)|alloc.rate.norm +avgt|p0.50 |p0.99 " "$out/ab-$name.txt" \
      | sed "s/^/$name: /"
}
run old-1 "$old"; run new-1 "$new"; run old-2 "$old"; run new-2 "$new"
