package org.flowbench.ingest.flow;

/**
 * The one table from NetFlow v9 field types and IPFIX information elements to what Flowbench
 * keeps of them. IE numbers 1-127 are the same in both (RFC 3954 section 8, RFC 7012 / IANA
 * "IPFIX Information Elements"), so v9 and IPFIX templates compile through this table alike.
 * RFC 5103 reverse elements (enterprise 29305) map to the REV_ targets.
 */
final class FlowFields {
    private FlowFields() {}

    /** Enterprise number of RFC 5103 reverse information elements. */
    static final long REVERSE_PEN = 29305;

    // Targets: each < 64, so a record's present targets fit one long bit set.
    static final int SKIP = 0;
    static final int BYTES = 1, PACKETS = 2, TOTAL_BYTES = 3, TOTAL_PACKETS = 4, OUT_BYTES = 5, OUT_PACKETS = 6,
            INITIATOR_BYTES = 7, INITIATOR_PACKETS = 8;
    static final int PROTO = 9, TOS = 10, TCP_FLAGS = 11, SRC_PORT = 12, DST_PORT = 13, IN_IF = 14, OUT_IF = 15,
            SRC_AS = 16, DST_AS = 17, IP_VERSION = 18;
    /** Address targets hold the value's offset in the datagram, not the value. */
    static final int SRC_V4 = 19, DST_V4 = 20, SRC_V6 = 21, DST_V6 = 22;
    static final int ICMP_TYPE_CODE = 23, ICMP_TYPE = 24, ICMP_CODE = 25, VLAN = 26, DST_VLAN = 27;
    static final int END_SYSUPTIME = 28, START_SYSUPTIME = 29, START_SECONDS = 30, END_SECONDS = 31,
            START_MILLIS = 32, END_MILLIS = 33, START_NTP_MICROS = 34, END_NTP_MICROS = 35, START_NTP_NANOS = 36,
            END_NTP_NANOS = 37, START_DELTA_MICROS = 38, END_DELTA_MICROS = 39, DURATION_MILLIS = 40,
            DURATION_MICROS = 41, SYSTEM_INIT_MILLIS = 42;
    static final int SAMPLING_INTERVAL = 43, SAMPLING_ALGORITHM = 44, SAMPLER_ID = 45, SAMPLER_RANDOM_INTERVAL = 46,
            PACKET_INTERVAL = 47, PACKET_SPACE = 48, SAMPLE_SIZE = 49, SAMPLE_POPULATION = 50;
    static final int REV_BYTES = 51, REV_PACKETS = 52, REV_TOTAL_BYTES = 53, REV_TOTAL_PACKETS = 54, REV_TCP_FLAGS = 55;
    static final int TARGETS = 56;

    private static final byte[] BY_IE = new byte[512];
    private static final byte[] REVERSE_BY_IE = new byte[128];

    static {
        map(1, BYTES); map(2, PACKETS); map(85, TOTAL_BYTES); map(86, TOTAL_PACKETS);
        map(23, OUT_BYTES); map(24, OUT_PACKETS); map(231, INITIATOR_BYTES); map(298, INITIATOR_PACKETS);
        map(4, PROTO); map(5, TOS); map(6, TCP_FLAGS); map(60, IP_VERSION);
        map(7, SRC_PORT); map(180, SRC_PORT); map(182, SRC_PORT);
        map(11, DST_PORT); map(181, DST_PORT); map(183, DST_PORT);
        map(10, IN_IF); map(14, OUT_IF); map(16, SRC_AS); map(17, DST_AS);
        map(8, SRC_V4); map(12, DST_V4); map(27, SRC_V6); map(28, DST_V6);
        map(32, ICMP_TYPE_CODE); map(139, ICMP_TYPE_CODE); map(176, ICMP_TYPE); map(178, ICMP_TYPE);
        map(177, ICMP_CODE); map(179, ICMP_CODE);
        map(58, VLAN); map(243, VLAN); map(59, DST_VLAN);
        map(21, END_SYSUPTIME); map(22, START_SYSUPTIME); map(150, START_SECONDS); map(151, END_SECONDS);
        map(152, START_MILLIS); map(153, END_MILLIS); map(154, START_NTP_MICROS); map(155, END_NTP_MICROS);
        map(156, START_NTP_NANOS); map(157, END_NTP_NANOS); map(158, START_DELTA_MICROS); map(159, END_DELTA_MICROS);
        map(161, DURATION_MILLIS); map(162, DURATION_MICROS); map(160, SYSTEM_INIT_MILLIS);
        map(34, SAMPLING_INTERVAL); map(35, SAMPLING_ALGORITHM); map(48, SAMPLER_ID); map(302, SAMPLER_ID);
        map(50, SAMPLER_RANDOM_INTERVAL); map(305, PACKET_INTERVAL); map(306, PACKET_SPACE);
        map(309, SAMPLE_SIZE); map(310, SAMPLE_POPULATION);
        REVERSE_BY_IE[1] = REV_BYTES; REVERSE_BY_IE[2] = REV_PACKETS;
        REVERSE_BY_IE[85] = REV_TOTAL_BYTES; REVERSE_BY_IE[86] = REV_TOTAL_PACKETS; REVERSE_BY_IE[6] = REV_TCP_FLAGS;
    }

    private static void map(int ie, int target) {
        BY_IE[ie] = (byte) target;
    }

    /** The target of a field, {@link #SKIP} for what Flowbench does not keep (and for unknown enterprise fields). */
    static int target(long enterprise, int ie) {
        if (enterprise == 0) return ie < BY_IE.length ? BY_IE[ie] : SKIP;
        if (enterprise == REVERSE_PEN) return ie < REVERSE_BY_IE.length ? REVERSE_BY_IE[ie] : SKIP;
        return SKIP;
    }

    static boolean isAddress(int target) {
        return target >= SRC_V4 && target <= DST_V6;
    }

    /** The field length an address target needs; other lengths are skipped. */
    static int addressLength(int target) {
        return target <= DST_V4 ? 4 : 16;
    }

    static boolean isReverse(int target) {
        return target >= REV_BYTES && target <= REV_TOTAL_PACKETS;
    }
}
