package org.flowbench.ui.live;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowbench.ingest.live.CaptureInterface;
import org.flowbench.ingest.live.CaptureInterfaces;
import org.flowbench.ingest.live.CaptureOptions;
import org.flowbench.ingest.live.CollectorSettings;
import org.flowbench.ingest.live.InterfaceCapture;
import org.flowbench.ingest.live.LibpcapAvailability;
import org.flowbench.ingest.live.UdpCollector;
import org.flowbench.store.Workspace;

/**
 * Live sessions over a real workspace. Each session writes through its own connection
 * ({@link Workspace#duplicate()}), so the window's queries never share its transactions;
 * {@link #close()} stops what still runs, so quitting finishes the datasets.
 */
public final class WorkspaceLiveServices implements LiveServices, AutoCloseable {
    private final Workspace workspace;
    private final Set<LiveSession> running = ConcurrentHashMap.newKeySet();

    public WorkspaceLiveServices(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public LiveSession startCollector(CollectorSettings settings) throws Exception {
        Workspace connection = workspace.duplicate();
        try {
            return track(new CollectorSession(UdpCollector.start(connection, settings), connection));
        } catch (Exception | Error e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public LiveSession startCapture(CaptureOptions options) throws Exception {
        Workspace connection = workspace.duplicate();
        try {
            return track(new CaptureSession(InterfaceCapture.start(connection, options), connection));
        } catch (Exception | Error e) {
            connection.close();
            throw e;
        }
    }

    private LiveSession track(LiveSession session) {
        LiveSession tracked = new StopNotifying(session, running::remove);
        running.add(tracked);
        return tracked;
    }

    @Override
    public LibpcapAvailability.Result libpcap() {
        return LibpcapAvailability.check();
    }

    @Override
    public List<CaptureInterface> captureInterfaces() throws Exception {
        return CaptureInterfaces.list();
    }

    /** Stops every session still running, finishing its dataset, before the workspace closes. */
    @Override
    public void close() {
        for (LiveSession s : List.copyOf(running)) s.stop();
    }
}
