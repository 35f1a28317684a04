package org.flowbench.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressesTest {
    @ParameterizedTest
    @CsvSource({
            "192.0.2.1, 0, 0x0000ffffc0000201",
            "0.0.0.0, 0, 0x0000ffff00000000",
            "255.255.255.255, 0, 0x0000ffffffffffff",
            "::, 0, 0",
            "::1, 0, 1",
            "2001:db8::1, 0x20010db800000000, 1",
            "2001:db8:0:1:1:1:1:1, 0x20010db800000001, 0x0001000100010001",
            "2001:0:0:1::1, 0x2001000000000001, 1",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, -1, -1",
            "fe80::, 0xfe80000000000000, 0",
            "::fffe:0:1, 0, 0x0000fffe00000001",
            "::1:ffff:0:1, 0, 0x0001ffff00000001",
    })
    void formatsAndParsesBothWays(String text, String hi, String lo) {
        long h = parseWord(hi);
        long l = parseWord(lo);
        assertThat(Addresses.format(h, l)).isEqualTo(text);
        assertThat(Addresses.parse(text)).containsExactly(h, l);
    }

    private static long parseWord(String s) {
        return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }

    @Test
    void rfc5952CompressesTheLongestZeroRunAndLeavesSingleZeros() {
        assertThat(Addresses.format(Addresses.parse("2001:0db8:0000:0000:0001:0000:0000:0001")[0],
                Addresses.parse("2001:db8::1:0:0:1")[1])).isEqualTo("2001:db8::1:0:0:1");
        long[] a = Addresses.parse("2001:db8:0:0:1:0:0:1");
        assertThat(Addresses.format(a[0], a[1])).isEqualTo("2001:db8::1:0:0:1");
        long[] b = Addresses.parse("2001:db8:0:1:0:0:0:1");
        assertThat(Addresses.format(b[0], b[1])).isEqualTo("2001:db8:0:1::1");
        long[] c = Addresses.parse("1:0:2:3:4:5:6:7");
        assertThat(Addresses.format(c[0], c[1])).isEqualTo("1:0:2:3:4:5:6:7");
    }

    @Test
    void embeddedDottedQuadInIpv6IsTheMappedAddress() {
        assertThat(Addresses.parse("::ffff:10.1.2.3")).containsExactly(Addresses.parse("10.1.2.3"));
        assertThat(Addresses.v4Lo(0x0A010203)).isEqualTo(Addresses.parse("10.1.2.3")[1]);
    }

    @Test
    void bigIntegerRoundTripAboveTwoTo127() {
        BigInteger v = Addresses.toBigInteger(0x8000_0000_0000_0001L, -2L);
        assertThat(v).isEqualTo(BigInteger.ONE.shiftLeft(127).add(BigInteger.ONE.shiftLeft(64))
                .add(new BigInteger("18446744073709551614")));
        assertThat(Addresses.format(v)).isEqualTo("8000::1:ffff:ffff:ffff:fffe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.256", "1.2.3.4.5", "a.b.c.d", "1::2::3", "12345::", ":::",
            "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "g::1", "example.com", "1:2:3:4:5:6:7::8", "-1.2.3.4"})
    void rejectsWhatIsNoAddressWithTheTextInTheMessage(String text) {
        assertThatThrownBy(() -> Addresses.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
