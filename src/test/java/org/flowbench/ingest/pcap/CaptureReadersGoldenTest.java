package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.flowbench.testsupport.TextDiff;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: each fixture of {@link GoldenFixtures} is read and rendered as text, compared
 * with src/test/resources/pcap/golden/NAME.txt. Run with -Dgolden.update=true to rewrite the
 * expected files after a deliberate change (then review the diff).
 */
class CaptureReadersGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/pcap/golden");
    private static final Map<String, byte[]> FIXTURES = GoldenFixtures.all();

    static Stream<Arguments> fixtures() {
        return FIXTURES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void matchesGoldenRendering(String name, byte[] bytes) throws IOException {
        String actual = CaptureRendering.render(bytes);
        Path expectedFile = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) Files.writeString(expectedFile, actual);
        assertThat(expectedFile).as("expected rendering; actual was:\n" + actual).exists();
        TextDiff.assertSameLines(Files.readString(expectedFile), actual);
    }

    /** A 16-byte starting buffer makes nearly every record straddle the buffer end, and makes it grow. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void tinyBufferReadsTheSame(String name, byte[] bytes) throws IOException {
        String actual = CaptureRendering.render(new ByteArrayInputStream(bytes), 16);
        TextDiff.assertSameLines(CaptureRendering.render(bytes), actual);
    }

    /** gzip, split into several members at odd places, reads the same frames, damage and errors. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void gzipReadsTheSame(String name, byte[] bytes) throws IOException {
        String plain = CaptureRendering.render(bytes);
        String expected = plain.startsWith("error: ") ? plain.replace("capture file at", "capture file (inside gzip) at")
                : plain.replaceFirst("(?m)^(pcap)", "gzip $1");
        TextDiff.assertSameLines(expected, CaptureRendering.render(gzipMembers(bytes, 3, 17)));
    }

    @org.junit.jupiter.api.Test
    void truncatedGzipKeepsWhatCameBefore() throws IOException {
        byte[] pcap = PcapFixture.micro(java.nio.ByteOrder.LITTLE_ENDIAN, 65535, 1)
                .record(1, 0, 1000, PcapFixture.frame(0, 1000))
                .record(2, 0, 1000, PcapFixture.frame(1, 1000)).bytes();
        byte[] gz = gzipMembers(pcap);
        String actual = CaptureRendering.render(Arrays.copyOf(gz, gz.length - 12));
        Path expectedFile = GOLDEN.resolve("gzip-truncated.txt");
        if (Boolean.getBoolean("golden.update")) Files.writeString(expectedFile, actual);
        TextDiff.assertSameLines(Files.readString(expectedFile), actual);
    }

    /** Concatenated gzip members, the first ending after byte {@code cuts[0]}, and so on. */
    static byte[] gzipMembers(byte[] data, int... cuts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        for (int cut : cuts) {
            int to = Math.min(cut, data.length);
            if (to > from) out.writeBytes(gzip(Arrays.copyOfRange(data, from, to)));
            from = Math.max(from, to);
        }
        out.writeBytes(gzip(Arrays.copyOfRange(data, from, data.length)));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static String ascii(byte[] b) { return new String(b, StandardCharsets.US_ASCII); }
}
