#!/usr/bin/env bash
# Flow-export speed against nfcapd (nfdump 1.7), on the same datagrams, in the same run:
#  import: `flowbench import` of a large capture of v9 + IPFIX exports (wall and CPU seconds);
#  live:   a paced loopback replay of that capture into `flowbench collect` and into nfcapd at
#          each rate asked, counting what each stored against what was sent, and the CPU
#          seconds each spent while the replay ran (records per CPU-second).
#
#   bench/flow-exports-vs-nfcapd.sh [RECORDS] [RUNS] [RATE...]
#       defaults: 5000000 records, 3 runs, rates 300000 400000 500000 600000 700000 records/s
#   MODE=import|live|both (default both)
#
# Writes bench/out/flow-exports-<UTC time>.tsv and prints Markdown tables for bench/RESULTS.md.
# The captures are generated once into bench/data/ (ignored by git). See bench/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
records="${1:-5000000}"
runs="${2:-3}"
shift $(( $# > 2 ? 2 : $# ))
rates=("$@")
[ ${#rates[@]} -gt 0 ] || rates=(300000 400000 500000 600000 700000)
mode="${MODE:-both}"
data="$here/bench/data"
out="$here/bench/out"
mkdir -p "$data" "$out"
cd "$here"

command -v nfcapd >/dev/null || { echo "nfcapd (Debian package nfdump) is not installed" >&2; exit 1; }
"$here/flowbench" --help >/dev/null   # builds the app once, outside the timings
if [ ! -f target/test-classes/org/flowbench/bench/ExportReplay.class ] || [ ! -f target/test-classpath.txt ] \
   || [ -n "$(find app src/test/java/org/flowbench/bench pom.xml -newer target/test-classpath.txt -print -quit)" ]; then
  mvn -q -o -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/test-classpath.txt >&2
fi
# FLOWBENCH_JAR=another build's jar compares builds on the same classpath
app_cp="${FLOWBENCH_JAR:-$here/target/flowbench-0.1.0-SNAPSHOT.jar}:$(cat target/classpath.txt)"
test_cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
capture="$data/exports-$records.pcap"
warmup="$data/exports-500000.pcap"
for f in "$capture" "$warmup"; do
  n=$(basename "$f" .pcap); n=${n#exports-}
  [ -f "$f" ] || java -cp "$test_cp" org.flowbench.bench.ExportCaptureGenerator "$f" "$n" >&2
done
sent_records=$(awk '$1 == "flow_records" {print $2}' "${capture%.pcap}.tsv")
warmup_records=$(awk '$1 == "flow_records" {print $2}' "${warmup%.pcap}.tsv")
port=29955
java_flags=(--add-opens=java.base/java.nio=ALL-UNNAMED -Darrow.enable_unsafe_memory_access=true)

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system CPU of a process, 1/100 s
# Waits until a collector has stopped spending CPU (everything sent is decoded and committed).
settle() {
  local pid=$1 a b quiet=0 i
  a=$(ticks "$pid")
  for i in $(seq 1 120); do
    sleep 0.5; b=$(ticks "$pid")
    if [ $((b - a)) -le 1 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    a=$b
    [ $quiet -ge 3 ] && return 0
  done
}
await_port() { for _ in $(seq 1 200); do ss -Hulnp "sport = :$port" | grep -q . && return 0; sleep 0.1; done; echo "nothing listens on $port" >&2; exit 1; }
replay() { java -cp "$test_cp" org.flowbench.bench.ExportReplay "$1" "127.0.0.1:$port" "$2"; }

tsv="$out/flow-exports-$(date -u +%Y%m%dT%H%M%SZ).tsv"
{
  echo -e "tool\trate\trun\tkey\tvalue"
  echo -e "env\t0\t0\tdate\t$(date -u +%Y-%m-%dT%H:%MZ)"
  echo -e "env\t0\t0\tcpu\t$(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores)"
  echo -e "env\t0\t0\tcapture\t$records records, $(stat -L -c %s "$capture") bytes"
  echo -e "env\t0\t0\trmem_max\t$(cat /proc/sys/net/core/rmem_max)"
  echo -e "env\t0\t0\twarmup_records\t$warmup_records"
  echo -e "env\t0\t0\tload-before\t$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$tsv"
cat "$capture" "$warmup" > /dev/null

# One live run of TOOL at RATE: a warm-up replay at 50k records/s (the JIT compiles the hot
# paths), then the measured replay.
live_run() {
  local tool=$1 rate=$2 run=$3 pid stored c0 c1 line
  rm -rf "$out/live" && mkdir -p "$out/live"
  if [ "$tool" = flowbench ]; then
    java -Xmx1g "${java_flags[@]}" -cp "$app_cp" org.flowbench.Launcher --workspace "$out/live/ws.duckdb" \
        collect --listen "127.0.0.1:$port" --format json > "$out/live/report.json" 2> "$out/live/err.txt" &
  else
    # the same socket buffer as flowbench asks (16 MB; the kernel caps both at net.core.rmem_max)
    nfcapd -B 16777216 -b 127.0.0.1 -p "$port" -w "$out/live" -t 3600 > "$out/live/nfcapd.log" 2>&1 &
  fi
  pid=$!
  await_port
  replay "$warmup" 50000 > /dev/null
  settle "$pid"
  if [ "$tool" = flowbench ]; then   # what the warm-up stored: the session's last per-second line
    echo -e "$tool\t$rate\t$run\tstored_warmup\t$(sed -n 's/^[0-9]* datagrams, [0-9]* records, \([0-9]*\) stored.*/\1/p' "$out/live/err.txt" | tail -1)" >> "$tsv"
  fi
  c0=$(ticks "$pid")
  line=$(replay "$capture" "$rate")
  settle "$pid"
  c1=$(ticks "$pid")
  kill -TERM "$pid"; wait "$pid" || true
  if [ "$tool" = flowbench ]; then
    # the session's last line: "live: N datagrams received, M records stored from ..."
    stored=$(sed -n 's/^live: .* \([0-9]*\) records stored.*/\1/p' "$out/live/err.txt" | tail -1)
    grep -o 'receive buffer of [0-9]* bytes' "$out/live/err.txt" | head -1 | sed "s/^/env\t0\t0\tflowbench-rcvbuf\t/" >> "$tsv" || true
  else
    stored=$(sed -n "s/.*Flows: \([0-9]*\),.*/\1/p" "$out/live/nfcapd.log" | tail -1)
  fi
  echo -e "$tool\t$rate\t$run\tachieved\t$(echo "$line" | awk '$1 == "records_per_second" {print $2}')" >> "$tsv"
  echo -e "$tool\t$rate\t$run\tlost\t$((sent_records + warmup_records - stored))" >> "$tsv"
  echo -e "$tool\t$rate\t$run\tstored\t$stored" >> "$tsv"
  echo -e "$tool\t$rate\t$run\tcpu_s\t$(echo "scale=2; ($c1 - $c0) / 100" | bc)" >> "$tsv"
  echo "$tool at $rate: stored $stored of $((sent_records + warmup_records)), cpu $(( c1 - c0 )) ticks" >&2
}

if [ "$mode" != live ]; then
  for run in $(seq 1 "$runs"); do
    rm -rf "$out/imp" && mkdir -p "$out/imp"
    # stderr's progress lines, timestamped: decoding and storing the records ends where the first
    # "summarising" line (the summary tables) begins
    { /usr/bin/time -f "%e %U %S %M" -o "$out/imp/time.txt" java -Xmx512m "${java_flags[@]}" -cp "$app_cp" \
        org.flowbench.Launcher --workspace "$out/imp/ws.duckdb" import --format json "$capture" \
        2>&1 > "$out/imp/report.json" | while IFS= read -r l; do echo "$(date +%s.%N) $l"; done > "$out/imp/progress.txt"; }
    t0=$(grep -m1 "importing .*: 0%" "$out/imp/progress.txt" | cut -d' ' -f1)
    t1=$(grep -m1 "summarising" "$out/imp/progress.txt" | cut -d' ' -f1)
    t2=$(grep -m1 "imported " "$out/imp/progress.txt" | cut -d' ' -f1)
    rows=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r[0]["rows"], r[0]["seconds"])' "$out/imp/report.json")
    read -r wall user sys rss < "$out/imp/time.txt"
    read -r stored seconds <<< "$rows"
    [ "$stored" = "$sent_records" ] || { echo "import stored $stored of $sent_records records" >&2; exit 1; }
    { echo -e "import\t0\t$run\twall_s\t$wall"; echo -e "import\t0\t$run\treport_s\t$seconds"
      echo -e "import\t0\t$run\tcpu_s\t$(echo "$user + $sys" | bc)"; echo -e "import\t0\t$run\trss_kb\t$rss"
      echo -e "import\t0\t$run\tstore_s\t$(echo "$t1 - $t0" | bc)"; echo -e "import\t0\t$run\tsummaries_s\t$(echo "$t2 - $t1" | bc)"; } >> "$tsv"
    echo "import run $run: wall $wall s, import $seconds s, cpu $user + $sys s" >&2
  done
fi
if [ "$mode" != import ]; then
  for rate in "${rates[@]}"; do
    for run in $(seq 1 "$runs"); do
      live_run flowbench "$rate" "$run"
      live_run nfcapd "$rate" "$run"
    done
  done
fi
echo -e "env\t0\t0\tload-after\t$(cut -d' ' -f1-3 /proc/loadavg)" >> "$tsv"

python3 "$here/bench/flow-exports-summary.py" "$tsv" "$sent_records"
echo "raw figures: $tsv" >&2
