package org.flowbench.flowspec;

/** The lt/gt/eq bits of a numeric operator, RFC 8955 section 4.2.1.1 (000 = false, 111 = true). */
public enum NumericOp {
    FALSE(0b000, "false"),
    EQ(0b001, "=="),
    GT(0b010, ">"),
    GE(0b011, ">="),
    LT(0b100, "<"),
    LE(0b101, "<="),
    NE(0b110, "!="),
    TRUE(0b111, "true");

    private final int bits;
    private final String symbol;

    NumericOp(int bits, String symbol) {
        this.bits = bits;
        this.symbol = symbol;
    }

    /** The three low bits of the operator octet: lt = 4, gt = 2, eq = 1. */
    public int bits() { return bits; }

    /** Conventional symbol ({@code ==}, {@code >=}, {@code true}, ...). */
    public String symbol() { return symbol; }

    public static NumericOp ofBits(int bits) {
        for (NumericOp op : values()) if (op.bits == (bits & 7)) return op;
        throw new AssertionError(bits);
    }

    /** Compares packet data with the term's value, both unsigned. */
    public boolean test(long data, long value) {
        int c = Long.compareUnsigned(data, value);
        return (c < 0 && (bits & 4) != 0) || (c > 0 && (bits & 2) != 0) || (c == 0 && (bits & 1) != 0);
    }
}
