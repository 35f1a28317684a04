package org.flowbench.filter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flowbench.schema.Protocols;

/** Protocol names the filter accepts: those {@link Protocols} writes, plus common spellings. */
public final class ProtocolNames {
    private ProtocolNames() {}

    private static final Map<String, Integer> BY_NAME = build();

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int p = 0; p < 256; p++) {
            String name = Protocols.name(p);
            if (!name.equals(Integer.toString(p))) m.put(name.toLowerCase(Locale.ROOT), p);
        }
        m.put("ipv6-icmp", 58);   // the IANA keyword
        m.put("icmp6", 58);
        m.put("ipencap", 4);
        m.put("ip-in-ip", 4);
        return Map.copyOf(m);
    }

    /** The protocol number a name or decimal 0-255 designates. */
    public static Optional<Integer> number(String text) {
        Integer byName = BY_NAME.get(text.toLowerCase(Locale.ROOT));
        if (byName != null) return Optional.of(byName);
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) return Optional.empty();
        int n = Integer.parseInt(text);
        return n <= 255 ? Optional.of(n) : Optional.empty();
    }

    /** The name completion offers for a protocol number: Protocols' name, or the number. */
    public static String name(int proto) {
        return Protocols.name(proto);
    }

    /** The names Protocols knows, as it writes them ("TCP", "ICMPv6", ...). */
    public static java.util.List<String> knownNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int p = 0; p < 256; p++) {
            String name = Protocols.name(p);
            if (!name.equals(Integer.toString(p))) names.add(name);
        }
        return names;
    }
}
