package org.flowbench.ui.live;

import java.net.InetSocketAddress;
import java.util.List;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.live.CollectorSnapshot;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.ingest.live.UdpCollector;
import org.flowbench.store.Workspace;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.Counter;

/** A {@link UdpCollector} session on its own workspace connection, closed when the session stops. */
final class CollectorSession implements LiveSession {
    private final UdpCollector collector;
    private final Workspace connection;

    CollectorSession(UdpCollector collector, Workspace connection) {
        this.collector = collector;
        this.connection = connection;
    }

    @Override
    public long datasetId() { return collector.datasetId(); }

    @Override
    public String source() { return collector.source(); }

    @Override
    public List<InetSocketAddress> listening() { return collector.boundAddresses(); }

    @Override
    public LiveSample sample() {
        CollectorSnapshot s = collector.snapshot();
        ExporterCounters t = s.totals();
        List<Counter> counters = List.of(
                new Counter("Datagrams received", Formats.count(s.received())),
                new Counter("Datagrams decoded", Formats.count(s.decoded())),
                new Counter("Flow records", Formats.count(t.records())),
                new Counter("Rows stored", Formats.count(s.storedRows())),
                new Counter("Rejected, allowlist", Formats.count(t.rejected())),
                new Counter("Dropped, queue full", Formats.count(s.queueDrops())),
                new Counter("Malformed datagrams", Formats.count(t.malformed())));
        return new LiveSample(s.at(), s.packets(), s.bytes(), counters, s.exporters(), s.running(), s.failure());
    }

    @Override
    public synchronized ImportReport stop() {
        try {
            return collector.stop();
        } finally {
            connection.close();
        }
    }
}
