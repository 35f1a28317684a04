package org.flowbench.filter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowbench.schema.FlowField;

/**
 * Completion at a caret: the token under the caret is the prefix being typed, and the parser,
 * run over the text before it, says what it would accept there (columns, operators for that
 * column's type, keywords, or a value of that column, taken from a {@link ValueSource}).
 */
public final class FilterCompletion {
    private static final int MAX_VALUES = 20;
    private final ValueSource values;

    public FilterCompletion(ValueSource values) {
        this.values = values;
    }

    /** Suggestions for the caret (a char offset into {@code text}), most useful first within each kind. */
    public List<Suggestion> complete(String text, int caret) {
        String t = text == null ? "" : text;
        int at = Math.max(0, Math.min(caret, t.length()));
        List<Token> tokens = Lexer.tokens(t);
        int index = 0;
        while (tokens.get(index).kind() != Token.Kind.END && tokens.get(index).end() < at) index++;
        Token under = tokens.get(index);
        boolean partial = under.kind() != Token.Kind.END && under.start() < at && isPartial(under);
        if (!partial) {
            // the caret sits in blanks (or a comment) after tokens[index - 1]
            return suggestAt(t, tokens.subList(0, index), "", at, at);
        }
        String prefix = t.substring(under.start(), at);
        Map<String, Suggestion> out = new LinkedHashMap<>();
        for (Suggestion s : suggestAt(t, tokens.subList(0, index), prefix, under.start(), under.end())) {
            boolean completeSymbol = under.kind() == Token.Kind.SYMBOL && s.insertText().equals(prefix);
            if (!completeSymbol) out.putIfAbsent(key(s), s);
        }
        if (under.kind() == Token.Kind.SYMBOL && under.end() == at) {
            // "src_port =" with the caret on "=": the operator is complete, so what follows it fits
            suggestAt(t, tokens.subList(0, index + 1), "", at, at).forEach(s -> out.putIfAbsent(key(s), s));
        }
        return List.copyOf(out.values());
    }

    private static String key(Suggestion s) {
        return s.kind() + " " + s.insertText();
    }

    private static boolean isPartial(Token t) {
        return switch (t.kind()) {
            case WORD, SYMBOL, STRING, NOT -> true;
            case INVALID -> t.text().startsWith("\"") || t.text().startsWith("'");
            default -> false;
        };
    }

    private List<Suggestion> suggestAt(String text, List<Token> before, String prefix, int from, int to) {
        List<Token> tokens = new ArrayList<>(before);
        tokens.add(new Token(Token.Kind.END, "", from, from));
        Parser parser = new Parser(text, tokens);
        try {
            parser.parse();
        } catch (FilterSyntaxException e) {
            // an error at the caret is the normal case (the text is unfinished); expectedAtEnd() is
            // empty when the error lies before the caret, and then nothing fits
        }
        List<Expectation> expected = parser.expectedAtEnd();
        List<Suggestion> out = new ArrayList<>();
        for (Expectation e : expected) {
            switch (e.kind()) {
                case COLUMN -> columns(prefix, from, to, out);
                case KEYWORD -> {
                    if (startsWithIgnoreCase(e.text(), prefix)) out.add(new Suggestion(e.text(), Suggestion.Kind.KEYWORD, "", from, to));
                }
                case OPERATOR -> {
                    for (Operator op : Operator.forType(e.field().filterType())) {
                        if (startsWithIgnoreCase(op.symbol(), prefix)) {
                            out.add(new Suggestion(op.symbol(), Suggestion.Kind.OPERATOR, OperatorHelp.of(op), from, to));
                        }
                    }
                }
                case VALUE -> values(e.field(), e.op(), prefix, from, to, out);
                default -> { }
            }
        }
        return out;
    }

    private static void columns(String prefix, int from, int to, List<Suggestion> out) {
        for (FlowField f : ColumnNames.filterable()) {
            if (prefix.isEmpty() || ColumnNames.startsName(f, prefix)) {
                out.add(new Suggestion(f.column(), Suggestion.Kind.COLUMN,
                        f.displayName() + " (" + f.filterType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")", from, to));
            }
        }
    }

    private void values(FlowField f, Operator op, String prefix, int from, int to, List<Suggestion> out) {
        Map<String, Suggestion> found = new LinkedHashMap<>();
        if (op != Operator.IN_PREFIX && op != Operator.NOT_IN_PREFIX) {
            for (ValueCount v : values.topValues(f, prefix, MAX_VALUES)) {
                if (matches(v.text(), prefix)) {
                    found.putIfAbsent(v.text().toLowerCase(Locale.ROOT),
                            new Suggestion(v.text(), Suggestion.Kind.VALUE, v.packets() + " packets", from, to));
                }
            }
        }
        for (String name : knownValues(f)) {
            if (found.size() >= MAX_VALUES) break;
            if (matches(name, prefix)) {
                found.putIfAbsent(name.toLowerCase(Locale.ROOT), new Suggestion(name, Suggestion.Kind.VALUE, "", from, to));
            }
        }
        out.addAll(found.values());
    }

    private static List<String> knownValues(FlowField f) {
        if (f == FlowField.IP_VERSION) return List.of("4", "6");
        return switch (f.filterType()) {
            case PROTOCOL -> ProtocolNames.knownNames();
            case TCP_FLAGS -> FlagNames.TCP.names();
            case FRAGMENT -> FlagNames.FRAGMENT.names();
            default -> List.of();
        };
    }

    /** Case-insensitive prefix match; "64" also matches "AS64500", and an open quote matches a string. */
    static boolean matches(String valueText, String prefix) {
        if (prefix.isEmpty() || startsWithIgnoreCase(valueText, prefix)) return true;
        if (valueText.regionMatches(true, 0, "AS", 0, 2) && startsWithIgnoreCase(valueText.substring(2), prefix)) return true;
        return valueText.startsWith("\"") && !prefix.startsWith("\"") && startsWithIgnoreCase(valueText.substring(1), prefix)
                || valueText.startsWith("\"") && prefix.startsWith("'") && startsWithIgnoreCase(valueText.substring(1), prefix.substring(1));
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
