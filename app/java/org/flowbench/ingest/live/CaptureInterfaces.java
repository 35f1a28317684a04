package org.flowbench.ingest.live;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.pcap4j.core.PcapAddress;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.Pcaps;

/** The interfaces libpcap offers, for {@code capture --list} and the window's interface picker. */
public final class CaptureInterfaces {
    private CaptureInterfaces() {}

    /** Every interface libpcap finds, in its order; call {@link LibpcapAvailability#check()} first. */
    public static List<CaptureInterface> list() throws CaptureException {
        LibpcapAvailability.Result lib = LibpcapAvailability.check();
        if (!lib.available()) throw new CaptureException(CaptureException.Reason.NO_LIBPCAP, lib.message());
        List<PcapNetworkInterface> devices;
        try {
            devices = Pcaps.findAllDevs();
        } catch (PcapNativeException e) {
            throw new CaptureException(CaptureException.Reason.CANNOT_OPEN,
                    "libpcap could not list the interfaces: " + e.getMessage(), e);
        }
        List<CaptureInterface> out = new ArrayList<>();
        for (PcapNetworkInterface d : devices) {
            List<String> addresses = new ArrayList<>();
            for (PcapAddress a : d.getAddresses()) {
                InetAddress ip = a.getAddress();
                if (ip != null) addresses.add(ip.getHostAddress());
            }
            out.add(new CaptureInterface(d.getName(), d.getDescription() == null ? "" : d.getDescription(), addresses,
                    d.isLoopBack(), d.isUp()));
        }
        return out;
    }
}
