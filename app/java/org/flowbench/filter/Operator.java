package org.flowbench.filter;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.flowbench.schema.FlowField.FilterType;

/** The comparison operators of the filter language and the column types each applies to. */
public enum Operator {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    IN("IN"), NOTIN("NOTIN"),
    LIKE("LIKE"), UNLIKE("UNLIKE"), ILIKE("ILIKE"), IUNLIKE("IUNLIKE"),
    /** Address inside a prefix. */
    IN_PREFIX("<<"), NOT_IN_PREFIX("!<<"),
    /** Every bit of the value is set (TCP flags, fragment bits). */
    HAS("HAS"), HASNOT("HASNOT");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written. */
    public String symbol() { return symbol; }

    public boolean takesList() { return this == IN || this == NOTIN; }

    /** The operator that holds exactly where this one does not (NULL aside). */
    public Operator negated() {
        return switch (this) {
            case EQ -> NE; case NE -> EQ;
            case LT -> GE; case GE -> LT;
            case GT -> LE; case LE -> GT;
            case IN -> NOTIN; case NOTIN -> IN;
            case LIKE -> UNLIKE; case UNLIKE -> LIKE;
            case ILIKE -> IUNLIKE; case IUNLIKE -> ILIKE;
            case IN_PREFIX -> NOT_IN_PREFIX; case NOT_IN_PREFIX -> IN_PREFIX;
            case HAS -> HASNOT; case HASNOT -> HAS;
        };
    }

    /** Negative operators hold on a row whose column is NULL (a missing value differs from any value). */
    public boolean isNegative() {
        return EnumSet.of(NE, NOTIN, UNLIKE, IUNLIKE, NOT_IN_PREFIX, HASNOT).contains(this);
    }

    private static final Set<Operator> EQUALITY = EnumSet.of(EQ, NE, IN, NOTIN);
    private static final Set<Operator> ORDERED = EnumSet.of(EQ, NE, LT, LE, GT, GE, IN, NOTIN);

    /** The operators a column of this type accepts, in the order completion offers them. */
    public static List<Operator> forType(FilterType type) {
        Set<Operator> ops = switch (type) {
            case ADDRESS -> EnumSet.of(EQ, NE, LT, LE, GT, GE, IN, NOTIN, IN_PREFIX, NOT_IN_PREFIX);
            case TIME, NUMBER, SIZE, PORT, AS_NUMBER, PROTOCOL -> ORDERED;
            case TCP_FLAGS, FRAGMENT -> EnumSet.of(EQ, NE, IN, NOTIN, HAS, HASNOT);
            case STRING -> EnumSet.of(EQ, NE, IN, NOTIN, LIKE, UNLIKE, ILIKE, IUNLIKE);
            case NONE -> EnumSet.noneOf(Operator.class);
        };
        return ops.stream().sorted().toList();
    }

    static boolean isEquality(Operator op) {
        return EQUALITY.contains(op);
    }

    /** The operator a token spells, if any ({@code <>} is another spelling of {@code !=}). */
    static Optional<Operator> of(Token t) {
        if (t.kind() != Token.Kind.SYMBOL && t.kind() != Token.Kind.WORD) return Optional.empty();
        String s = t.text().toUpperCase(Locale.ROOT);
        if (s.equals("<>")) return Optional.of(NE);
        for (Operator op : values()) {
            if (op.symbol.equals(s)) return Optional.of(op);
        }
        return Optional.empty();
    }
}
