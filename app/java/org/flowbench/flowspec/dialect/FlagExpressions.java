package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.ComponentType;

/**
 * Junos-style TCP flag expressions, {@code "syn & !ack | (fin | rst)"}: {@code |} ORs, {@code &} ANDs; a bare
 * name or {@code (a & b)} is a match term (all set), {@code (a | b)} an any-bit term; {@code !name} is the flag
 * clear (not-any), {@code !(a & b)} not-match, {@code !(a | b)} none set. One-bit any and not-match terms have
 * no spelling of their own and are refused (write them as match and not-any, which match the same packets).
 */
final class FlagExpressions {
    private FlagExpressions() {}

    static String format(BitmaskComponent c, String dialect, String rule) {
        StringBuilder sb = new StringBuilder();
        for (BitmaskTerm t : c.terms()) {
            if (sb.length() > 0) sb.append(t.and() ? " & " : " | ");
            String names = Names.bitNames(Names.TCP_FLAGS, t.value(), t.match() ? " & " : " | ");
            if (names == null) throw new UnsupportedRuleException(dialect, rule, String.format("TCP flag bits 0x%x without names", t.value()));
            boolean oneBit = Integer.bitCount(t.value()) == 1;
            if (oneBit && t.match() == t.not()) {
                throw new UnsupportedRuleException(dialect, rule, "the one-flag term " + t + " (use =flag for set or !flag for clear)");
            }
            sb.append(t.not() ? "!" : "").append(oneBit ? names : "(" + names + ")");
        }
        return sb.toString();
    }

    static BitmaskComponent parse(Token at) throws DialectParseException {
        String s = at.text().replace("(", " ( ").replace(")", " ) ").replace("&", " & ").replace("|", " | ").replace("!", " ! ");
        List<String> words = new ArrayList<>(List.of(s.trim().split("\\s+")));
        List<BitmaskTerm> terms = new ArrayList<>();
        boolean and = false;
        int i = 0;
        while (i < words.size()) {
            boolean not = words.get(i).equals("!");
            if (not) i++;
            int value = 0;
            boolean match = true;
            if (i < words.size() && words.get(i).equals("(")) {
                i++;
                String sep = null;
                while (i < words.size() && !words.get(i).equals(")")) {
                    String w = words.get(i++);
                    if (w.equals("&") || w.equals("|")) {
                        if (sep != null && !sep.equals(w)) throw at.error("mix of & and | inside parentheses in '" + at.text() + "'");
                        sep = w;
                        continue;
                    }
                    value |= flag(w, at);
                }
                if (i >= words.size()) throw at.error("missing ')' in '" + at.text() + "'");
                i++;
                match = !"|".equals(sep);
            } else if (i < words.size()) {
                value = flag(words.get(i++), at);
                match = !not; // "!ack" means the flag is clear: a not-any term
            } else {
                throw at.error("a flag name is missing in '" + at.text() + "'");
            }
            terms.add(new BitmaskTerm(and, not, match, value));
            if (i >= words.size()) break;
            String op = words.get(i++);
            if (!op.equals("&") && !op.equals("|")) throw at.error("expected & or | but found '" + op + "' in '" + at.text() + "'");
            and = op.equals("&");
        }
        return new BitmaskComponent(ComponentType.TCP_FLAGS, terms);
    }

    private static int flag(String name, Token at) throws DialectParseException {
        var v = Names.tcpFlag(name);
        if (v.isEmpty()) throw at.error("'" + name + "' is not a TCP flag name (fin syn rst push ack urgent ece cwr)");
        return (int) v.getAsLong();
    }
}
