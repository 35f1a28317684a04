package org.flowbench.filter;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named bits of a flag octet, combined with {@code |}: {@code SYN|ACK} is 0x12. Names are
 * case-insensitive; a part may also be a number.
 */
public enum FlagNames {
    /** RFC 9293 section 3.1 (CWR and ECE from RFC 3168). */
    TCP(255, Map.of("FIN", 0x01, "SYN", 0x02, "RST", 0x04, "PSH", 0x08, "ACK", 0x10, "URG", 0x20, "ECE", 0x40, "CWR", 0x80)),
    /** RFC 8955 section 4.2.2.12: the fragment component's bitmask. */
    FRAGMENT(15, Map.of("DF", 0x01, "ISF", 0x02, "FF", 0x04, "LF", 0x08));

    private final int max;
    private final Map<String, Integer> bits;

    FlagNames(int max, Map<String, Integer> bits) {
        this.max = max;
        this.bits = bits;
    }

    /** The names in bit order, spelled as users write them ({@code IsF}). */
    public List<String> names() {
        Map<Integer, String> byBit = new java.util.TreeMap<>();
        bits.forEach((name, bit) -> byBit.put(bit, name.equals("ISF") ? "IsF" : name));
        return List.copyOf(byBit.values());
    }

    FilterValue.Number parse(String s) throws ValueParser.BadValue {
        int value = 0;
        for (String part : s.split("\\|", -1)) {
            Integer bit = bits.get(part.toUpperCase(Locale.ROOT));
            if (bit == null) {
                bit = ValueParser.number(part, false, BigInteger.valueOf(max), "a flag name or number").value().intValue();
            }
            value |= bit;
        }
        return FilterValue.Number.of(value);
    }

    /** Writes an octet back as names ({@code SYN|ACK}), or "0". */
    public String format(int value) {
        List<String> parts = new ArrayList<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        for (String n : names()) names.put(bits.get(n.toUpperCase(Locale.ROOT)), n);
        names.forEach((bit, name) -> {
            if ((value & bit) != 0) parts.add(name);
        });
        return parts.isEmpty() ? "0" : String.join("|", parts);
    }
}
