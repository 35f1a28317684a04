#!/usr/bin/env python3
"""Markdown summary of a bench/flow-exports-vs-nfcapd.sh TSV (see bench/README.md).

    python3 bench/flow-exports-summary.py bench/out/flow-exports-<time>.tsv RECORDS
"""
import sys, statistics, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
n = int(sys.argv[2])
env = {k: v for t, _, _, k, v in rows if t == "env"}
v = collections.defaultdict(list)
for t, rate, run, k, val in rows:
    if t != "env": v[t, int(rate), k].append(float(val))
med = lambda xs: statistics.median(xs) if xs else float("nan")
print(f"\n{env.get('capture')}, {env.get('date')}, {env.get('cpu')}, rmem_max {env.get('rmem_max')}")
print(f"load average before {env.get('load-before')}, after {env.get('load-after')}")
if v["import", 0, "wall_s"]:
    w, r, c = med(v["import", 0, "wall_s"]), med(v["import", 0, "report_s"]), med(v["import", 0, "cpu_s"])
    print(f"\n| flowbench import ({len(v['import', 0, 'wall_s'])} runs, medians) | value |\n|---|---|")
    print(f"| wall s (process) | {w:.2f} ({n / w:,.0f} records/s) |")
    print(f"| import s (report) | {r:.2f} ({n / r:,.0f} records/s) |")
    print(f"| CPU s (user+sys) | {c:.2f} ({n / c:,.0f} records per CPU-second) |")
    if v["import", 0, "store_s"]:
        s, m = med(v["import", 0, "store_s"]), med(v["import", 0, "summaries_s"])
        print(f"| of the import: decoding and storing the records, s | {s:.2f} ({n / s:,.0f} records/s) |")
        print(f"| of the import: summary tables, s | {m:.2f} |")
    print(f"| peak RSS MB | {max(v['import', 0, 'rss_kb']) / 1024:.0f} |")
warm = int(env.get("warmup_records", 0))


def per_cpu(tool, rate):
    """Records stored during the measured replay per CPU-second of the collector, median of runs.
    Stored during the replay = stored in all - stored by the warm-up (flowbench reports it; for
    nfcapd, or older files, the warm-up is taken as lossless, which can only lower the figure)."""
    out = []
    for i, cpu in enumerate(v[tool, rate, "cpu_s"]):
        if v[tool, rate, "stored"]:
            stored = v[tool, rate, "stored"][i]
        else:
            stored = n + warm - v[tool, rate, "lost"][i]
        before = v[tool, rate, "stored_warmup"][i] if v[tool, rate, "stored_warmup"] else warm
        out.append(max(0.0, stored - before) / cpu if cpu > 0 else float("nan"))
    return med(out) if out else float("nan")


rates = sorted({int(r) for t, r, _, _, _ in rows if t in ("flowbench", "nfcapd")})
if rates:
    print("\n| asked records/s | achieved (median) | flowbench lost (runs) | nfcapd lost (runs) "
          "| flowbench records/CPU-s | nfcapd records/CPU-s | ratio |\n|---|---|---|---|---|---|---|")
    for r in rates:
        fb, nf = per_cpu("flowbench", r), per_cpu("nfcapd", r)
        lost = lambda t: " ".join(f"{x:.0f}" for x in v[t, r, "lost"])
        print(f"| {r:,} | {med(v['flowbench', r, 'achieved'] + v['nfcapd', r, 'achieved']):,.0f} | {lost('flowbench')} "
              f"| {lost('nfcapd')} | {fb:,.0f} | {nf:,.0f} | {fb / nf:.2f} |")
    for t in ("flowbench", "nfcapd"):
        ok = [r for r in rates if v[t, r, "lost"] and max(v[t, r, "lost"]) == 0]
        print(f"\n{t}: highest rate lossless in every run: {max(ok):,} records/s" if ok else f"\n{t}: lost records at every rate")
