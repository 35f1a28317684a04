package org.flowbench.samples;

import java.nio.charset.StandardCharsets;

/** DNS messages in wire format (RFC 1035 section 4), written into a caller's buffer. */
public final class DnsMessages {
    public static final int TYPE_A = 1, TYPE_TXT = 16, TYPE_AAAA = 28, TYPE_OPT = 41, TYPE_ANY = 255;
    private static final int QUESTION_NAME_POINTER = 0xC00C;
    private static final byte[] PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=".getBytes(StandardCharsets.US_ASCII);

    private DnsMessages() {}

    /** A recursive query for one name, with an EDNS0 OPT record as modern resolvers send. */
    public static int query(byte[] out, int id, String name, int type) {
        int at = header(out, id, 0x0100, 1, 0, 1);
        at = question(out, at, name, type);
        return opt(out, at, 1232);
    }

    /** The answer to {@link #query}: one or two address records derived from {@code addressSeed}. */
    public static int answer(byte[] out, int id, String name, int type, int addressSeed) {
        int answers = 1 + (addressSeed & 1);
        int at = header(out, id, 0x8180, 1, answers, 1);
        at = question(out, at, name, type);
        for (int i = 0; i < answers; i++) {
            int rdLength = type == TYPE_AAAA ? 16 : 4;
            at = resourceHeader(out, at, type, 300, rdLength);
            if (type == TYPE_AAAA) {
                FrameBuilder.putLong(out, at, 0x20010DB800200000L);
                FrameBuilder.putLong(out, at + 8, (addressSeed & 0xFFFFL) + i);
            } else {
                // Answers point into our own documentation ranges, like a CDN edge would.
                FrameBuilder.putInt(out, at, Addresses.v4("192.0.2.0") | (10 + ((addressSeed >>> 1) + i) % 31));
            }
            at += rdLength;
        }
        return opt(out, at, 1232);
    }

    /**
     * The kind of response an open resolver sends to a spoofed ANY query: the question, TXT
     * records of random text until the message is about {@code targetSize} bytes, and EDNS0
     * advertising 4096 bytes (which is what lets the response exceed 512 bytes).
     */
    public static int amplificationResponse(byte[] out, int id, String name, int targetSize, SeededRandom random) {
        int at = header(out, id, 0x8180, 1, 0, 1);
        at = question(out, at, name, TYPE_ANY);
        int answers = 0;
        int optSize = 11;
        while (targetSize - at - optSize > 12 + 2) {
            int room = targetSize - at - optSize - 12;
            int text = Math.min(255, room - 1);
            at = resourceHeader(out, at, TYPE_TXT, 3600, text + 1);
            out[at++] = (byte) text;
            for (int i = 0; i < text; i++) out[at++] = PRINTABLE[random.nextInt(PRINTABLE.length)];
            answers++;
        }
        FrameBuilder.putShort(out, 6, answers);
        return opt(out, at, 4096);
    }

    private static int header(byte[] out, int id, int flags, int questions, int answers, int additional) {
        FrameBuilder.putShort(out, 0, id);
        FrameBuilder.putShort(out, 2, flags);
        FrameBuilder.putShort(out, 4, questions);
        FrameBuilder.putShort(out, 6, answers);
        FrameBuilder.putShort(out, 8, 0);
        FrameBuilder.putShort(out, 10, additional);
        return 12;
    }

    private static int question(byte[] out, int at, String name, int type) {
        // Labels are written in one pass: each dot becomes the length of the label after it.
        int lengthAt = at++;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                out[lengthAt] = (byte) (at - lengthAt - 1);
                lengthAt = at++;
            } else {
                out[at++] = (byte) c;
            }
        }
        out[lengthAt] = (byte) (at - lengthAt - 1);
        out[at++] = 0;
        FrameBuilder.putShort(out, at, type);
        FrameBuilder.putShort(out, at + 2, 1);
        return at + 4;
    }

    private static int resourceHeader(byte[] out, int at, int type, int ttl, int rdLength) {
        FrameBuilder.putShort(out, at, QUESTION_NAME_POINTER);
        FrameBuilder.putShort(out, at + 2, type);
        FrameBuilder.putShort(out, at + 4, 1);
        FrameBuilder.putInt(out, at + 6, ttl);
        FrameBuilder.putShort(out, at + 10, rdLength);
        return at + 12;
    }

    /** RFC 6891 OPT pseudo-record: root name, type 41, class = UDP payload size, no options. */
    private static int opt(byte[] out, int at, int udpSize) {
        out[at] = 0;
        FrameBuilder.putShort(out, at + 1, TYPE_OPT);
        FrameBuilder.putShort(out, at + 3, udpSize);
        FrameBuilder.putInt(out, at + 5, 0);
        FrameBuilder.putShort(out, at + 9, 0);
        return at + 11;
    }
}
