package org.flowbench.ingest.live;

import java.util.concurrent.Callable;

/**
 * Whether live capture can work on this machine: pcap4j needs the native libpcap (Npcap on
 * Windows). The check loads pcap4j lazily through {@link LibpcapProbe}, so an app without
 * libpcap loses live capture and nothing else, and tells the user what to install.
 */
public final class LibpcapAvailability {
    /** What to install, per platform; shown whenever libpcap cannot be loaded. */
    public static final String INSTALL_HINT = "Install libpcap: Debian/Ubuntu: sudo apt install libpcap0.8; "
            + "Fedora/RHEL: sudo dnf install libpcap; macOS: libpcap is built in (reinstall the OS's "
            + "command line tools if it is missing); Windows: install Npcap from https://npcap.com "
            + "(with \"WinPcap API-compatible mode\").";

    /** @param available true when libpcap loaded; {@code message} then holds its version, else what to do */
    public record Result(boolean available, String message) {}

    private static volatile Result cached;

    private LibpcapAvailability() {}

    /** Checks once per JVM: a native library that failed to load stays failed until restart. */
    public static Result check() {
        Result r = cached;
        if (r == null) {
            r = check(LibpcapProbe::version);
            cached = r;
        }
        return r;
    }

    /** The check with the probe as a seam; tests pass a probe that fails as a missing libpcap does. */
    static Result check(Callable<String> probe) {
        try {
            String version = probe.call();
            return new Result(true, version == null ? "libpcap (version unknown)" : version);
        } catch (LinkageError | Exception e) {
            // UnsatisfiedLinkError on the first touch, NoClassDefFoundError on every later one
            return new Result(false, "Live capture needs libpcap, which could not be loaded (" + describe(e) + "). "
                    + INSTALL_HINT);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + firstLine(m));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
