package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbench.flowspec.Action;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.NumericOp;
import org.flowbench.flowspec.NumericTerm;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.RuleSet;

/**
 * BIRD 2: {@code route flow4 { ... } { bgp_ext_community.add((generic, HI, LO)); };} inside static protocols
 * (conf/flowspec.Y). Writing gives flow tables and one static protocol per family. BIRD's {@code V/M} bitmask
 * splits into a match term for the set bits and a not term for the clear ones, so each RFC term maps to one of
 * {@code V/V}, {@code 0/V}, {@code !V/V}, {@code !0/V}; its fragment names give single-bit match or not terms.
 */
public final class BirdDialect implements Dialect {
    static final String TABLE4 = "flowspec4", TABLE6 = "flowspec6";
    private static final Pattern LEXEME = Pattern.compile(
            "\\s*(&&|\\|\\||,|\\.\\.|!=|<=|>=|=|<|>|!|/|true|false|0x[0-9a-fA-F]+|\\d+|[a-z_]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() { return "bird"; }

    @Override
    public boolean canWrite() { return true; }

    @Override
    public String write(RuleSet rules) {
        StringBuilder sb = new StringBuilder();
        for (AddressFamily family : AddressFamily.values()) {
            List<FlowspecRule> of = rules.rules().stream().filter(r -> r.family() == family).toList();
            if (of.isEmpty()) continue;
            String flow = family == AddressFamily.IPV4 ? "flow4" : "flow6";
            String table = family == AddressFamily.IPV4 ? TABLE4 : TABLE6;
            sb.append(flow).append(" table ").append(table).append(";\n\n");
            sb.append("protocol static ").append(table).append("_static {\n    ").append(flow).append(" { table ").append(table).append("; };\n");
            for (FlowspecRule rule : of) {
                if (rule.name() != null) sb.append("    # ").append(rule.name().replace('\n', ' ')).append('\n');
                sb.append("    route ").append(flow).append(" {");
                for (Component c : rule.componentsInTypeOrder()) sb.append(' ').append(item(c, rule)).append(';');
                sb.append(" }");
                if (!rule.actions().isEmpty()) {
                    sb.append(" {\n");
                    for (Action a : rule.actions()) {
                        long ec = a.extendedCommunity();
                        sb.append(String.format("        bgp_ext_community.add((generic, 0x%08x, 0x%x));%n", ec >>> 32, ec & 0xFFFF_FFFFL));
                    }
                    sb.append("    }");
                }
                sb.append(";\n");
            }
            sb.append("}\n\n");
        }
        return sb.toString();
    }

    private String item(Component c, FlowspecRule rule) {
        String kw = keyword(c.type(), rule.family());
        if (c instanceof PrefixComponent p) return kw + " " + p.prefix() + (p.offset() != 0 ? " offset " + p.offset() : "");
        StringBuilder sb = new StringBuilder(kw);
        if (c instanceof NumericComponent n) {
            for (int i = 0; i < n.terms().size(); i++) {
                NumericTerm t = n.terms().get(i);
                if (t.value() > 0xFFFF || t.value() < 0) throw new UnsupportedRuleException(name(), rule.name(), "values above 65535 (BIRD writes at most 2 octets): " + t);
                if (i > 0) sb.append(t.and() ? " &&" : " ||");
                sb.append(' ').append(t.op() == NumericOp.EQ ? "=" : t.op().symbol()).append(' ').append(t.value());
            }
            return sb.toString();
        }
        BitmaskComponent b = (BitmaskComponent) c;
        for (int i = 0; i < b.terms().size(); i++) {
            BitmaskTerm t = b.terms().get(i);
            if (i > 0) sb.append(t.and() ? " &&" : " ||");
            sb.append(' ');
            if (c.type() == ComponentType.FRAGMENT) {
                String bit = Names.bitNames(Names.FRAGMENTS, t.value(), "");
                if (Integer.bitCount(t.value()) != 1 || bit == null || t.match() == t.not()) {
                    throw new UnsupportedRuleException(name(), rule.name(), "fragment term " + t + " (BIRD has one-bit match or not terms only)");
                }
                sb.append(t.not() ? "!" : "").append(bit.replace('-', '_'));
            } else {
                String v = String.format("0x%x", t.value());
                sb.append(t.match() ? (t.not() ? "!" : "") + v + "/" + v : (t.not() ? "" : "!") + "0/" + v);
            }
        }
        return sb.toString();
    }

    private static String keyword(ComponentType type, AddressFamily family) {
        return switch (type) {
            case DESTINATION_PREFIX -> "dst";
            case SOURCE_PREFIX -> "src";
            case IP_PROTOCOL -> family == AddressFamily.IPV6 ? "next header" : "proto";
            case PORT -> "port";
            case DESTINATION_PORT -> "dport";
            case SOURCE_PORT -> "sport";
            case ICMP_TYPE -> "icmp type";
            case ICMP_CODE -> "icmp code";
            case TCP_FLAGS -> "tcp flags";
            case PACKET_LENGTH -> "length";
            case DSCP -> "dscp";
            case FRAGMENT -> "fragment";
            case FLOW_LABEL -> "label";
        };
    }

    @Override
    public RuleSet read(String text) throws DialectParseException {
        Tokens tokens = Tokens.of(text, "{};(),", "#*");
        Map<Integer, String> names = commentNames(text);
        List<FlowspecRule> rules = new ArrayList<>();
        while (!tokens.atEnd()) {
            Token t = tokens.take();
            if (!t.is("route") || !(tokens.peek().is("flow4") || tokens.peek().is("flow6"))) continue;
            AddressFamily family = tokens.take().is("flow4") ? AddressFamily.IPV4 : AddressFamily.IPV6;
            tokens.expect("{");
            List<Component> components = new ArrayList<>();
            while (!tokens.accept("}")) {
                List<Token> words = tokens.statement();
                if (!words.isEmpty()) components.add(component(words, family));
            }
            if (components.isEmpty()) throw t.error("the flow route has no components");
            List<Action> actions = new ArrayList<>();
            if (tokens.accept("{")) {
                while (!tokens.accept("}")) {
                    List<Token> words = tokens.statement();
                    if (!words.isEmpty()) actions.add(community(words));
                }
            }
            tokens.expect(";");
            rules.add(new FlowspecRule(names.get(t.line()), family, components, actions));
        }
        return new RuleSet(rules);
    }

    /** Our writer puts a rule's name in a comment on the line before its route; map route lines to names. */
    static Map<Integer, String> commentNames(String text) {
        Map<Integer, String> names = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("# ") && line.length() > 2 && !lines[i + 1].strip().startsWith("#")) names.put(i + 2, line.substring(2).strip());
        }
        return names;
    }

    private Component component(List<Token> words, AddressFamily family) throws DialectParseException {
        Token kw = words.get(0);
        int used = 1;
        String k = kw.text().toLowerCase(Locale.ROOT);
        if ((k.equals("next") || k.equals("icmp") || k.equals("tcp")) && words.size() > 1) {
            k = k + " " + words.get(1).text().toLowerCase(Locale.ROOT);
            used = 2;
        }
        ComponentType type = null;
        for (ComponentType c : ComponentType.values()) if (keyword(c, family).equals(k) || (c == ComponentType.IP_PROTOCOL && k.equals("proto"))) type = c;
        if (type == null) throw kw.error("unknown flow component '" + k + "'");
        List<Token> rest = words.subList(used, words.size());
        if (rest.isEmpty()) throw kw.error(k + " needs a value");
        if (type.kind() == ComponentType.Kind.PREFIX) {
            int offset = 0;
            if (rest.size() == 3 && rest.get(1).is("offset")) offset = number(rest.get(2));
            else if (rest.size() != 1) throw rest.get(0).error("expected a prefix, optionally followed by 'offset N'");
            try {
                return new PrefixComponent(type, IpPrefix.parse(rest.get(0).text()), offset);
            } catch (IllegalArgumentException e) {
                throw rest.get(0).error(e.getMessage());
            }
        }
        List<Lexeme> lexemes = lex(rest);
        return type.kind() == ComponentType.Kind.NUMERIC ? numeric(type, lexemes, kw) : bitmask(type, lexemes, kw);
    }

    private record Lexeme(String text, Token at) {}

    private static List<Lexeme> lex(List<Token> words) throws DialectParseException {
        List<Lexeme> out = new ArrayList<>();
        for (Token w : words) {
            Matcher m = LEXEME.matcher(w.text());
            int pos = 0;
            while (pos < w.text().length()) {
                if (!m.find(pos) || m.start() != pos) throw w.error("cannot read '" + w.text().substring(pos) + "'");
                out.add(new Lexeme(m.group(1).toLowerCase(Locale.ROOT), w));
                pos = m.end();
            }
        }
        return out;
    }

    private static NumericComponent numeric(ComponentType type, List<Lexeme> in, Token kw) throws DialectParseException {
        List<NumericTerm> terms = new ArrayList<>();
        int i = 0;
        boolean and = false;
        while (i < in.size()) {
            NumericOp op = switch (in.get(i).text()) {
                case "=" -> NumericOp.EQ;
                case "!=" -> NumericOp.NE;
                case "<" -> NumericOp.LT;
                case "<=" -> NumericOp.LE;
                case ">" -> NumericOp.GT;
                case ">=" -> NumericOp.GE;
                case "true" -> NumericOp.TRUE;
                case "false" -> NumericOp.FALSE;
                default -> null;
            };
            if (op != null) i++;
            long value = value(in, i++, kw);
            if (op == null && i < in.size() && in.get(i).text().equals("..")) {
                long high = value(in, ++i, kw);
                i++;
                terms.add(new NumericTerm(and, NumericOp.GE, value));
                terms.add(new NumericTerm(true, NumericOp.LE, high));
            } else {
                terms.add(new NumericTerm(and, op == null ? NumericOp.EQ : op, value));
            }
            if (i >= in.size()) break;
            String logic = in.get(i++).text();
            if (!logic.equals("&&") && !logic.equals("||") && !logic.equals(",")) throw in.get(i - 1).at().error("expected &&, || or ',' but found '" + logic + "'");
            and = logic.equals("&&");
        }
        return new NumericComponent(type, terms);
    }

    private static BitmaskComponent bitmask(ComponentType type, List<Lexeme> in, Token kw) throws DialectParseException {
        List<BitmaskTerm> terms = new ArrayList<>();
        int i = 0;
        boolean and = false;
        while (i < in.size()) {
            boolean neg = in.get(i).text().equals("!");
            if (neg) i++;
            if (type == ComponentType.FRAGMENT) {
                if (i >= in.size()) throw kw.error("fragment needs a name");
                Optional<Long> bit = Names.fragment(in.get(i).text()).stream().boxed().findFirst();
                if (bit.isEmpty()) throw in.get(i).at().error("'" + in.get(i).text() + "' is not dont_fragment, is_fragment, first_fragment or last_fragment");
                i++;
                int v = bit.get().intValue();
                addValueMask(terms, and, false, neg ? 0 : v, v); // fragment names carry no '!' in the operator
            } else {
                int value = (int) value(in, i++, kw);
                if (i >= in.size() || !in.get(i).text().equals("/")) throw kw.error("tcp flags take value/mask");
                int mask = (int) value(in, ++i, kw);
                i++;
                if (neg && value != 0 && value != mask) throw kw.error("with '!' the value must be 0 or equal the mask");
                addValueMask(terms, and, neg, value, mask);
            }
            if (i >= in.size()) break;
            String logic = in.get(i++).text();
            if (!logic.equals("&&") && !logic.equals("||") && !logic.equals(",")) throw in.get(i - 1).at().error("expected &&, || or ',' but found '" + logic + "'");
            and = !logic.equals("||");
        }
        return new BitmaskComponent(type, terms);
    }

    /** BIRD's flow_builder_add_val_mask: set bits become a match term, clear bits a not term ANDed to it. */
    private static void addValueMask(List<BitmaskTerm> terms, boolean and, boolean neg, int value, int mask) {
        int set = value & mask, clear = ~value & mask;
        if (set != 0) {
            terms.add(new BitmaskTerm(and, neg, true, set));
            and = true;
        }
        if (clear != 0) terms.add(new BitmaskTerm(and, !neg, false, clear));
    }

    private static long value(List<Lexeme> in, int i, Token kw) throws DialectParseException {
        if (i >= in.size()) throw kw.error("a value is missing");
        var v = Names.number(in.get(i).text());
        if (v.isEmpty()) throw in.get(i).at().error("'" + in.get(i).text() + "' is not a number");
        return v.getAsLong();
    }

    private static int number(Token t) throws DialectParseException {
        var v = Names.number(t.text());
        if (v.isEmpty() || v.getAsLong() > 255) throw t.error("'" + t.text() + "' is not an offset");
        return (int) v.getAsLong();
    }

    private Action community(List<Token> words) throws DialectParseException {
        // bgp_ext_community.add ( ( generic , HI , LO ) )
        if (words.size() != 10 || !words.get(0).text().equals("bgp_ext_community.add") || !words.get(3).text().equals("generic")) {
            throw (words.isEmpty() ? new Token(";", 0, 0) : words.get(0)).error("expected bgp_ext_community.add((generic, HI, LO))");
        }
        long hi = value(List.of(new Lexeme(words.get(5).text(), words.get(5))), 0, words.get(5));
        long lo = value(List.of(new Lexeme(words.get(7).text(), words.get(7))), 0, words.get(7));
        return Communities.decode((hi << 32) | (lo & 0xFFFF_FFFFL))
                .orElseThrow(() -> words.get(5).error(String.format("0x%x is not a Flowspec action community", hi)));
    }
}
