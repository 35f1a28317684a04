package org.flowbench.filter;

/** One line per operator for the completion popup. */
final class OperatorHelp {
    private OperatorHelp() {}

    static String of(Operator op) {
        return switch (op) {
            case EQ -> "equals";
            case NE -> "differs from (or has no value)";
            case LT -> "less than";
            case LE -> "at most";
            case GT -> "greater than";
            case GE -> "at least";
            case IN -> "one of (a, b, ...)";
            case NOTIN -> "none of (a, b, ...)";
            case LIKE -> "matches a pattern (% any text, _ one character)";
            case UNLIKE -> "does not match a pattern";
            case ILIKE -> "matches a pattern, ignoring case";
            case IUNLIKE -> "does not match a pattern, ignoring case";
            case IN_PREFIX -> "address inside a prefix";
            case NOT_IN_PREFIX -> "address outside a prefix";
            case HAS -> "has all these bits set";
            case HASNOT -> "lacks at least one of these bits";
        };
    }
}
