package org.flowbench.ingest.live;

/**
 * A reusable slot between a receive thread and the decoding thread. Its buffer keeps the usual
 * size; a larger datagram gets a buffer of its own that is let go when the slot is freed, so
 * the pool's memory stays at slots x {@link #USUAL_CAPACITY} however big the datagrams.
 */
final class ReceivedDatagram {
    static final int USUAL_CAPACITY = 9216;  // a jumbo frame's payload

    private final byte[] usual = new byte[USUAL_CAPACITY];
    byte[] data = usual;
    int length;
    long sourceHi, sourceLo;
    int sourcePort;
    long receivedMicros;

    /** A buffer that holds {@code n} bytes. */
    byte[] buffer(int n) {
        if (n > data.length) data = new byte[n];
        return data;
    }

    void release() {
        data = usual;
        length = 0;
    }
}
