package org.flowbench.flowspec;

/**
 * Destination or source prefix (types 1 and 2). IPv6 adds an offset in bits (RFC 8956 section 3.1):
 * the pattern is the prefix's bits from {@code offset} to {@code length}; bits before the offset are cleared
 * so that equal patterns compare equal. IPv4 components always have offset 0.
 */
public record PrefixComponent(ComponentType type, IpPrefix prefix, int offset) implements Component {
    public PrefixComponent {
        if (type != ComponentType.DESTINATION_PREFIX && type != ComponentType.SOURCE_PREFIX) {
            throw new IllegalArgumentException(type + " is not a prefix component");
        }
        if (prefix == null) throw new IllegalArgumentException("prefix is required");
        if (offset > 0 && offset <= prefix.length()) prefix = clearBefore(prefix, offset);
    }

    public static PrefixComponent destination(String prefix) {
        return new PrefixComponent(ComponentType.DESTINATION_PREFIX, IpPrefix.parse(prefix), 0);
    }

    public static PrefixComponent source(String prefix) {
        return new PrefixComponent(ComponentType.SOURCE_PREFIX, IpPrefix.parse(prefix), 0);
    }

    public PrefixComponent withOffset(int newOffset) { return new PrefixComponent(type, prefix, newOffset); }

    /** Bit {@code index} of the pattern's address (0 = most significant). */
    int bit(int index) { return prefix.bit(index); }

    private static IpPrefix clearBefore(IpPrefix p, int offset) {
        if (p.family() == AddressFamily.IPV4) return p;
        long hi = p.hi(), lo = p.lo();
        if (offset >= 64) {
            hi = 0;
            lo = offset == 128 ? 0 : lo & (-1L >>> (offset - 64));
        } else {
            hi = offset == 0 ? hi : hi & (-1L >>> offset);
        }
        return new IpPrefix(p.family(), hi, lo, p.length());
    }

    @Override
    public String toString() {
        return (type == ComponentType.DESTINATION_PREFIX ? "dst " : "src ") + prefix + (offset != 0 ? " offset " + offset : "");
    }
}
