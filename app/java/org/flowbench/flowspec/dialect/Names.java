package org.flowbench.flowspec.dialect;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Names the dialects use for protocol numbers, TCP flags and fragment bits. */
final class Names {
    private Names() {}

    static final Map<String, Integer> PROTOCOLS = new LinkedHashMap<>();
    static final Map<String, Integer> TCP_FLAGS = new LinkedHashMap<>();
    static final Map<String, Integer> FRAGMENTS = new LinkedHashMap<>();

    static {
        PROTOCOLS.put("icmp", 1);
        PROTOCOLS.put("igmp", 2);
        PROTOCOLS.put("tcp", 6);
        PROTOCOLS.put("udp", 17);
        PROTOCOLS.put("gre", 47);
        PROTOCOLS.put("esp", 50);
        PROTOCOLS.put("ah", 51);
        PROTOCOLS.put("ospf", 89);
        PROTOCOLS.put("pim", 103);
        PROTOCOLS.put("sctp", 132);
        TCP_FLAGS.put("fin", 0x01);
        TCP_FLAGS.put("syn", 0x02);
        TCP_FLAGS.put("rst", 0x04);
        TCP_FLAGS.put("push", 0x08);
        TCP_FLAGS.put("ack", 0x10);
        TCP_FLAGS.put("urgent", 0x20);
        TCP_FLAGS.put("ece", 0x40);
        TCP_FLAGS.put("cwr", 0x80);
        TCP_FLAGS.put("ns", 0x100);
        FRAGMENTS.put("dont-fragment", 0x01);
        FRAGMENTS.put("is-fragment", 0x02);
        FRAGMENTS.put("first-fragment", 0x04);
        FRAGMENTS.put("last-fragment", 0x08);
    }

    /** Aliases read but never written. */
    private static final Map<String, Integer> READ_ALIASES = Map.of(
            "urg", 0x20, "psh", 0x08, "reset", 0x04, "rst", 0x04, "ipv6-icmp", 58, "icmpv6", 58, "icmp6", 58);

    static OptionalLong protocol(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer v = PROTOCOLS.get(n);
        if (v == null && (n.equals("ipv6-icmp") || n.equals("icmpv6") || n.equals("icmp6"))) v = 58;
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    static String protocolName(long value) {
        for (var e : PROTOCOLS.entrySet()) if (e.getValue() == value) return e.getKey();
        return null;
    }

    static OptionalLong tcpFlag(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer v = TCP_FLAGS.get(n);
        if (v == null && READ_ALIASES.containsKey(n) && !n.contains("icmp")) v = READ_ALIASES.get(n);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    static OptionalLong fragment(String name) {
        Integer v = FRAGMENTS.get(name.toLowerCase(Locale.ROOT).replace('_', '-'));
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Joins the names of the set bits with {@code sep}; null if a bit has no name. */
    static String bitNames(Map<String, Integer> names, int value, String sep) {
        StringBuilder sb = new StringBuilder();
        int rest = value;
        for (var e : names.entrySet()) {
            if ((value & e.getValue()) != 0) {
                if (sb.length() > 0) sb.append(sep);
                sb.append(e.getKey());
                rest &= ~e.getValue();
            }
        }
        return rest != 0 || value == 0 ? null : sb.toString();
    }

    /** Parses a decimal or 0x-hex number, or returns empty. */
    static OptionalLong number(String text) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) return OptionalLong.of(Long.parseLong(text.substring(2), 16));
            if (!text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() < 19) return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
