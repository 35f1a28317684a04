package org.flowbench.ingest.pcap;

/**
 * Decodes one frame's link layer, IP header and transport header into a {@link DecodedPacket}.
 * Pure: bytes in, fields out; counts what it saw in its {@link DecodeStats}.
 */
public final class PacketDecoder {
    /** What became of one frame. */
    public enum Outcome { IP, NON_IP, TRUNCATED, MALFORMED, UNSUPPORTED_LINK }

    private final DecodeStats stats = new DecodeStats();

    public DecodeStats stats() { return stats; }

    /**
     * @return {@link Outcome#IP} when {@code out} holds a packet to store; anything else is
     *     counted in {@link #stats()} and {@link #lastProblem()} says why.
     */
    public Outcome decode(int linkType, byte[] data, int offset, int capturedLength, int originalLength,
                          DecodedPacket out) {
        throw new UnsupportedOperationException("lands with the packet decoder change");
    }

    /** Why the last frame was not {@link Outcome#IP}, for the damage log; null otherwise. */
    public String lastProblem() { return null; }
}
