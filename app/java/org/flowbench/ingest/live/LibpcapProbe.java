package org.flowbench.ingest.live;

import org.pcap4j.core.Pcaps;

/**
 * The first touch of pcap4j, kept in its own class so that the JVM resolves pcap4j (and JNA's
 * native libpcap) only when {@link LibpcapAvailability} calls it, never while loading the app.
 */
final class LibpcapProbe {
    private LibpcapProbe() {}

    /** libpcap's version string; throws a LinkageError when the native library is missing. */
    static String version() {
        return Pcaps.libVersion();
    }
}
