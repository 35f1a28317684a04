package org.flowbench.ui.live;

import java.util.List;
import org.flowbench.ingest.live.CaptureInterface;
import org.flowbench.ingest.live.CaptureOptions;
import org.flowbench.ingest.live.CollectorSettings;
import org.flowbench.ingest.live.LibpcapAvailability;

/**
 * Live services for tests that need no sessions of their own: the libpcap check and the
 * interface list are set by the test, and sessions go to a real {@link LiveServices} if one
 * is given (else starting fails, as it would without a workspace).
 */
public final class FakeLiveServices implements LiveServices {
    private volatile LibpcapAvailability.Result libpcap = new LibpcapAvailability.Result(true, "libpcap for tests");
    private volatile List<CaptureInterface> interfaces = List.of();
    private final LiveServices sessions;

    public FakeLiveServices() {
        this(null);
    }

    public FakeLiveServices(LiveServices sessions) {
        this.sessions = sessions;
    }

    public FakeLiveServices withoutLibpcap() {
        libpcap = new LibpcapAvailability.Result(false, "Live capture needs libpcap, which could not be loaded "
                + "(UnsatisfiedLinkError: Unable to load library 'pcap'). " + LibpcapAvailability.INSTALL_HINT);
        return this;
    }

    public FakeLiveServices withInterfaces(CaptureInterface... list) {
        interfaces = List.of(list);
        return this;
    }

    @Override
    public LiveSession startCollector(CollectorSettings settings) throws Exception {
        if (sessions == null) throw new IllegalStateException("no workspace behind these test services");
        return sessions.startCollector(settings);
    }

    @Override
    public LiveSession startCapture(CaptureOptions options) throws Exception {
        if (sessions == null) throw new IllegalStateException("no workspace behind these test services");
        return sessions.startCapture(options);
    }

    @Override
    public LibpcapAvailability.Result libpcap() { return libpcap; }

    @Override
    public List<CaptureInterface> captureInterfaces() {
        if (!libpcap.available()) throw new IllegalStateException("the panel asked for interfaces without libpcap");
        return interfaces;
    }
}
