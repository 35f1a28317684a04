package org.flowbench.filter;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowField;
import org.flowbench.schema.FlowField.FilterType;

/** Reads one value token as the type its column and operator call for, with range checks. */
final class ValueParser {
    private ValueParser() {}

    /** A value that does not fit its column; the parser turns it into a positioned error. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    private static final BigInteger MAX_PORT = BigInteger.valueOf(65_535);

    static FilterValue parse(FlowField field, Operator op, Token t) throws BadValue {
        FilterType type = field.filterType();
        if (type == FilterType.STRING) {
            if (t.kind() != Token.Kind.STRING) throw new BadValue(field.column() + " takes a quoted string, as in \"" + t.text() + "\"");
            return new FilterValue.Text(t.text());
        }
        if (type == FilterType.TIME) return time(t.text());
        if (t.kind() == Token.Kind.STRING && type != FilterType.ADDRESS) {
            throw new BadValue(field.column() + " takes " + describe(field, op) + ", not a quoted string");
        }
        String s = t.text();
        return switch (type) {
            case ADDRESS -> op == Operator.IN_PREFIX || op == Operator.NOT_IN_PREFIX ? Prefixes.parse(s) : address(s);
            case PROTOCOL -> new FilterValue.Number(ProtocolNames.number(s).map(BigInteger::valueOf)
                    .orElseThrow(() -> new BadValue("'" + s + "' is not a protocol name or number (0-255)")));
            case PORT -> number(s, false, MAX_PORT, "a port");
            case AS_NUMBER -> number(s.regionMatches(true, 0, "AS", 0, 2) ? s.substring(2) : s, false,
                    BigInteger.valueOf(0xFFFF_FFFFL), "an AS number");
            case TCP_FLAGS -> FlagNames.TCP.parse(s);
            case FRAGMENT -> FlagNames.FRAGMENT.parse(s);
            case NUMBER, SIZE -> numeric(field, s);
            default -> throw new BadValue(field.column() + " cannot be filtered on");
        };
    }

    /** How the values of a column (after this operator) are described in errors and completion. */
    static String describe(FlowField field, Operator op) {
        return switch (field.filterType()) {
            case ADDRESS -> op == Operator.IN_PREFIX || op == Operator.NOT_IN_PREFIX
                    ? "prefix, as in 192.0.2.0/24 or 2001:db8::/32" : "address, as in 192.0.2.1 or 2001:db8::1";
            case PROTOCOL -> "protocol name or number 0-255";
            case PORT -> "port 0-65535";
            case AS_NUMBER -> "AS number, as in AS64500";
            case TCP_FLAGS -> "TCP flags, as in SYN or SYN|ACK, or 0-255";
            case FRAGMENT -> "fragment bits DF, IsF, FF, LF, as in IsF|LF, or 0-15";
            case STRING -> op == Operator.LIKE || op == Operator.UNLIKE || op == Operator.ILIKE || op == Operator.IUNLIKE
                    ? "quoted pattern, % for any text" : "quoted string";
            case TIME -> "time, as in \"2026-03-11T09:32:00Z\"";
            case SIZE -> "size 0-" + max(field) + ", K/M/G = 1000^n";
            case NUMBER -> field == FlowField.IP_VERSION ? "4 or 6" : "number 0-" + max(field);
            case NONE -> "nothing";
        };
    }

    private static FilterValue address(String s) throws BadValue {
        if (s.indexOf('/') >= 0) throw new BadValue(s + " is a prefix; use << to match the addresses inside it");
        try {
            long[] hl = Addresses.parse(s);
            return new FilterValue.Address(Addresses.toBigInteger(hl[0], hl[1]));
        } catch (RuntimeException e) {
            throw new BadValue("'" + s + "' is not an IPv4 or IPv6 address");
        }
    }

    private static FilterValue numeric(FlowField field, String s) throws BadValue {
        if (field == FlowField.IP_VERSION) {
            String v = s.toLowerCase(Locale.ROOT);
            if (v.equals("4") || v.equals("ipv4")) return FilterValue.Number.of(4);
            if (v.equals("6") || v.equals("ipv6")) return FilterValue.Number.of(6);
            throw new BadValue("ip_version is 4 or 6 (or IPv4, IPv6), not '" + s + "'");
        }
        return number(s, true, max(field), field.displayName().toLowerCase(Locale.ROOT));
    }

    /** The largest value a column can hold (or can meaningfully hold: DSCP is 6 bits, a VLAN id 12). */
    static BigInteger max(FlowField field) {
        if (field == FlowField.DSCP) return BigInteger.valueOf(63);
        if (field == FlowField.VLAN) return BigInteger.valueOf(4095);
        return switch (field.duckDbType()) {
            case "UTINYINT" -> BigInteger.valueOf(255);
            case "USMALLINT" -> MAX_PORT;
            case "UINTEGER" -> BigInteger.valueOf(0xFFFF_FFFFL);
            default -> BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        };
    }

    /**
     * An unsigned decimal, optionally with a size suffix: K, M, G, T are powers of 1000 (as in
     * network rates and Akvorado), Ki, Mi, Gi, Ti powers of 1024.
     */
    static FilterValue.Number number(String s, boolean suffixes, BigInteger max, String what) throws BadValue {
        int digits = 0;
        while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') digits++;
        if (digits == 0 || digits > 30) throw new BadValue("'" + s + "' is not " + what + " (0-" + max + ")");
        BigInteger n = new BigInteger(s.substring(0, digits));
        String suffix = s.substring(digits);
        if (!suffix.isEmpty()) {
            BigInteger scale = suffixes ? scale(suffix) : null;
            if (scale == null) {
                throw new BadValue("'" + s + "' is not " + what + " (0-" + max + ")"
                        + (suffixes ? "; size suffixes are K, M, G, T (x1000) and Ki, Mi, Gi, Ti (x1024)" : ""));
            }
            n = n.multiply(scale);
        }
        if (n.compareTo(max) > 0) throw new BadValue(s + " is out of range for " + what + " (0-" + max + ")");
        return new FilterValue.Number(n);
    }

    private static BigInteger scale(String suffix) {
        String u = suffix.toUpperCase(Locale.ROOT);
        boolean binary = u.length() == 2 && u.charAt(1) == 'I';
        if (u.length() != 1 && !binary) return null;
        int power = "KMGT".indexOf(u.charAt(0)) + 1;
        if (power == 0) return null;
        return BigInteger.valueOf(binary ? 1024 : 1000).pow(power);
    }

    /** ISO-8601: an instant with Z or an offset, or a local date-time or date taken as UTC. */
    private static FilterValue time(String s) throws BadValue {
        String t = s.strip().replace(' ', 'T');
        try {
            return new FilterValue.Time(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeException ignored) {
            // not with an offset: try the forms without one
        }
        try {
            return new FilterValue.Time(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException ignored) {
            // not a date-time: try a date
        }
        try {
            return new FilterValue.Time(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            throw new BadValue("'" + s + "' is not an ISO-8601 time such as \"2026-03-11T09:32:00Z\"");
        }
    }

}
