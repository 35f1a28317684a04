package org.flowbench.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one rule file's tree (JSON or YAML) into a {@link RuleSet}. Every problem names the
 * value's path and, through {@link NodeLocations}, its line and column in the text; a trigger's
 * syntax error points inside the condition.
 */
final class RuleFileReader {
    private static final Set<String> SET_FIELDS = Set.of("name", "description", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("name", "description", "scope", "window", "key", "trigger",
            "hold", "release");
    private static final Set<String> WINDOW_FIELDS = Set.of("length", "mode", "step");

    private final String text;
    private final String source;
    private final RuleFileFormat format;
    private NodeLocations locations;

    RuleFileReader(String text, String source, RuleFileFormat format) {
        this.text = text;
        this.source = source;
        this.format = format;
    }

    RuleSet read() throws RuleFileException {
        JsonNode root;
        try {
            root = format.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new RuleFileException(source, "", loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "not valid " + format.title() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw fail("", "expected a " + format.title() + " object", null);
        unknownFields("", root, SET_FIELDS);
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) throw fail("rules", "expected a non-empty array of rules", null);
        List<Rule> list = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) list.add(rule("rules[" + i + "]", rules.get(i)));
        try {
            return new RuleSet(optText("name", root.get("name")), optText("description", root.get("description")), list);
        } catch (IllegalArgumentException e) {
            throw fail("rules", e.getMessage(), e);
        }
    }

    private Rule rule(String path, JsonNode n) throws RuleFileException {
        if (!n.isObject()) throw fail(path, "expected an object", null);
        unknownFields(path + ".", n, RULE_FIELDS);
        String name = text(path + ".name", n.get("name"));
        Window window = window(path + ".window", n.get("window"));
        GroupKey key = GroupKey.DESTINATION;
        JsonNode k = n.get("key");
        if (k != null) {
            List<String> parts = new ArrayList<>();
            if (k.isTextual()) parts.add(k.asText());
            else if (k.isArray()) for (int i = 0; i < k.size(); i++) parts.add(text(path + ".key[" + i + "]", k.get(i)));
            else throw fail(path + ".key", "expected a column or a list of columns", null);
            try {
                key = GroupKey.parse(parts);
            } catch (IllegalArgumentException e) {
                throw fail(path + ".key", e.getMessage(), e);
            }
        }
        String triggerText = text(path + ".trigger", n.get("trigger"));
        Condition trigger;
        try {
            trigger = Condition.parse(triggerText);
        } catch (ConditionSyntaxException e) {
            throw failInside(path + ".trigger", e.offset(), e);
        }
        String scope = optText(path + ".scope", n.get("scope"));
        try {
            org.flowbench.filter.Filters.compile(scope);
        } catch (org.flowbench.filter.FilterSyntaxException e) {
            throw fail(path + ".scope", e.getMessage(), e);
        }
        Duration hold = duration(path + ".hold", n.get("hold"));
        Duration release = duration(path + ".release", n.get("release"));
        try {
            return new Rule(name, optText(path + ".description", n.get("description")), scope, window, key, trigger, hold, release);
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage(), e);
        }
    }

    private Window window(String path, JsonNode n) throws RuleFileException {
        try {
            if (n == null) throw fail(path, "missing; e.g. \"10s\" or {\"length\": \"5s\", \"mode\": \"sliding\"}", null);
            if (n.isTextual() || n.isNumber()) return Window.tumbling(Durations.parse(n.asText()));
            if (!n.isObject()) throw fail(path, "expected a duration or an object", null);
            unknownFields(path + ".", n, WINDOW_FIELDS);
            Duration length = Durations.parse(text(path + ".length", n.get("length")));
            String mode = n.has("mode") ? text(path + ".mode", n.get("mode")).toLowerCase(Locale.ROOT) : "tumbling";
            return switch (mode) {
                case "tumbling" -> Window.tumbling(length);
                case "sliding" -> Window.sliding(length, n.has("step") ? Durations.parse(text(path + ".step", n.get("step"))) : Window.MIN);
                default -> throw fail(path + ".mode", "expected \"tumbling\" or \"sliding\", not \"" + mode + "\"", null);
            };
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage(), e);
        }
    }

    private Duration duration(String path, JsonNode n) throws RuleFileException {
        if (n == null || n.isNull()) return Duration.ZERO;
        if (!n.isTextual() && !n.isIntegralNumber()) throw fail(path, "expected a duration such as \"60s\"", null);
        try {
            return Durations.parse(n.asText());
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage(), e);
        }
    }

    private String text(String path, JsonNode n) throws RuleFileException {
        if (n == null || !n.isTextual() || n.asText().isBlank()) throw fail(path, "expected text", null);
        return n.asText();
    }

    private String optText(String path, JsonNode n) throws RuleFileException {
        if (n == null || n.isNull()) return "";
        if (!n.isTextual()) throw fail(path, "expected text", null);
        return n.asText();
    }

    private void unknownFields(String prefix, JsonNode n, Set<String> known) throws RuleFileException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                int[] at = locations().nameOf(prefix + f);
                throw new RuleFileException(source, prefix + f, at[0], at[1],
                        "unknown field; expected one of " + known.stream().sorted().toList(), null);
            }
        }
    }

    private RuleFileException fail(String path, String problem, Throwable cause) {
        int[] at = locations().of(path);
        return new RuleFileException(source, path, at[0], at[1], problem, cause);
    }

    /**
     * A problem {@code offset} characters into a text value: past the value's opening quote when it
     * has one. Exact for values on one line without escapes before the place, as triggers are.
     */
    private RuleFileException failInside(String path, int offset, ConditionSyntaxException cause) {
        int[] at = locations().of(path);
        if (at[0] <= 0) return new RuleFileException(source, path, 0, 0, cause.getMessage(), cause);
        int start = lineStart(at[0]);
        int valueAt = start < 0 ? -1 : start + at[1] - 1;
        boolean quoted = valueAt >= 0 && valueAt < text.length() && (text.charAt(valueAt) == '"' || text.charAt(valueAt) == '\'');
        return new RuleFileException(source, path, at[0], at[1] + (quoted ? 1 : 0) + offset, cause.getMessage(), cause);
    }

    private int lineStart(int line) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = text.indexOf('\n', at) + 1;
            if (at <= 0) return -1;
        }
        return at;
    }

    private NodeLocations locations() {
        if (locations == null) locations = NodeLocations.of(format.mapper(), text);
        return locations;
    }
}
