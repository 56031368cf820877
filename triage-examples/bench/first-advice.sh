#!/usr/bin/env bash
# Fresh JVM to first advice: how long `triage advise` takes for one question, from process start to exit.
# Usage (from the repository root, after mvn -B -q -o install -DskipTests):
#   triage-examples/bench/first-advice.sh [runs]        # default 10 runs, plus 2 unmeasured warm-up runs
#   JVM_OPTS='-XX:TieredStopAtLevel=1' triage-examples/bench/first-advice.sh   # the same with JVM options
# Uses hyperfine when installed (apt-get install -y hyperfine), else a bash loop timed with date +%s%N.
set -euo pipefail
cd "$(dirname "$0")/../.."
JVM_OPTS=${JVM_OPTS:-}
RUNS=${1:-10}
JAR=triage-examples/target/triage.jar
QUESTION='{"topics":["LETTERS_AND_FORMS"],"reluctance":["SHAME"],"barriers":["LOW_LITERACY"],"neighbourhood":"Krispijn"}'
[ -f "$JAR" ] || { echo "no $JAR: build first (mvn -B -q -o install -DskipTests)" >&2; exit 1; }
# The advice must really come out; a failing command would time only the failure.
echo "$QUESTION" | java $JVM_OPTS -jar "$JAR" advise | grep -q '"primary"' || { echo "advise gave no advice" >&2; exit 1; }

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$RUNS" --export-json "${TMPDIR:-/tmp}/first-advice.json" \
    "echo '$QUESTION' | java $JVM_OPTS -jar $JAR advise"
  exit 0
fi

echo "hyperfine not installed; timing $RUNS runs with date +%s%N (after 2 warm-up runs)"
for _ in 1 2; do echo "$QUESTION" | java $JVM_OPTS -jar "$JAR" advise >/dev/null; done
total=0; min=""; max=0
for i in $(seq "$RUNS"); do
  start=$(date +%s%N)
  echo "$QUESTION" | java $JVM_OPTS -jar "$JAR" advise >/dev/null
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "run $i: $ms ms"
  total=$((total + ms)); max=$(( ms > max ? ms : max )); min=$(( ${min:-$ms} < ms ? ${min:-$ms} : ms ))
done
echo "mean $((total / RUNS)) ms (min $min ms, max $max ms) over $RUNS runs"
