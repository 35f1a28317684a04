package org.flowbench.samples;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of the Flowbench filter language to evaluate the labels' filters on walked
 * packets: AND, OR, parentheses, {@code =}, {@code IN (...)} and {@code <<} (in prefix).
 */
final class LabelFilter {
    private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|,|<<|=|[A-Za-z0-9_.:/]+)");
    private final List<String> tokens = new ArrayList<>();
    private int next;

    static Predicate<PcapWalker.Packet> parse(String text) {
        LabelFilter parser = new LabelFilter(text);
        Predicate<PcapWalker.Packet> result = parser.or();
        if (parser.next != parser.tokens.size()) throw new IllegalArgumentException("trailing tokens in " + text);
        return result;
    }

    private LabelFilter(String text) {
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at) && m.start() == at) {
            tokens.add(m.group(1));
            at = m.end();
        }
        if (!text.substring(at).isBlank()) throw new IllegalArgumentException("cannot read '" + text.substring(at) + "'");
    }

    private Predicate<PcapWalker.Packet> or() {
        Predicate<PcapWalker.Packet> p = and();
        while (peek("OR")) {
            next++;
            p = p.or(and());
        }
        return p;
    }

    private Predicate<PcapWalker.Packet> and() {
        Predicate<PcapWalker.Packet> p = factor();
        while (peek("AND")) {
            next++;
            p = p.and(factor());
        }
        return p;
    }

    private Predicate<PcapWalker.Packet> factor() {
        if (peek("(")) {
            next++;
            Predicate<PcapWalker.Packet> p = or();
            expect(")");
            return p;
        }
        String column = tokens.get(next++).toLowerCase(Locale.ROOT);
        String op = tokens.get(next++);
        if (op.equals("<<")) {
            String[] prefix = tokens.get(next++).split("/");
            BigInteger net = number(address(prefix[0]));
            int bits = Integer.parseInt(prefix[1]);
            return packet -> {
                InetAddress a = column.equals("src_addr") ? packet.src() : packet.dst();
                int width = a.getAddress().length * 8;
                return a.getAddress().length == address(prefix[0]).getAddress().length
                        && number(a).shiftRight(width - bits).equals(net.shiftRight(width - bits));
            };
        }
        List<String> values = new ArrayList<>();
        if (op.equalsIgnoreCase("IN")) {
            expect("(");
            values.add(tokens.get(next++));
            while (peek(",")) {
                next++;
                values.add(tokens.get(next++));
            }
            expect(")");
        } else if (op.equals("=")) {
            values.add(tokens.get(next++));
        } else {
            throw new IllegalArgumentException("operator not supported by the test: " + op);
        }
        return packet -> values.stream().anyMatch(v -> matches(packet, column, v));
    }

    private static boolean matches(PcapWalker.Packet p, String column, String value) {
        switch (column) {
            case "src_addr": return p.src().equals(address(value));
            case "dst_addr": return p.dst().equals(address(value));
            case "proto": return p.proto() == protocol(value);
            case "src_port": return p.srcPort() == Integer.parseInt(value);
            case "dst_port": return p.dstPort() == Integer.parseInt(value);
            case "pkt_len": return p.pktLen() == Integer.parseInt(value);
            case "tcp_flags": return p.proto() == 6 && p.tcpFlags() == (value.equalsIgnoreCase("SYN") ? 0x02 : Integer.parseInt(value));
            default: throw new IllegalArgumentException("column not supported by the test: " + column);
        }
    }

    private static int protocol(String value) {
        switch (value.toUpperCase(Locale.ROOT)) {
            case "TCP": return 6;
            case "UDP": return 17;
            case "ICMP": return 1;
            case "ICMPV6": return 58;
            default: return Integer.parseInt(value);
        }
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);   // literals only: no name lookups happen
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static BigInteger number(InetAddress a) {
        return new BigInteger(1, a.getAddress());
    }

    private boolean peek(String token) {
        return next < tokens.size() && tokens.get(next).equalsIgnoreCase(token);
    }

    private void expect(String token) {
        if (!peek(token)) throw new IllegalArgumentException("expected " + token + " at token " + next);
        next++;
    }
}
