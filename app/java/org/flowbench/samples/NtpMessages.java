package org.flowbench.samples;

/** NTP messages (RFC 5905 section 7.3) and the mode 7 monlist reply that reflectors abuse. */
public final class NtpMessages {
    public static final int MONLIST_PAYLOAD = 468;
    /** Seconds from the NTP era (1900) to the Unix epoch. */
    private static final long NTP_UNIX_OFFSET = 2_208_988_800L;
    private static final int MONLIST_ITEMS = 6;
    private static final int MONLIST_ITEM_SIZE = 72;

    private NtpMessages() {}

    /** A client request (mode 3) sent at {@code epochMicros}. */
    public static int clientRequest(byte[] out, long epochMicros) {
        java.util.Arrays.fill(out, 0, 48, (byte) 0);
        out[0] = 0x23;              // LI 0, version 4, mode 3
        out[2] = 6;                 // poll 2^6 s
        out[3] = (byte) 0xEC;       // precision 2^-20 s
        timestamp(out, 40, epochMicros);
        return 48;
    }

    /** A stratum-2 server reply (mode 4) to a request sent {@code rttMicros} earlier. */
    public static int serverReply(byte[] out, long epochMicros, long rttMicros, int referenceId) {
        java.util.Arrays.fill(out, 0, 48, (byte) 0);
        out[0] = 0x24;              // LI 0, version 4, mode 4
        out[1] = 2;
        out[2] = 6;
        out[3] = (byte) 0xE9;
        FrameBuilder.putInt(out, 4, 0x0000_0A3D);
        FrameBuilder.putInt(out, 8, 0x0000_1F5C);
        FrameBuilder.putInt(out, 12, referenceId);
        timestamp(out, 16, epochMicros - 17_000_000L);
        timestamp(out, 24, epochMicros - rttMicros);
        timestamp(out, 32, epochMicros - 40);
        timestamp(out, 40, epochMicros - 20);
        return 48;
    }

    /**
     * A mode 7 MON_GETLIST_1 reply of {@value #MONLIST_PAYLOAD} bytes: the 8-byte header, six
     * 72-byte monitor entries (the recent clients the server remembers), and trailing padding
     * that old ntpd builds leave in the response buffer.
     */
    public static int monlistReply(byte[] out, int sequence, boolean more, SeededRandom random) {
        java.util.Arrays.fill(out, 0, MONLIST_PAYLOAD, (byte) 0);
        out[0] = (byte) (0x80 | (more ? 0x40 : 0) | (2 << 3) | 7);  // response, more, version 2, mode 7
        out[1] = (byte) (sequence & 0x7F);
        out[2] = 3;                                                 // implementation XNTPD
        out[3] = 42;                                                // MON_GETLIST_1
        FrameBuilder.putShort(out, 4, MONLIST_ITEMS);
        FrameBuilder.putShort(out, 6, MONLIST_ITEM_SIZE);
        for (int i = 0; i < MONLIST_ITEMS; i++) {
            int at = 8 + i * MONLIST_ITEM_SIZE;
            FrameBuilder.putInt(out, at, random.nextInt(3600));           // last seen, s ago
            FrameBuilder.putInt(out, at + 4, 3600 + random.nextInt(86_400)); // first seen
            FrameBuilder.putInt(out, at + 8, 0);                          // restrictions
            FrameBuilder.putInt(out, at + 12, 1 + random.nextInt(50_000));   // count
            FrameBuilder.putInt(out, at + 16, Addresses.randomPublicV4(random));
            FrameBuilder.putInt(out, at + 20, Addresses.randomPublicV4(random));
            FrameBuilder.putInt(out, at + 24, 0);                         // flags
            FrameBuilder.putShort(out, at + 28, random.between(1024, 65_535));
            out[at + 30] = 3;                                             // mode of the client
            out[at + 31] = 4;                                             // version
        }
        return MONLIST_PAYLOAD;
    }

    static void timestamp(byte[] out, int at, long epochMicros) {
        long seconds = Math.floorDiv(epochMicros, 1_000_000L) + NTP_UNIX_OFFSET;
        long micros = Math.floorMod(epochMicros, 1_000_000L);
        FrameBuilder.putInt(out, at, (int) seconds);
        FrameBuilder.putInt(out, at + 4, (int) ((micros << 32) / 1_000_000L));
    }
}
