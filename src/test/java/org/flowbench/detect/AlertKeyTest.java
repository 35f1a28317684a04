package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.flowbench.filter.Filters;
import org.flowbench.schema.Addresses;
import org.junit.jupiter.api.Test;

class AlertKeyTest {
    static BigInteger addr(String text) {
        long[] hl = Addresses.parse(text);
        return Addresses.toBigInteger(hl[0], hl[1]);
    }

    @Test
    void displayFilterTextAndDestinationRange() throws Exception {
        AlertKey k = new AlertKey(GroupKey.parse(List.of("dst_addr/24", "proto", "src_port", "src_country")),
                Arrays.asList(addr("192.0.2.0"), (short) 17, 123, "F'R"));
        assertThat(k.display()).isEqualTo("192.0.2.0/24 UDP 123 F'R");
        assertThat(k.filterText()).isEqualTo("dst_addr << 192.0.2.0/24 AND proto = UDP AND src_port = 123 AND src_country = 'F''R'");
        assertThat(Filters.compile(k.filterText()).params()).isNotEmpty();
        assertThat(k.destination()).contains(AddressRange.parse("192.0.2.0/24"));
        assertThat(k.destination().get().overlaps(AddressRange.parse("192.0.2.77"))).isTrue();
        assertThat(k.destination().get().overlaps(AddressRange.parse("192.0.3.0"))).isFalse();

        AlertKey v6 = new AlertKey(GroupKey.parse(List.of("dst_addr/24/48")), List.of(addr("2001:db8:100::")));
        assertThat(v6.display()).isEqualTo("2001:db8:100::/48");
        assertThat(v6.destination().get().overlaps(AddressRange.parse("2001:db8:100::10"))).isTrue();
        assertThat(v6.destination().get().overlaps(AddressRange.parse("2001:db8:101::10"))).isFalse();
    }
}
