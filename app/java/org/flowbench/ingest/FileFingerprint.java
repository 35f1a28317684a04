package org.flowbench.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A cheap identity for a capture file: SHA-256 over its size, first MiB and last MiB. Hashing
 * a whole multi-gigabyte capture would cost seconds before the import even starts; this is
 * enough to tell "the same file imported again" from a different one.
 */
final class FileFingerprint {
    private FileFingerprint() {}

    static final int SPAN = 1 << 20;

    static String of(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            sha.update(ByteBuffer.allocate(8).putLong(0, size));
            digest(ch, 0, (int) Math.min(SPAN, size), sha);
            if (size > SPAN) {
                long tail = Math.max(SPAN, size - SPAN);
                digest(ch, tail, (int) (size - tail), sha);
            }
        }
        return "sha256-head-tail:" + HexFormat.of().formatHex(sha.digest());
    }

    private static void digest(FileChannel ch, long from, int length, MessageDigest sha) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, from + buf.position()) < 0) break;
        }
        buf.flip();
        sha.update(buf);
    }
}
