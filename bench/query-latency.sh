#!/usr/bin/env bash
# Query latency on an imported dataset, through Flowbench's own query services (the issue's
# 300 ms budget): top-10 destinations (summary from rollups, and raw SQL over flows) and the
# per-second bps series. Opens the workspace read-only; 2 warm-up runs, then 5 timed runs each.
#
#   bench/query-latency.sh WORKSPACE [DATASET_ID]     default: the last complete dataset
#
# Prints TSV lines "query:<name>\t<run>\t<seconds>" on stdout (progress on stderr).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
workspace="${1:?usage: bench/query-latency.sh WORKSPACE [DATASET_ID]}"
shift
cd "$here"
# QueryLatency lives in the test sources: compile them and write the test classpath once.
if [ ! -f target/test-classes/org/flowbench/bench/QueryLatency.class ] || [ ! -f target/test-classpath.txt ] \
   || [ -n "$(find app src/test/java/org/flowbench/bench pom.xml -newer target/test-classpath.txt -print -quit)" ]; then
  mvn -q -o -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/test-classpath.txt >&2
fi
exec java -Xmx512m --add-opens=java.base/java.nio=ALL-UNNAMED \
    -Darrow.enable_unsafe_memory_access=true \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.flowbench.bench.QueryLatency "$workspace" "$@"
