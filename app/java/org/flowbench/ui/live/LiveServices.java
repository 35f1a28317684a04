package org.flowbench.ui.live;

import java.util.List;
import org.flowbench.ingest.live.CaptureInterface;
import org.flowbench.ingest.live.CaptureOptions;
import org.flowbench.ingest.live.CollectorSettings;
import org.flowbench.ingest.live.LibpcapAvailability;

/** What the Live panel needs from the core. Every method may block: call them inside background tasks. */
public interface LiveServices {
    /**
     * Binds the addresses, creates the session's dataset and starts collecting.
     *
     * @throws org.flowbench.ingest.live.CollectorStartException an address could not be bound
     */
    LiveSession startCollector(CollectorSettings settings) throws Exception;

    /** @throws org.flowbench.ingest.live.CaptureException no libpcap, no such interface, no rights, bad filter */
    LiveSession startCapture(CaptureOptions options) throws Exception;

    /** Whether libpcap loaded, and if not what to install. */
    LibpcapAvailability.Result libpcap();

    /** @throws org.flowbench.ingest.live.CaptureException when libpcap is missing or cannot list them */
    List<CaptureInterface> captureInterfaces() throws Exception;
}
