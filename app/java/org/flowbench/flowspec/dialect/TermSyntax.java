package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.NumericOp;
import org.flowbench.flowspec.NumericTerm;

/**
 * The operator-term text of ExaBGP, GoBGP and our JSON format: items separated by spaces are ORed, within an
 * item {@code &} ANDs terms; numeric operators {@code = == > >= < <= != true false} (bare value = equal);
 * bitmask operators {@code =} match, {@code !} not, {@code !=} not-match, bare = any bit.
 */
final class TermSyntax {
    /** How a dialect spells equality, names values and (GoBGP) swaps true and false. */
    record Style(String dialect, String eq, boolean swapTrueFalse, boolean protocolNames, boolean flagLetters) {
        Style withDialect(String name) { return new Style(name, eq, swapTrueFalse, protocolNames, flagLetters); }
    }

    static final Style EXABGP = new Style("exabgp", "=", false, true, false);
    static final Style GOBGP = new Style("gobgp", "==", true, true, true);

    private static final String LETTERS = "FSRPAUEC";

    private TermSyntax() {}

    // ---- numeric ----

    static String formatNumeric(NumericComponent c, Style style, String ruleName) {
        StringBuilder sb = new StringBuilder();
        for (NumericTerm t : c.terms()) {
            if (sb.length() > 0) sb.append(t.and() ? "&" : " ");
            NumericOp op = t.op();
            if (op == NumericOp.TRUE || op == NumericOp.FALSE) {
                boolean wordTrue = (op == NumericOp.TRUE) != style.swapTrueFalse();
                if (style.swapTrueFalse() && t.value() != 0) {
                    throw new UnsupportedRuleException(style.dialect(), ruleName, "a true/false term with a value (" + t + ")");
                }
                sb.append(wordTrue ? "true" : "false");
                if (!style.swapTrueFalse()) sb.append(t.value());
                continue;
            }
            sb.append(op == NumericOp.EQ ? style.eq() : op.symbol());
            String name = c.type() == ComponentType.IP_PROTOCOL && style.protocolNames() ? Names.protocolName(t.value()) : null;
            sb.append(name != null ? name : Long.toString(t.value()));
        }
        return sb.toString();
    }

    static NumericComponent parseNumeric(ComponentType type, Token keyword, List<Token> items, Style style) throws DialectParseException {
        List<NumericTerm> terms = terms(items, (part, and, item) -> numericTerm(type, part, and, item, style));
        if (terms.isEmpty()) throw keyword.error(type.label() + " needs at least one value");
        return new NumericComponent(type, terms);
    }

    /** Reads one term of an item: its text, whether it is ANDed to the previous one, the item it came from. */
    @FunctionalInterface
    private interface TermReader<T> {
        T read(String part, boolean and, Token item) throws DialectParseException;
    }

    private static <T> List<T> terms(List<Token> items, TermReader<T> reader) throws DialectParseException {
        List<T> terms = new ArrayList<>();
        for (Token item : items) {
            String s = item.text();
            // "=S &!A" split by spaces: an item that starts with & continues the previous one
            boolean and = s.startsWith("&") && !terms.isEmpty();
            if (and) s = s.substring(1);
            while (!s.isEmpty()) {
                int amp = s.indexOf('&');
                terms.add(reader.read((amp < 0 ? s : s.substring(0, amp)).strip(), and, item));
                and = true;
                s = amp < 0 ? "" : s.substring(amp + 1);
                if (amp >= 0 && s.isEmpty()) throw item.error("'" + item.text() + "' ends with '&'");
            }
        }
        return terms;
    }

    private static NumericTerm numericTerm(ComponentType type, String part, boolean and, Token at, Style style) throws DialectParseException {
        String[] ops = {"==", ">=", "<=", "!=", "=", ">", "<", "true", "false"};
        NumericOp op = NumericOp.EQ;
        String rest = part;
        for (String o : ops) {
            if (part.regionMatches(true, 0, o, 0, o.length())) {
                op = switch (o) {
                    case "==", "=" -> NumericOp.EQ;
                    case ">=" -> NumericOp.GE;
                    case "<=" -> NumericOp.LE;
                    case "!=" -> NumericOp.NE;
                    case ">" -> NumericOp.GT;
                    case "<" -> NumericOp.LT;
                    case "true" -> style.swapTrueFalse() ? NumericOp.FALSE : NumericOp.TRUE;
                    default -> style.swapTrueFalse() ? NumericOp.TRUE : NumericOp.FALSE;
                };
                rest = part.substring(o.length());
                break;
            }
        }
        if ((op == NumericOp.TRUE || op == NumericOp.FALSE) && rest.isEmpty()) return new NumericTerm(and, op, 0);
        OptionalLong v = Names.number(rest);
        if (v.isEmpty() && type == ComponentType.IP_PROTOCOL) v = Names.protocol(rest);
        if (v.isEmpty()) throw at.error("'" + rest + "' is not a valid " + type.label() + " value in '" + at.text() + "'");
        return new NumericTerm(and, op, v.getAsLong());
    }

    // ---- bitmask ----

    static String formatBitmask(BitmaskComponent c, Style style, String ruleName) {
        StringBuilder sb = new StringBuilder();
        for (BitmaskTerm t : c.terms()) {
            if (sb.length() > 0) sb.append(t.and() ? "&" : " ");
            sb.append(t.not() && t.match() ? "!=" : t.not() ? "!" : t.match() ? "=" : "");
            String value = bitValue(c.type(), t.value(), style);
            if (value == null) {
                throw new UnsupportedRuleException(style.dialect(), ruleName, String.format("%s bits 0x%x have no names", c.type().label(), t.value()));
            }
            sb.append(value);
        }
        return sb.toString();
    }

    private static String bitValue(ComponentType type, int value, Style style) {
        if (type == ComponentType.FRAGMENT) return Names.bitNames(Names.FRAGMENTS, value, "+");
        if (!style.flagLetters()) return Names.bitNames(Names.TCP_FLAGS, value, "+");
        if (value == 0 || (value & ~0xFF) != 0) return null;
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < 8; bit++) if ((value & (1 << bit)) != 0) sb.append(LETTERS.charAt(bit));
        return sb.toString();
    }

    static BitmaskComponent parseBitmask(ComponentType type, Token keyword, List<Token> items, Style style) throws DialectParseException {
        List<BitmaskTerm> terms = terms(items, (part, and, item) -> bitmaskTerm(type, part, and, item, style));
        if (terms.isEmpty()) throw keyword.error(type.label() + " needs at least one value");
        return new BitmaskComponent(type, terms);
    }

    private static BitmaskTerm bitmaskTerm(ComponentType type, String part, boolean and, Token at, Style style) throws DialectParseException {
        boolean not = false, match = false;
        String rest = part;
        if (rest.startsWith("!=") || rest.startsWith("=!")) { not = true; match = true; rest = rest.substring(2); }
        else if (rest.startsWith("==")) { match = true; rest = rest.substring(2); }
        else if (rest.startsWith("=")) { match = true; rest = rest.substring(1); }
        else if (rest.startsWith("!")) { not = true; rest = rest.substring(1); }
        if (type == ComponentType.FRAGMENT && rest.equalsIgnoreCase("not-a-fragment")) {
            // not an RFC bit: ExaBGP and GoBGP encode it as the value 0, which never matches; read it as meant
            return new BitmaskTerm(and, !not, false, BitmaskComponent.IS_FRAGMENT);
        }
        OptionalLong v = Names.number(rest);
        if (v.isEmpty()) v = bitNames(type, rest, style);
        if (v.isEmpty()) throw at.error("'" + rest + "' is not a valid " + type.label() + " value in '" + at.text() + "'");
        return new BitmaskTerm(and, not, match, (int) v.getAsLong());
    }

    private static OptionalLong bitNames(ComponentType type, String text, Style style) {
        if (text.isEmpty()) return OptionalLong.empty();
        if (type == ComponentType.TCP_FLAGS && style.flagLetters() && text.chars().allMatch(ch -> LETTERS.indexOf(ch) >= 0)) {
            long v = 0;
            for (char ch : text.toCharArray()) v |= 1L << LETTERS.indexOf(ch);
            return OptionalLong.of(v);
        }
        long v = 0;
        for (String name : text.split("[+|]")) {
            OptionalLong bit = type == ComponentType.FRAGMENT ? Names.fragment(name) : Names.tcpFlag(name);
            if (bit.isEmpty()) return OptionalLong.empty();
            v |= bit.getAsLong();
        }
        return OptionalLong.of(v);
    }
}
