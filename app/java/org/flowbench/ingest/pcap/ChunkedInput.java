package org.flowbench.ingest.pcap;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;
import org.flowbench.ingest.decode.DamageLog;

/**
 * A sliding window over a stream: one large byte array refilled from the stream, compacted
 * when a record straddles its end. Works the same for plain files and gzip streams (which
 * have no random access) and for files of any size, since offsets are longs.
 */
final class ChunkedInput implements Closeable {
    static final int DEFAULT_CHUNK = 8 << 20;

    private final InputStream in;
    private final DamageLog damage;
    private final boolean compressed;
    private byte[] buf;
    private int pos;
    private int limit;
    /** Stream offset of buf[0]. */
    private long base;
    private boolean eof;

    ChunkedInput(InputStream in, DamageLog damage, boolean compressed, int chunkSize) {
        this.in = in;
        this.damage = damage;
        this.compressed = compressed;
        this.buf = new byte[Math.max(16, chunkSize)];
    }

    byte[] buffer() { return buf; }

    /** Index in {@link #buffer()} of the next unread byte. */
    int pos() { return pos; }

    int available() { return limit - pos; }

    /** Stream offset (uncompressed) of the next unread byte. */
    long position() { return base + pos; }

    void advance(int n) { pos += n; }

    /**
     * Makes at least {@code n} bytes available from {@link #pos()}, refilling (and possibly
     * moving) the buffer. Returns false when the stream ends first.
     */
    boolean ensure(int n) throws IOException {
        return limit - pos >= n || fill(n);
    }

    private boolean fill(int n) throws IOException {
        if (eof) return false;
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        base += pos;
        limit -= pos;
        pos = 0;
        while (limit < n) {
            if (limit == buf.length) {
                // Grow only as data arrives, so a bogus length in a short file costs no memory.
                buf = java.util.Arrays.copyOf(buf, (int) Math.min(n, 2L * buf.length));
            }
            int read = read(buf, limit, buf.length - limit);
            if (read < 0) {
                eof = true;
                return false;
            }
            limit += read;
        }
        return true;
    }

    private int read(byte[] into, int at, int length) throws IOException {
        if (!compressed) return in.read(into, at, length);
        try {
            return in.read(into, at, length);
        } catch (EOFException | ZipException e) {
            // A corrupt or cut gzip stream: what came before is good, so report and end there.
            damage.report(base + limit, "gzip stream", "valid deflate data up to the gzip trailer",
                    String.valueOf(e.getMessage()));
            return -1;
        }
    }

    /** Consumes up to {@code n} bytes without keeping them; returns how many were there. */
    long skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            if (available() == 0 && !ensure(1)) break;
            int step = (int) Math.min(left, available());
            pos += step;
            left -= step;
        }
        return n - left;
    }

    @Override
    public void close() throws IOException { in.close(); }
}
