#!/usr/bin/env bash
# Issue 14's targets, two jars measured side by side in one run (BENCHMARKS.md "Issue 14"). Usage, from the root:
#   git worktree add /tmp/old be84ae8 && (cd /tmp/old && mvn -B -q -o package -DskipTests)
#   mvn -B -q -o package -DskipTests
#   triage-examples/bench/issue14.sh /tmp/old triage-examples/target/triage.jar [RUNS]
# OLD_TREE is the old commit's worktree (its jar and its shipped folder); NEW.jar is checked against this tree's
# shipped folder. RUNS (default 6) is the number of alternating fresh processes per command. Results and the load
# before and after each part go to $OUT (default triage-examples/target/bench-results/issue14). About 15 minutes on
# 2 idle cores; JMH runs are short (warm-up 5 x 3 s, measurement 3 x 3 s, one fork).
set -euo pipefail
cd "$(dirname "$0")/../.."
old_tree=$1 new=$2 runs=${3:-6}
old=$old_tree/triage-examples/target/triage.jar
out=${OUT:-triage-examples/target/bench-results/issue14}
mkdir -p "$out"
shipped=triage-rules/src/main/resources/triage/dordrecht
old_shipped=$old_tree/$shipped
question='{"topics":["LETTERS_AND_FORMS"],"reluctance":["SHAME"],"barriers":["LOW_LITERACY"],"neighbourhood":"Krispijn"}'
load() { echo "load $1: $(cat /proc/loadavg)" | tee -a "$out/load.txt"; }
ms() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; echo $(( ($(date +%s%N) - s) / 1000000 )); }

{ echo "nproc: $(nproc)"; grep -m1 'model name' /proc/cpuinfo; java -version 2>&1 | head -1; } > "$out/machine.txt"

# 1. A fresh `java -jar … advise`, old and new alternating, plus the launcher with JVM options (bin/triage).
load "before advise"
advise() { echo "$question" | java -jar "$1" advise; }
launcher() { echo "$question" | TRIAGE_JAR="$new" TRIAGE_CDS_DIR="$out/cds" triage-examples/bin/triage advise; }
rm -rf "$out/cds"; launcher >/dev/null                                    # writes the launcher's archive
advise "$old" >/dev/null; advise "$new" >/dev/null                        # warm the page cache
: > "$out/advise.txt"
for i in $(seq "$runs"); do
  echo "old $(ms advise "$old") new $(ms advise "$new") launcher $(ms launcher)" | tee -a "$out/advise.txt"
done
load "after advise"

# 2. `triage check` on each commit's shipped folder, alternating.
load "before check"
check() { java -jar "$1" check --rules "$2/rules" --catalogue "$2/catalogue.yaml" --scenarios "$2/scenarios"; }
: > "$out/check.txt"
for i in $(seq $(( (runs + 1) / 2 ))); do
  echo "old $(ms check "$old" "$old_shipped") new $(ms check "$new" "$shipped")" | tee -a "$out/check.txt"
done
load "after check"

# 3. Classes loaded by one advise.
for j in old new; do
  jar=$old; [ $j = new ] && jar=$new
  echo "$question" | java -Xlog:class+load:file="$out/classes-$j.txt" -jar "$jar" advise >/dev/null
  echo "$j: $(wc -l < "$out/classes-$j.txt") classes loaded" | tee -a "$out/classes.txt"
done

# 4. Per advice: AdviceBenchmark against FloorBenchmark in the same JVM run, 1 and 2 threads, allocation; be84ae8's
#    questions for both jars (the old jar ignores the property and uses its own, the same files).
jmh() {
  load "before jmh $1"
  java -cp "$2" org.openjdk.jmh.Main "$3" -wi 5 -w 3s -i 3 -r 3s -f 1 -prof gc \
      -jvmArgsAppend "-Dtriage.bench.scenarios=$old_shipped/scenarios" > "$out/jmh-$1.txt" 2>&1
  load "after jmh $1"
  grep -E "^(Advice|Floor)Benchmark\.\w+ +(avgt|sample|thrpt)|alloc.rate.norm +(avgt|thrpt)|p0.50 " "$out/jmh-$1.txt" | sed "s/^/$1: /"
}
jmh old "$old" 'bench.AdviceBenchmark.(latency|throughput1|throughput2)'
jmh new "$new" 'bench.(Floor|Advice)Benchmark.(latency|throughput1|throughput2)'

# 5. Heap retained by one engine.
for j in old new; do
  jar=$old; [ $j = new ] && jar=$new
  java -cp "$jar" nl.dordrecht.triage.bench.HeapRetained > "$out/heap-$j.txt" 2>&1; sed "s/^/$j: /" "$out/heap-$j.txt"
done
