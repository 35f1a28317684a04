package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.RuleSet;

/**
 * ExaBGP 4.2 configuration: {@code flow { route NAME { match { ... } then { ... } } }}. Writing gives the flow
 * block to place in a neighbor; reading finds flow blocks anywhere (inside neighbors or templates).
 */
public final class ExabgpConfigDialect implements Dialect {
    @Override
    public String name() { return "exabgp"; }

    @Override
    public boolean canWrite() { return true; }

    @Override
    public String write(RuleSet rules) {
        StringBuilder sb = new StringBuilder("flow {\n");
        RuleNames names = new RuleNames("rule");
        for (int i = 0; i < rules.rules().size(); i++) {
            FlowspecRule rule = rules.rules().get(i);
            String name = names.of(rule, i);
            sb.append("    route ").append(name).append(" {\n        match {\n");
            for (String s : ExabgpSyntax.matchStatements(rule, name(), name)) sb.append("            ").append(s).append(";\n");
            sb.append("        }\n        then {\n");
            for (String s : ExabgpSyntax.thenStatements(rule, name(), name)) sb.append("            ").append(s).append(";\n");
            sb.append("        }\n    }\n");
        }
        return sb.append("}\n").toString();
    }

    @Override
    public RuleSet read(String text) throws DialectParseException {
        Tokens tokens = Tokens.of(text, ExabgpSyntax.PUNCTUATION, "#");
        List<FlowspecRule> rules = new ArrayList<>();
        readBlock(tokens, rules, false);
        return new RuleSet(rules);
    }

    /** Walks statements and blocks, descending into every block and reading routes inside {@code flow}. */
    private void readBlock(Tokens tokens, List<FlowspecRule> rules, boolean inFlow) throws DialectParseException {
        while (!tokens.atEnd() && !tokens.peek().is("}")) {
            Token first = tokens.take();
            if (inFlow && first.is("route")) {
                Token name = tokens.peek().is("{") ? null : tokens.take();
                tokens.expect("{");
                rules.add(ExabgpSyntax.readBody(tokens, name == null ? null : name.text(), first));
                continue;
            }
            boolean flow = first.is("flow");
            while (!tokens.peek().is("{") && !tokens.peek().is(";")) {
                if (tokens.peek().is("}")) throw tokens.peek().error("unexpected '}'");
                tokens.take();
            }
            if (tokens.accept(";")) continue;
            tokens.expect("{");
            readBlock(tokens, rules, flow);
            tokens.expect("}");
        }
    }
}
