package org.flowbench.ui.live;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Consumer;
import org.flowbench.ingest.ImportReport;

/** A session that tells its owner once it stopped, so the owner stops only what still runs. */
final class StopNotifying implements LiveSession {
    private final LiveSession session;
    private final Consumer<LiveSession> stopped;

    StopNotifying(LiveSession session, Consumer<LiveSession> stopped) {
        this.session = session;
        this.stopped = stopped;
    }

    @Override
    public long datasetId() { return session.datasetId(); }

    @Override
    public String source() { return session.source(); }

    @Override
    public List<InetSocketAddress> listening() { return session.listening(); }

    @Override
    public LiveSample sample() { return session.sample(); }

    @Override
    public ImportReport stop() {
        try {
            return session.stop();
        } finally {
            stopped.accept(this);
        }
    }
}
