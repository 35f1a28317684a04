package org.flowbench.samples;

import java.nio.charset.StandardCharsets;

/**
 * memcached replies over UDP: the 8-byte UDP frame header (request id, sequence, datagram
 * count, reserved) and a text-protocol {@code VALUE} reply, as reflectors sent them in 2018.
 */
public final class MemcachedMessages {
    private static final byte[] FILL = "0123456789abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);

    private MemcachedMessages() {}

    /** A complete reply of exactly {@code payloadSize} bytes for one key. */
    public static int valueReply(byte[] out, int requestId, String key, int payloadSize) {
        FrameBuilder.putShort(out, 0, requestId);
        FrameBuilder.putShort(out, 2, 0);
        FrameBuilder.putShort(out, 4, 1);
        FrameBuilder.putShort(out, 6, 0);
        byte[] tail = "\r\nEND\r\n".getBytes(StandardCharsets.US_ASCII);
        String fixed = "VALUE " + key + " 0 \r\n";
        int valueLength = payloadSize - 8 - tail.length - fixed.length();
        // The header spells the value length out, so settle on a length that fits its own digits.
        for (int i = 0; i < 3; i++) {
            valueLength = payloadSize - 8 - tail.length - fixed.length() - Integer.toString(valueLength).length();
        }
        byte[] head = ("VALUE " + key + " 0 " + valueLength + "\r\n").getBytes(StandardCharsets.US_ASCII);
        int at = 8;
        System.arraycopy(head, 0, out, at, head.length);
        at += head.length;
        for (int i = 0; i < valueLength; i++) out[at++] = FILL[i % FILL.length];
        System.arraycopy(tail, 0, out, at, tail.length);
        return at + tail.length;
    }
}
