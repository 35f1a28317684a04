#!/usr/bin/env bash
# End-to-end import benchmark: Flowbench against tcpdump, nfpcapd and tshark on the same capture,
# in the same run (the machine is shared and noisy: compare within one run, quote medians).
#
#   bench/import-vs-peers.sh [PACKETS] [RUNS]      defaults: 5000000 packets, 3 runs
#
# Writes bench/out/import-<date>.tsv (tool, run, value) and prints a Markdown summary for
# bench/RESULTS.md. The capture is generated once into bench/data/ (ignored by git).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
packets="${1:-5000000}"
runs="${2:-3}"
data="$here/bench/data"
out="$here/bench/out"
mkdir -p "$data" "$out"
capture="$data/benchmark-$packets.pcap"

if [ ! -f "$capture" ]; then
  "$here/flowbench" samples --packets "$packets" --out "$data" >&2
fi
[ -f "$capture" ] || { echo "no capture at $capture" >&2; exit 1; }
"$here/flowbench" --help >/dev/null   # builds once, outside the timings
cp_line="$here/target/flowbench-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"

# Seconds of wall time for one command; a failing command stops the benchmark (a crash is not fast).
secs() {
  local s e rc=0
  s=$(date +%s.%N)
  "$@" >/dev/null 2>"$out/last.err" || rc=$?
  e=$(date +%s.%N)
  if [ "$rc" != 0 ]; then
    echo "bench: '$1' failed with exit code $rc:" >&2; tail -5 "$out/last.err" >&2; exit 1
  fi
  echo "$e - $s" | bc
}

tsv="$out/import-$(date -u +%Y%m%dT%H%M%SZ).tsv"
{
  echo -e "tool\trun\tvalue"
  echo -e "env:date\t0\t$(date -u +%Y-%m-%dT%H:%MZ)"
  echo -e "env:cpu\t0\t$(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores)"
  echo -e "env:capture\t0\t$(stat -L -c %s "$capture") bytes"
  echo -e "env:load-before\t0\t$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$tsv"
cat "$capture" > /dev/null   # every tool reads it from the page cache, the first one too
for run in $(seq 1 "$runs"); do
  echo "run $run of $runs" >&2
  echo -e "tcpdump\t$run\t$(secs tcpdump -r "$capture" -w /dev/null)" >> "$tsv"
  rm -rf "$out/ws" && mkdir -p "$out/ws"
  # /usr/bin/time -v reports the peak RSS: the import must hold in a 512 MB heap (plus DuckDB's native memory)
  echo -e "flowbench\t$run\t$(secs /usr/bin/time -v -o "$out/time-$run.txt" java -Xmx512m \
      --add-opens=java.base/java.nio=ALL-UNNAMED \
      -Darrow.enable_unsafe_memory_access=true -cp "$cp_line" org.flowbench.Launcher \
      --workspace "$out/ws/bench.duckdb" import "$capture")" >> "$tsv"
  echo -e "rss-mb:flowbench\t$run\t$(awk '/Maximum resident set size/ {printf "%.0f", $NF / 1024}' "$out/time-$run.txt")" >> "$tsv"
  if command -v nfpcapd >/dev/null; then
    rm -rf "$out/nf" && mkdir -p "$out/nf"
    echo -e "nfpcapd\t$run\t$(secs nfpcapd -r "$capture" -w "$out/nf")" >> "$tsv"
  fi
done
if command -v tshark >/dev/null && [ "${SKIP_TSHARK:-0}" != 1 ]; then
  # tshark is two orders of magnitude slower: one run is enough to place it.
  echo "tshark (one run)" >&2
  echo -e "tshark\t1\t$(secs tshark -n -r "$capture" -T fields -e frame.time_epoch -e ip.src -e ip.dst \
      -e ip.proto -e tcp.srcport -e tcp.dstport -e udp.srcport -e udp.dstport -e ip.len)" >> "$tsv"
fi
echo -e "env:load-after\t0\t$(cut -d' ' -f1-3 /proc/loadavg)" >> "$tsv"

# Query latency on the dataset the last run imported (the issue's 300 ms budget).
"$here/bench/query-latency.sh" "$out/ws/bench.duckdb" >> "$tsv"

python3 - "$tsv" "$packets" <<'PY'
import sys, statistics, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
env = {t[4:]: v for t, _, v in rows if t.startswith("env:")}
tools, queries, rss = collections.defaultdict(list), collections.defaultdict(list), []
for tool, run, v in rows:
    if tool.startswith("env:"): continue
    elif tool.startswith("query:"): queries[tool[6:]].append(float(v))
    elif tool.startswith("rss-mb:"): rss.append(int(v))
    else: tools[tool].append(float(v))
med = {t: statistics.median(v) for t, v in tools.items()}
fb = med.get("flowbench")
packets = int(sys.argv[2])
print(f"\n{packets} packets ({env.get('capture')}), {env.get('date')}, {env.get('cpu')}")
print(f"load average before {env.get('load-before')}, after {env.get('load-after')}; medians of {len(tools.get('flowbench', []))} runs\n")
print("| tool | median s | packets/s | flowbench / tool |")
print("|---|---|---|---|")
for t, m in sorted(med.items(), key=lambda kv: kv[1]):
    ratio = f"{fb / m:.2f}" if fb and m else "-"
    print(f"| {t} | {m:.2f} | {packets / m:,.0f} | {ratio} |")
if rss:
    print(f"\nflowbench import with -Xmx512m: peak RSS {max(rss)} MB (runs: {', '.join(map(str, rss))})")
if queries:
    print("\n| query | median ms | runs (ms) | within 300 ms |")
    print("|---|---|---|---|")
    for q, v in queries.items():
        m = statistics.median(v) * 1000
        print(f"| {q} | {m:.0f} | {' '.join(f'{x * 1000:.0f}' for x in v)} | {'yes' if m <= 300 else 'no'} |")
PY
echo "raw figures: $tsv" >&2
