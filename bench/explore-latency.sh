#!/usr/bin/env bash
# Explore query latency (issue 4's 300 ms budget) on a dataset imported from a generated capture,
# beside nfdump's top-N statistics (-s) on the same capture converted by nfpcapd.
#
#   bench/explore-latency.sh [PACKETS] [RUNS]      defaults: 10000000 packets, 5 runs
#
# Reuses bench/data/benchmark-PACKETS.pcap, the workspace bench/out/explore-PACKETS/ws.duckdb and
# the nfpcapd output bench/out/explore-PACKETS/nf when they exist (delete them to rebuild).
# Writes bench/out/explore-<date>.tsv (name, run, seconds) and prints the Markdown for RESULTS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
packets="${1:-10000000}"
runs="${2:-5}"
data="$here/bench/data"
work="$here/bench/out/explore-$packets"
capture="$data/benchmark-$packets.pcap"
mkdir -p "$data" "$work"
cd "$here"

if [ ! -f "$capture" ]; then
  ./flowbench samples --packets "$packets" --out "$data" >&2
fi
./flowbench --help >/dev/null   # builds once, outside the timings
if [ ! -f "$work/ws.duckdb" ]; then
  echo "importing $capture" >&2
  java -Xmx512m --add-opens=java.base/java.nio=ALL-UNNAMED -Darrow.enable_unsafe_memory_access=true \
      -cp "target/flowbench-0.1.0-SNAPSHOT.jar:$(cat target/classpath.txt)" org.flowbench.Launcher \
      --workspace "$work/ws.duckdb" import "$capture" >&2
fi
if command -v nfpcapd >/dev/null && [ -z "$(ls -A "$work/nf" 2>/dev/null)" ]; then
  echo "converting with nfpcapd" >&2
  mkdir -p "$work/nf" && nfpcapd -r "$capture" -w "$work/nf" >&2
fi

# ExploreLatencyBenchmark lives in the test sources: compile them and write the test classpath once.
if [ ! -f target/test-classes/org/flowbench/bench/ExploreLatencyBenchmark.class ] || [ ! -f target/test-classpath.txt ] \
   || [ -n "$(find app src/test/java/org/flowbench/bench pom.xml -newer target/test-classpath.txt -print -quit)" ]; then
  mvn -q -o -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/test-classpath.txt >&2
fi

tsv="$here/bench/out/explore-$(date -u +%Y%m%dT%H%M%SZ).tsv"
{
  echo -e "name\trun\tseconds"
  echo -e "env:date\t0\t$(date -u +%Y-%m-%dT%H:%MZ)"
  echo -e "env:cpu\t0\t$(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores)"
  echo -e "env:load-before\t0\t$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$tsv"

java -Xmx512m --add-opens=java.base/java.nio=ALL-UNNAMED \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.flowbench.bench.ExploreLatencyBenchmark "$work/ws.duckdb" 1 "$runs" >> "$tsv"

# nfdump answers top-N statistics over its flow files: one process per question, as a user runs it.
if command -v nfdump >/dev/null; then
  for stat in dstip/bytes srcip/bytes dstport/packets; do
    nfdump -q -R "$work/nf" -s "$stat" -n 10 >/dev/null   # warm-up: files into the page cache
    for run in $(seq 1 "$runs"); do
      /usr/bin/time -f "%e %U %S" -o "$work/time.txt" nfdump -q -R "$work/nf" -s "$stat" -n 10 >/dev/null
      read -r wall user sys < "$work/time.txt"
      echo -e "peer:nfdump -s $stat -n 10\t$run\t$wall" >> "$tsv"
      echo -e "cpu:nfdump -s $stat -n 10\t$run\t$(echo "$user + $sys" | bc)" >> "$tsv"
    done
  done
fi
echo -e "env:load-after\t0\t$(cut -d' ' -f1-3 /proc/loadavg)" >> "$tsv"

python3 - "$tsv" <<'PY'
import sys, statistics, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
env = {n[4:]: v for n, _, v in rows if n.startswith("env:")}
wall, cpu = collections.OrderedDict(), {}
for name, run, v in rows:
    if name.startswith("env:"): continue
    kind, _, label = name.partition(":")
    (cpu if kind == "cpu" else wall).setdefault(label, []).append(float(v) * 1000)
print(f"\n{env.get('date')}, {env.get('cpu')}, load average before {env.get('load-before')}, after {env.get('load-after')}\n")
print("| query | median wall ms | runs (ms) | median CPU ms | wall within 300 ms |")
print("|---|---|---|---|---|")
for label, v in wall.items():
    m = statistics.median(v)
    c = statistics.median(cpu[label]) if label in cpu else float("nan")
    print(f"| {label} | {m:.0f} | {' '.join(f'{x:.0f}' for x in v)} | {c:.0f} | {'yes' if m <= 300 else 'no'} |")
PY
echo "raw figures: $tsv" >&2
