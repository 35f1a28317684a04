package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.RuleSet;

/**
 * ExaBGP's API text, one command per line: {@code announce flow route { match { ... } then { ... } }}, as a
 * helper process prints them. Reading takes the announce lines; withdraw lines and comments are skipped.
 */
public final class ExabgpApiDialect implements Dialect {
    private static final String PREFIX = "announce flow route";

    @Override
    public String name() { return "exabgp-api"; }

    @Override
    public boolean canWrite() { return true; }

    @Override
    public String write(RuleSet rules) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rules.rules().size(); i++) {
            FlowspecRule rule = rules.rules().get(i);
            String name = rule.name() == null ? "rule " + (i + 1) : rule.name();
            sb.append(PREFIX).append(" { match {");
            for (String s : ExabgpSyntax.matchStatements(rule, name(), name)) sb.append(' ').append(s).append(';');
            sb.append(" } then {");
            for (String s : ExabgpSyntax.thenStatements(rule, name(), name)) sb.append(' ').append(s).append(';');
            sb.append(" } }\n");
        }
        return sb.toString();
    }

    @Override
    public RuleSet read(String text) throws DialectParseException {
        List<FlowspecRule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("withdraw ")) continue;
            if (!line.startsWith(PREFIX)) {
                throw new DialectParseException("expected '" + PREFIX + " { match { ... } then { ... } }'", n + 1, 1);
            }
            int column = lines[n].indexOf(PREFIX) + PREFIX.length();
            // pad so that token columns match the original line
            Tokens tokens = Tokens.of("\n".repeat(n) + " ".repeat(column) + lines[n].substring(column), ExabgpSyntax.PUNCTUATION, "#");
            Token open = tokens.expect("{");
            rules.add(ExabgpSyntax.readBody(tokens, null, open));
            if (!tokens.atEnd()) throw tokens.peek().error("unexpected '" + tokens.peek().text() + "' after the route");
        }
        return new RuleSet(rules);
    }
}
