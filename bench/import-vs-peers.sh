#!/usr/bin/env bash
# End-to-end import benchmark: Flowbench against tcpdump, nfpcapd and tshark on the same capture,
# in the same run (the machine is shared and noisy: compare within one run, quote medians).
#
#   bench/import-vs-peers.sh [PACKETS] [RUNS]      defaults: 5000000 packets, 3 runs
#
# Writes bench/out/import-<date>.tsv and prints a Markdown table for bench/RESULTS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
packets="${1:-5000000}"
runs="${2:-3}"
data="$here/bench/data"
out="$here/bench/out"
mkdir -p "$data" "$out"
capture="$data/bench-$packets.pcap"

if [ ! -f "$capture" ]; then
  "$here/flowbench" samples --packets "$packets" --out "$data" >&2
  mv "$data/benchmark-$packets.pcap" "$capture"
fi
[ -f "$capture" ] || { echo "no capture at $capture" >&2; exit 1; }
"$here/flowbench" --help >/dev/null   # builds once, outside the timings
cp_line="$here/target/flowbench-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"

secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }

tsv="$out/import-$(date -u +%Y%m%dT%H%M%SZ).tsv"
echo -e "tool\trun\tseconds" > "$tsv"
for run in $(seq 1 "$runs"); do
  echo -e "tcpdump\t$run\t$(secs tcpdump -r "$capture" -w /dev/null)" >> "$tsv"
  rm -rf "$out/ws" && mkdir -p "$out/ws"
  echo -e "flowbench\t$run\t$(secs java -Xmx512m \
      --add-opens=java.base/java.nio=ALL-UNNAMED \
      -Darrow.enable_unsafe_memory_access=true -cp "$cp_line" org.flowbench.Launcher \
      --workspace "$out/ws/bench.duckdb" import "$capture")" >> "$tsv"
  if command -v nfpcapd >/dev/null; then
    rm -rf "$out/nf" && mkdir -p "$out/nf"
    echo -e "nfpcapd\t$run\t$(secs nfpcapd -r "$capture" -w "$out/nf")" >> "$tsv"
  fi
done
if command -v tshark >/dev/null && [ "${SKIP_TSHARK:-0}" != 1 ]; then
  # tshark is two orders of magnitude slower: one run is enough to place it.
  echo -e "tshark\t1\t$(secs tshark -r "$capture" -T fields -e frame.time_epoch -e ip.src -e ip.dst \
      -e ip.proto -e tcp.srcport -e tcp.dstport -e udp.srcport -e udp.dstport -e ip.len)" >> "$tsv"
fi

# Query latency on the imported dataset (the issue's 300 ms budget).
"$here/bench/query-latency.sh" "$out/ws/bench.duckdb" >> "$tsv" || true

python3 - "$tsv" "$packets" <<'PY'
import sys, statistics, collections, datetime, os
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
by = collections.defaultdict(list)
for tool, run, s in rows:
    by[tool].append(float(s))
med = {t: statistics.median(v) for t, v in by.items()}
fb = med.get("flowbench")
print(f"\n{sys.argv[2]} packets, {datetime.date.today()}, {os.cpu_count()} cores, medians of {max(len(v) for v in by.values())} runs\n")
print("| tool | median s | flowbench / tool |")
print("|---|---|---|")
for t, m in sorted(med.items(), key=lambda kv: kv[1]):
    ratio = f"{fb / m:.2f}" if fb and m else "-"
    print(f"| {t} | {m:.3f} | {ratio} |")
PY
