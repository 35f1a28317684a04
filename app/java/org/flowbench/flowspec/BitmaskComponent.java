package org.flowbench.flowspec;

import java.util.List;

/**
 * A bitmask component (TCP flags, fragment). Terms combine as numeric terms do. Fragment bits are
 * DF = 0x01, IsF = 0x02, FF = 0x04, LF = 0x08 (RFC 8955 section 4.2.2.12).
 */
public record BitmaskComponent(ComponentType type, List<BitmaskTerm> terms) implements Component {
    public static final int DONT_FRAGMENT = 0x01;
    public static final int IS_FRAGMENT = 0x02;
    public static final int FIRST_FRAGMENT = 0x04;
    public static final int LAST_FRAGMENT = 0x08;

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECE = 0x40;
    public static final int CWR = 0x80;

    public BitmaskComponent {
        if (type == null || type.kind() != ComponentType.Kind.BITMASK) {
            throw new IllegalArgumentException(type + " is not a bitmask component");
        }
        terms = List.copyOf(terms);
    }

    public static BitmaskComponent of(ComponentType type, BitmaskTerm... terms) {
        return new BitmaskComponent(type, List.of(terms));
    }

    public boolean matches(int data) {
        return Terms.matches(terms, BitmaskTerm::and, t -> t.test(data));
    }

    /** Whether some value of the component's bits (16 for TCP flags, 4 for fragments) matches. */
    public boolean canMatch() {
        for (int v = 0; v <= type.maxValue(); v++) if (matches(v)) return true;
        return false;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.label()).append(' ');
        for (int i = 0; i < terms.size(); i++) sb.append(i > 0 && !terms.get(i).and() ? " " : "").append(terms.get(i));
        return sb.toString();
    }
}
