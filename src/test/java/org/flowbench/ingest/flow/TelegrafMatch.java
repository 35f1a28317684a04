package org.flowbench.ingest.flow;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Whether a decoded record agrees with one of Telegraf's expected metrics on every field both carry. */
final class TelegrafMatch {
    private TelegrafMatch() {}

    private static final Map<String, Integer> PROTOCOLS = Map.of("icmp", 1, "tcp", 6, "udp", 17, "gre", 47, "esp", 50, "ipv6-icmp", 58);

    static boolean matches(Map<String, String> w, DecodedFile.Flow f) {
        Integer proto = protocol(w.get("protocol"));
        boolean icmp = proto != null && (proto == 1 || proto == 58);
        return address(w.get("src"), f.src()) && address(w.get("dst"), f.dst())
                && (proto == null || proto == f.proto())
                && (icmp || number(w.get("src_port"), f.srcPort()) && number(w.get("dst_port"), f.dstPort()))
                && number(first(w, "in_bytes", "in_total_bytes"), f.bytes())
                && number(first(w, "in_packets", "in_total_packets"), f.packets())
                && number(w.get("flow_start_ms"), f.startMillis()) && number(w.get("flow_end_ms"), f.endMillis())
                && number(w.get("in_snmp"), f.inIf()) && number(w.get("out_snmp"), f.outIf())
                && number(w.get("bgp_src_as"), f.srcAs()) && number(w.get("bgp_dst_as"), f.dstAs())
                && (!icmp || number(w.get("icmp_type"), f.icmpType()) && number(w.get("icmp_code"), f.icmpCode()));
    }

    static String describe(List<DecodedFile.Flow> flows) {
        return flows.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    private static String first(Map<String, String> w, String a, String b) {
        return w.containsKey(a) ? w.get(a) : w.get(b);
    }

    private static Integer protocol(String p) {
        if (p == null) return null;
        if (p.chars().allMatch(Character::isDigit)) return Integer.parseInt(p);
        return PROTOCOLS.get(p);
    }

    private static boolean number(String expected, long actual) {
        return expected == null || Long.parseLong(expected) == actual;
    }

    private static boolean address(String expected, InetAddress actual) {
        if (expected == null) return true;
        try {
            return InetAddress.getByName(expected).equals(actual);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
