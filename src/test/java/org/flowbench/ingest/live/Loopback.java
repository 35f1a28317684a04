package org.flowbench.ingest.live;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Capture on {@code lo} for tests: skipped where libpcap or the right to capture is missing. */
public final class Loopback {
    public static final String INTERFACE = "lo";

    private Loopback() {}

    /** Skips the test, saying why, unless {@code lo} can be opened for capture here. */
    public static void assumeCapturable() {
        LibpcapAvailability.Result lib = LibpcapAvailability.check();
        assumeTrue(lib.available(), () -> "skipped: " + lib.message());
        try (PcapSource ignored = PcapSource.open(CaptureOptions.of(INTERFACE, null))) {
            // opened: capture works here
        } catch (CaptureException e) {
            assumeTrue(false, "skipped: cannot capture on " + INTERFACE + " (" + e.getMessage() + ")");
        }
    }

    /** Sends {@code count} datagrams of {@code payload} bytes from {@code sender} to 127.0.0.1:{@code port}. */
    public static void send(DatagramSocket sender, int port, int count, int payload) throws Exception {
        byte[] data = new byte[payload];
        InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        for (int i = 0; i < count; i++) {
            data[0] = (byte) i;
            sender.send(new DatagramPacket(data, data.length, to));
        }
    }

    /** A receiver bound to a free loopback port, so the datagrams draw no ICMP port unreachable. */
    public static DatagramSocket receiver() throws Exception {
        return new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }
}
