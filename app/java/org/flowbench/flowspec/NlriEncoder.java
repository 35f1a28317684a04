package org.flowbench.flowspec;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Encodes components and rules as Flowspec NLRI (RFC 8955 section 4, RFC 8956 section 3). Numeric and bitmask
 * values take the shortest of 1, 2, 4 or 8 octets that holds them, as the RFC's examples do; section 5.1
 * ordering compares these bytes, so this choice is the canonical form. Values out of range are encoded
 * (as 8 octets) rather than refused: {@link Validation} reports them.
 */
public final class NlriEncoder {
    private NlriEncoder() {}

    /** The whole NLRI: length (1 octet below 240, else 0xfnnn) followed by the components in type order. */
    public static byte[] nlri(FlowspecRule rule) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Component c : rule.componentsInTypeOrder()) body.writeBytes(component(c, rule.family()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = body.size();
        if (n < 240) {
            out.write(n);
        } else {
            out.write(0xF0 | (n >> 8) & 0x0F);
            out.write(n & 0xFF);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** One component: type octet, then prefix data or operator/value pairs. */
    public static byte[] component(Component component, AddressFamily family) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(component.type().code());
        if (component instanceof PrefixComponent p) {
            prefix(out, p, family);
        } else if (component instanceof NumericComponent n) {
            numeric(out, n.terms());
        } else {
            bitmask(out, ((BitmaskComponent) component).terms());
        }
        return out.toByteArray();
    }

    private static void prefix(ByteArrayOutputStream out, PrefixComponent p, AddressFamily family) {
        int length = p.prefix().length();
        out.write(length);
        if (family == AddressFamily.IPV6) {
            // RFC 8956 section 3.1: <length, offset, pattern>, the pattern being bits offset..length-1
            int offset = Math.max(0, Math.min(p.offset(), 255));
            out.write(offset);
            int bits = Math.max(0, length - offset);
            writeBits(out, p.prefix(), offset, bits);
        } else {
            writeBits(out, p.prefix(), 0, length);
        }
    }

    private static void writeBits(ByteArrayOutputStream out, IpPrefix prefix, int from, int bits) {
        int bytes = (bits + 7) / 8;
        for (int i = 0; i < bytes; i++) {
            int v = prefix.bit8(from + i * 8);
            int valid = Math.min(8, bits - i * 8);
            out.write(v & (0xFF << (8 - valid)) & 0xFF);
        }
    }

    private static void numeric(ByteArrayOutputStream out, List<NumericTerm> terms) {
        for (int i = 0; i < terms.size(); i++) {
            NumericTerm t = terms.get(i);
            int lenCode = lengthCode(t.value());
            int op = (i == terms.size() - 1 ? 0x80 : 0) | (t.and() ? 0x40 : 0) | (lenCode << 4) | t.op().bits();
            out.write(op);
            writeValue(out, t.value(), 1 << lenCode);
        }
    }

    private static void bitmask(ByteArrayOutputStream out, List<BitmaskTerm> terms) {
        for (int i = 0; i < terms.size(); i++) {
            BitmaskTerm t = terms.get(i);
            long value = t.value() & 0xFFFF_FFFFL;
            int lenCode = lengthCode(value);
            int op = (i == terms.size() - 1 ? 0x80 : 0) | (t.and() ? 0x40 : 0) | (lenCode << 4)
                    | (t.not() ? 0x02 : 0) | (t.match() ? 0x01 : 0);
            out.write(op);
            writeValue(out, value, 1 << lenCode);
        }
    }

    /** The len field: 0..3 for 1, 2, 4, 8 octets, the shortest that holds the unsigned value. */
    static int lengthCode(long value) {
        if ((value & ~0xFFL) == 0) return 0;
        if ((value & ~0xFFFFL) == 0) return 1;
        if ((value & ~0xFFFF_FFFFL) == 0) return 2;
        return 3;
    }

    private static void writeValue(ByteArrayOutputStream out, long value, int octets) {
        for (int i = octets - 1; i >= 0; i--) out.write((int) (value >>> (8 * i)) & 0xFF);
    }
}
