package org.flowbench.samples;

import java.nio.charset.StandardCharsets;

/** Payloads of benign web and SSH sessions: HTTP/1.1 text, TLS records, SSH packets. */
public final class WebPayloads {
    private static final byte[] BODY = ("<!doctype html><html><head><title>Example</title></head><body>"
            + "<p>This domain is for use in documentation examples.</p></body></html>\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final String[] PATHS = {"/", "/index.html", "/api/v1/status", "/static/app.js",
            "/images/logo.png", "/news", "/login"};

    private WebPayloads() {}

    private static final byte[][] REQUESTS = requests();

    public static int httpRequest(byte[] out, int variant) {
        byte[] bytes = REQUESTS[Math.floorMod(variant, REQUESTS.length)];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return bytes.length;
    }

    private static byte[][] requests() {
        byte[][] requests = new byte[PATHS.length][];
        for (int i = 0; i < PATHS.length; i++) {
            requests[i] = ("GET " + PATHS[i] + " HTTP/1.1\r\nHost: www.example.com\r\n"
                    + "User-Agent: Mozilla/5.0 (X11; Linux x86_64)\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }
        return requests;
    }

    /** Length of the whole HTTP response for a body of {@code bodyLength} bytes. */
    public static int httpResponseLength(int bodyLength) {
        return responseHead(bodyLength).length + bodyLength;
    }

    /** Bytes [from, from + length) of that response, as one TCP segment carries them. */
    public static int httpResponseSlice(byte[] out, int bodyLength, int from, int length) {
        byte[] head = responseHead(bodyLength);
        for (int i = 0; i < length; i++) {
            int position = from + i;
            out[i] = position < head.length ? head[position] : BODY[(position - head.length) % BODY.length];
        }
        return length;
    }

    private static byte[] responseHead(int bodyLength) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + bodyLength
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** One TLS 1.2-framed application-data record filling {@code length} bytes (RFC 8446 section 5.1). */
    public static int tlsRecord(byte[] out, int length, SeededRandom random) {
        out[0] = 23;
        out[1] = 3;
        out[2] = 3;
        FrameBuilder.putShort(out, 3, length - 5);
        random.nextBytes(out, 5, length - 5);
        return length;
    }

    /** An SSH binary packet of an established session (RFC 4253 section 6), encrypted body. */
    public static int sshPacket(byte[] out, int length, SeededRandom random) {
        random.nextBytes(out, 0, length);
        return length;
    }
}
