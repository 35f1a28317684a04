package org.flowbench.ingest.live;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.PcapStat;
import org.pcap4j.core.Pcaps;
import org.pcap4j.core.RawPacketListener;

/**
 * One open libpcap handle: frames in, raw bytes and timestamps out. Reads with
 * {@code pcap_dispatch} and a raw listener (STACK.md: about ten times faster than
 * {@code getNextRawPacket}, and no pcap4j protocol decode) on a non-blocking handle: on Linux
 * (TPACKET_V3) a blocking read with a timeout waits forever while no packet arrives, which
 * would stop the once-a-second flush and hang a stop. The caller sleeps briefly when a read
 * returns nothing. Only the capture thread calls {@link #read} and {@link #stats}.
 */
final class PcapSource implements AutoCloseable {
    /** Kernel block timeout: how long captured packets may wait in a part-filled block. */
    static final int TIMEOUT_MILLIS = 100;
    /** Kernel ring size: about 100k header-sized frames, a few tenths of a second of a 1 Mpps flood. */
    static final int BUFFER_BYTES = 32 << 20;

    /** Receives frames on the capture thread. */
    interface FrameHandler {
        void frame(long epochSecond, int nanos, byte[] data, int capturedLength, int originalLength);
    }

    private final PcapHandle handle;
    private final int linkType;
    private FrameHandler target;
    private final RawPacketListener listener = this::gotPacket;

    private PcapSource(PcapHandle handle) {
        this.handle = handle;
        this.linkType = handle.getDlt().value();
    }

    static PcapSource open(CaptureOptions o) throws CaptureException {
        PcapNetworkInterface device = device(o.interfaceName());
        PcapHandle handle;
        try {
            handle = new PcapHandle.Builder(device.getName())
                    .snaplen(o.snaplen())
                    .promiscuousMode(o.promiscuous() ? PcapNetworkInterface.PromiscuousMode.PROMISCUOUS
                            : PcapNetworkInterface.PromiscuousMode.NONPROMISCUOUS)
                    .timeoutMillis(TIMEOUT_MILLIS)
                    .bufferSize(BUFFER_BYTES)
                    .build();
        } catch (PcapNativeException e) {
            throw new CaptureException(CaptureException.Reason.CANNOT_OPEN, cannotOpen(o.interfaceName(), e), e);
        }
        try {
            handle.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
        } catch (PcapNativeException | NotOpenException e) {
            handle.close();
            throw new CaptureException(CaptureException.Reason.CANNOT_OPEN,
                    "cannot read " + o.interfaceName() + " without blocking: " + e.getMessage(), e);
        }
        if (o.bpf() != null) {
            try {
                handle.setFilter(o.bpf(), BpfProgram.BpfCompileMode.OPTIMIZE);
            } catch (PcapNativeException | NotOpenException e) {
                handle.close();
                throw new CaptureException(CaptureException.Reason.BAD_FILTER,
                        "invalid capture filter \"" + o.bpf() + "\": libpcap says " + e.getMessage(), e);
            }
        }
        return new PcapSource(handle);
    }

    private static PcapNetworkInterface device(String name) throws CaptureException {
        List<PcapNetworkInterface> all;
        try {
            all = Pcaps.findAllDevs();
        } catch (PcapNativeException e) {
            throw new CaptureException(CaptureException.Reason.CANNOT_OPEN,
                    "libpcap could not list the interfaces: " + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        for (PcapNetworkInterface d : all) {
            if (d.getName().equals(name)) return d;
            names.add(d.getName());
        }
        throw new CaptureException(CaptureException.Reason.NO_SUCH_INTERFACE, "no interface named \"" + name
                + "\"; libpcap offers: " + (names.isEmpty() ? "none (capturing may need more privileges)" : String.join(", ", names)));
    }

    private static String cannotOpen(String name, PcapNativeException e) {
        String m = String.valueOf(e.getMessage());
        String hint = m.toLowerCase(java.util.Locale.ROOT).contains("permi")
                ? " Capturing needs administrator rights: on Linux run as root or grant the Java binary "
                        + "cap_net_raw,cap_net_admin (setcap); on macOS make /dev/bpf* readable (Wireshark's ChmodBPF)."
                : "";
        return "cannot capture on " + name + ": " + m + "." + hint;
    }

    /** LINKTYPE/DLT of the interface; PacketDecoder reads both numberings of raw IP. */
    int linkType() { return linkType; }

    /**
     * Hands the frames libpcap has ready to {@code handler}, without waiting.
     *
     * @return frames read, 0 when none was ready
     */
    int read(FrameHandler handler) throws PcapNativeException, NotOpenException {
        target = handler;
        try {
            return handle.dispatch(-1, listener);
        } catch (InterruptedException e) {
            // pcap_breakloop; we never call it, but a read that was broken read nothing more
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void gotPacket(byte[] data) {
        Timestamp ts = handle.getTimestamp();
        Integer original = handle.getOriginalLength();
        long millis = ts.getTime();
        target.frame(Math.floorDiv(millis, 1000L), ts.getNanos(), data, data.length,
                original == null ? data.length : original);
    }

    /** Kernel counters: {received, dropped by the kernel, dropped by the interface}. */
    long[] stats() throws PcapNativeException, NotOpenException {
        PcapStat s = handle.getStats();
        return new long[] {s.getNumPacketsReceived(), s.getNumPacketsDropped(), s.getNumPacketsDroppedByIf()};
    }

    @Override
    public void close() {
        handle.close();
    }
}
