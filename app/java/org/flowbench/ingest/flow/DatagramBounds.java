package org.flowbench.ingest.flow;

/** The first check of every decoder: the datagram lies inside its array and holds at least a header. */
final class DatagramBounds {
    private DatagramBounds() {}

    static boolean check(ExportDatagram dg, int headerLength, DatagramFaults faults) {
        if (dg.data == null || dg.offset < 0 || dg.length < 0 || dg.offset > dg.data.length - dg.length) {
            faults.report(0, "datagram", "offset and length inside its buffer",
                    "offset " + dg.offset + ", length " + dg.length + (dg.data == null ? ", no buffer" : ", buffer " + dg.data.length));
            return false;
        }
        if (dg.length < headerLength) {
            faults.report(0, "header", headerLength + " bytes", dg.length + " bytes");
            return false;
        }
        return true;
    }

    static boolean allZero(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) if (d[i] != 0) return false;
        return true;
    }
}
