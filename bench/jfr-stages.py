#!/usr/bin/env python3
"""Where an import's time goes, by pipeline stage, from a JFR recording (see bench/README.md).

    jfr print --json --stack-depth 64 --events jdk.ExecutionSample,jdk.NativeMethodSample rec.jfr > samples.json
    python3 bench/jfr-stages.py samples.json              # the import's `main` thread
    python3 bench/jfr-stages.py --all-threads samples.json  # every Java thread (collector, loader)

Each sample of the `main` thread goes to the stage of the innermost Flowbench frame on its stack.
JFR's `profile` settings sample Java code every 10 ms and threads in native code (DuckDB) every
20 ms, so samples are weighed 10 and 20 ms. Threads that wait are not sampled: the stages add up
to less than the wall time. With --all-threads the stages are split per thread as well: a flow
export import or a live collector spends its time on the decoding thread and the loader thread
(whose native samples are the INSERT running in DuckDB; DuckDB's own worker threads are not Java
threads and are never sampled: measure them with `perf` or the process's CPU time).
"""
import collections
import json
import sys

STAGES = [
    ("rollups", ["org.flowbench.store.Rollups"]),
    ("checkpoint", ["org.flowbench.store.Workspace.checkpoint"]),
    ("duckdb insert (FlowWriter, Arrow)", ["org.flowbench.store.FlowWriter", "org.flowbench.store.FlowArrowBatch",
                                           "org.flowbench.store.OneBatchReader"]),
    ("dataset row, file fingerprint", ["org.flowbench.store.Datasets", "org.flowbench.ingest.FileFingerprint",
                                       "org.flowbench.ingest.ImportJob.isGzip"]),
    ("loader: INSERT in DuckDB (BulkFlowWriter)", ["org.flowbench.store.BulkFlowWriter.load",
                                                   "org.flowbench.store.BulkFlowWriter.insertChunk"]),
    ("Arrow fill (BulkFlowWriter.accept)", ["org.flowbench.store.BulkFlowWriter.accept",
                                            "org.flowbench.store.BatchQueueReader"]),
    ("flow rows (FlowRecordBatcher)", ["org.flowbench.ingest.flow.FlowRecordBatcher"]),
    ("flow export decoders", ["org.flowbench.ingest.flow.", "org.flowbench.ingest.ExportRouter",
                              "org.flowbench.ingest.ExportFrames"]),
    ("udp receive", ["org.flowbench.ingest.live.UdpReceiver"]),
    ("collector loop", ["org.flowbench.ingest.live.DecodeLoop"]),
    ("aggregator", ["org.flowbench.ingest.pcap.PacketAggregator", "org.flowbench.ingest.pcap.KeyCounter"]),
    ("decoder", ["org.flowbench.ingest.pcap.PacketDecoder", "org.flowbench.ingest.pcap.LinkDecoder",
                 "org.flowbench.ingest.pcap.Ipv4Decoder", "org.flowbench.ingest.pcap.Ipv6Decoder",
                 "org.flowbench.ingest.pcap.TransportDecoder", "org.flowbench.ingest.pcap.Bytes"]),
    ("reader", ["org.flowbench.ingest.pcap.PcapReader", "org.flowbench.ingest.pcap.PcapngReader",
                "org.flowbench.ingest.pcap.ChunkedInput", "org.flowbench.ingest.pcap.CaptureReaders"]),
    ("import loop", ["org.flowbench.ingest.ImportJob"]),
    ("workspace open (DuckDB load, migrations)", ["org.flowbench.store.Workspace", "org.flowbench.store.Migrations"]),
]
OTHER = "other (JVM start, CLI, class loading)"


def stage(frames):
    for frame in frames:
        for name, prefixes in STAGES:
            if any(frame.startswith(p) for p in prefixes):
                return name
    return OTHER


def main(path, all_threads=False):
    events = json.load(open(path))["recording"]["events"]
    per_stage, per_leaf = collections.Counter(), collections.Counter()
    for e in events:
        v = e["values"]
        thread = (v.get("sampledThread") or {}).get("javaName")
        if not all_threads and thread != "main":
            continue
        ms = 20 if e["type"] == "jdk.NativeMethodSample" else 10
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in v["stackTrace"]["frames"]]
        s = stage(frames)
        if all_threads:
            s = f"{thread}: {s}"
        per_stage[s] += ms
        per_leaf[s, frames[0]] += ms
    total = sum(per_stage.values())
    print(f"| stage | seconds | share |\n|---|---|---|")
    for s, ms in per_stage.most_common():
        print(f"| {s} | {ms / 1000:.2f} | {100 * ms / total:.0f}% |")
    print(f"| sampled in all | {total / 1000:.2f} | |\n\nhottest leaf frames:")
    for (s, leaf), ms in per_leaf.most_common(15):
        print(f"  {ms / 1000:6.2f} s  {s:40s} {leaf}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--all-threads"]
    main(args[0], all_threads="--all-threads" in sys.argv[1:])
