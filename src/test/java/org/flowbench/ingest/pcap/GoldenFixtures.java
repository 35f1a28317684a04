package org.flowbench.ingest.pcap;

import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static org.flowbench.ingest.pcap.PcapFixture.frame;
import static org.flowbench.ingest.pcap.PcapngFixture.concat;
import static org.flowbench.ingest.pcap.PcapngFixture.longValue;
import static org.flowbench.ingest.pcap.PcapngFixture.option;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tiny captures of the golden tests, by name; each one shows one format feature or one kind of damage. */
final class GoldenFixtures {
    private GoldenFixtures() {}

    static final int IF_NAME = 2, IF_TSRESOL = 9, IF_TSOFFSET = 14, SHB_USERAPPL = 4;

    static Map<String, byte[]> all() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        // ---- classic pcap
        m.put("pcap-le-micro", PcapFixture.micro(LITTLE_ENDIAN, 64, 1)
                .record(1_700_000_000L, 123_456, 60, frame(0, 60))
                .record(1_700_000_001L, 999_999, 1514, frame(16, 64)).bytes());
        m.put("pcap-be-micro", PcapFixture.micro(BIG_ENDIAN, 65535, 101)
                .record(946_684_800L, 1, 28, frame(0x45, 28))
                .record(946_684_801L, 500_000, 40, frame(0x60, 40)).bytes());
        m.put("pcap-le-nano", PcapFixture.nano(LITTLE_ENDIAN, 262144, 113)
                .record(1_418_145_369L, 924_505_488, 76, frame(0, 76)).bytes());
        m.put("pcap-be-nano-2106", PcapFixture.nano(BIG_ENDIAN, 262144, 1)
                .record(0xFFFF_FFFFL, 999_999_999, 14, frame(0, 14))
                .record(0x8000_0000L, 0, 14, frame(1, 14)).bytes());
        m.put("pcap-fcs-bits", PcapFixture.header(LITTLE_ENDIAN, 0xa1b2c3d4, 2, 4, 65535, 0x2400_0001L)
                .record(1, 0, 64, frame(0, 64)).bytes());
        m.put("pcap-version-2-5", PcapFixture.header(LITTLE_ENDIAN, 0xa1b2c3d4, 2, 5, 65535, 1)
                .record(1, 0, 20, frame(0, 20)).bytes());
        m.put("pcap-damage", PcapFixture.micro(LITTLE_ENDIAN, 32, 1)
                .record(10, 1_500_000, 20, frame(0, 20))
                .record(20, 0, 40, frame(1, 40))
                .record(30, 0, 8, frame(2, 20))
                .record(40, 0, 100, 100, frame(3, 10)).bytes());
        m.put("pcap-absurd-length", PcapFixture.micro(LITTLE_ENDIAN, 0, 1)
                .record(1, 0, 20, frame(0, 20))
                .record(2, 0, 300_000, 300_000, frame(1, 20)).bytes());
        m.put("pcap-truncated-header", PcapFixture.micro(BIG_ENDIAN, 65535, 1)
                .record(1, 0, 20, frame(0, 20)).raw(frame(9, 7)).bytes());
        m.put("pcap-empty", PcapFixture.micro(LITTLE_ENDIAN, 65535, 1).bytes());
        // ---- pcapng
        m.put("pcapng-le-pow2-tsoffset", new PcapngFixture()
                .section(LITTLE_ENDIAN, 1, 0, option(LITTLE_ENDIAN, SHB_USERAPPL, ascii("golden")))
                .interfaceBlock(1, 0, concat(option(LITTLE_ENDIAN, IF_NAME, ascii("eth0")),
                        option(LITTLE_ENDIAN, IF_TSRESOL, new byte[] {(byte) 0x88}),
                        option(LITTLE_ENDIAN, IF_TSOFFSET, longValue(LITTLE_ENDIAN, 1_000_000_000L)),
                        option(LITTLE_ENDIAN, 0, new byte[0])))
                .enhancedPacket(0, 5L << 8 | 128, 42, frame(0, 42))
                .enhancedPacket(0, 7L << 8 | 1, 43, frame(1, 43)).bytes());
        m.put("pcapng-be-spb-pb", new PcapngFixture()
                .section(BIG_ENDIAN)
                .interfaceBlock(1, 50, option(BIG_ENDIAN, IF_TSRESOL, new byte[] {9}))
                .enhancedPacket(0, 1_600_000_000_123_456_789L, 30, frame(0, 30))
                .simplePacket(100, frame(1, 50))
                .packet(0, 1_600_000_001_000_000_001L, 33, frame(2, 33)).bytes());
        m.put("pcapng-sections", new PcapngFixture()
                .section(LITTLE_ENDIAN)
                .interfaceBlock(1, 65535, new byte[0])
                .block(4, new byte[] {0, 0, 0, 0})                       // NRB, only the end record
                .enhancedPacket(0, 1_500_000_000_000_000L, 60, frame(0, 60))
                .section(BIG_ENDIAN)
                .interfaceBlock(101, 0, new byte[0])
                .interfaceBlock(228, 0, option(BIG_ENDIAN, IF_TSRESOL, new byte[] {3}))
                .block(5, new byte[12])                                  // ISB
                .block(0x0BAD, new byte[] {0, 0, 0x7e, (byte) 0xd9, 1, 2, 3, 4})   // custom block, PEN then data
                .block(0x40000BAD, new byte[] {0, 0, 0x7e, (byte) 0xd9})
                .block(0x12345678, new byte[8])                          // unknown
                .enhancedPacket(1, 1_600_000_000_250L, 20, frame(0x45, 20))
                .enhancedPacket(0, 1_600_000_000_000_001L, 40, frame(0x60, 40))
                .block(0x0A, new byte[] {0x54, 0x4c, 0x53, 0x4b, 0, 0, 0, 0})   // DSB, empty TLS key log
                .bytes());
        m.put("pcapng-2108", new PcapngFixture()
                .section(LITTLE_ENDIAN)
                .interfaceBlock(1, 0, option(LITTLE_ENDIAN, IF_TSRESOL, new byte[] {9}))
                .enhancedPacket(0, 4_354_819_200L * 1_000_000_000L + 5, 14, frame(0, 14))
                .bytes());
        m.put("pcapng-damage", new PcapngFixture()
                .section(LITTLE_ENDIAN)
                .interfaceBlock(1, 16, option(LITTLE_ENDIAN, IF_NAME, ascii("lo")))
                .enhancedPacket(3, 1_000_000, 20, frame(0, 20))          // no interface 3
                .enhancedPacket(0, 2_000_000, 20, frame(1, 20))          // beyond the snaplen of 16
                .enhancedPacket(0, 3_000_000, 10, frame(2, 12))          // original below captured
                .block(6, badEnhancedPacket(), 4)                        // wrong trailing length
                .block(6, capturedPastBlock())
                .interfaceBlock(1, 0, concat(option(LITTLE_ENDIAN, IF_TSRESOL, new byte[] {0x7f})))
                .enhancedPacket(1, 1, 20, frame(3, 20))                  // on the unusable interface
                .interfaceBlock(1, 0, optionTooLong())
                .enhancedPacket(2, 4_000_000, 20, frame(4, 20))
                .block(6, new byte[8])                                   // too short for an EPB
                .raw(Arrays.copyOf(new PcapngFixture().enhancedPacket(0, 5, 20, frame(5, 20)).bytes(), 30))
                .bytes());
        m.put("pcapng-later-section-version-2", new PcapngFixture()
                .section(LITTLE_ENDIAN)
                .interfaceBlock(1, 0, new byte[0])
                .enhancedPacket(0, 1_000_000, 20, frame(0, 20))
                .section(BIG_ENDIAN, 2, 0, new byte[0])
                .interfaceBlock(1, 0, new byte[0])
                .enhancedPacket(0, 2_000_000, 20, frame(1, 20))
                .section(BIG_ENDIAN)
                .interfaceBlock(105, 0, new byte[0])
                .enhancedPacket(0, 3_000_000, 20, frame(2, 20)).bytes());
        m.put("pcapng-bad-block-length", new PcapngFixture()
                .section(LITTLE_ENDIAN)
                .interfaceBlock(1, 0, new byte[0])
                .raw(new byte[] {6, 0, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}).bytes());
        // ---- not readable at all
        m.put("error-unknown-magic", ascii("hello, world"));
        m.put("error-modified-pcap", PcapFixture.header(LITTLE_ENDIAN, 0xa1b2cd34, 2, 4, 65535, 1).bytes());
        m.put("error-pcap-version-1", PcapFixture.header(LITTLE_ENDIAN, 0xa1b2c3d4, 1, 4, 65535, 1).bytes());
        m.put("error-pcap-reserved-bits", PcapFixture.header(BIG_ENDIAN, 0xa1b2c3d4, 2, 4, 65535, 0x0030_0001L).bytes());
        m.put("error-pcap-short-header", Arrays.copyOf(PcapFixture.micro(LITTLE_ENDIAN, 1, 1).bytes(), 20));
        m.put("error-pcapng-version-1-1", new PcapngFixture().section(BIG_ENDIAN, 1, 1, new byte[0]).bytes());
        m.put("error-pcapng-byte-order", Arrays.copyOf(new byte[] {10, 13, 13, 10, 28, 0, 0, 0, 1, 2, 3, 4}, 28));
        m.put("error-empty", new byte[0]);
        m.put("error-two-bytes", new byte[] {(byte) 0xd4, (byte) 0xc3});
        m.put("error-xz", new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0});
        return m;
    }

    private static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }

    /** EPB body for interface 0, 4 bytes of data, whose trailing length the caller spoils. */
    private static byte[] badEnhancedPacket() {
        return java.nio.ByteBuffer.allocate(24).order(LITTLE_ENDIAN).putInt(0).putInt(0).putInt(5).putInt(4).putInt(4)
                .put(frame(7, 4)).array();
    }

    /** EPB body claiming 200 captured bytes in a 36-byte block. */
    private static byte[] capturedPastBlock() {
        return java.nio.ByteBuffer.allocate(24).order(LITTLE_ENDIAN).putInt(0).putInt(0).putInt(6).putInt(200).putInt(200)
                .put(frame(8, 4)).array();
    }

    /** An if_name option whose length runs past the block. */
    private static byte[] optionTooLong() {
        return java.nio.ByteBuffer.allocate(8).order(LITTLE_ENDIAN).putShort((short) IF_NAME).putShort((short) 0x3030)
                .put(ascii("eth1")).array();
    }
}
