package org.flowbench.ui.live;

import java.net.InetSocketAddress;
import java.util.List;
import org.flowbench.ingest.ImportReport;

/** A running collector or capture session, as the Live panel drives it. */
public interface LiveSession {
    /** The dataset the session stores into; it exists (status importing) while the session runs. */
    long datasetId();

    /** Where the session reads: "udp 127.0.0.1:2055, 127.0.0.1:6343" or "interface eth0 (filter: ...)". */
    String source();

    /** The sockets exporters should send to (ports chosen by the system filled in); empty for a capture. */
    List<InetSocketAddress> listening();

    /** The counters now; cheap and free of I/O, so the FX thread may call it every second. */
    LiveSample sample();

    /** Stops, stores what is held and finishes the dataset; blocks, so never on the FX thread. Idempotent. */
    ImportReport stop();
}
